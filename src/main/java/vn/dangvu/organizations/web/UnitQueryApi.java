package vn.dangvu.organizations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.organizations.Views.UnitSummary;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.organizations.web.UnitResponses.CountsResponse;
import vn.dangvu.organizations.web.UnitResponses.PageResponse;
import vn.dangvu.organizations.web.UnitResponses.TermResponse;
import vn.dangvu.organizations.web.UnitResponses.TimelineEntryResponse;
import vn.dangvu.organizations.web.UnitResponses.UnitResponse;
import vn.dangvu.organizations.web.UnitResponses.UnitSummaryResponse;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.UnitAccess;

/** Reads of the tree as it stood on a date (today by default), limited to what the caller may read. */
@RestController
@RequestMapping(path = "/api/v1/units", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
@ApiResponse(responseCode = "400", description = "A parameter is not valid")
@ApiResponse(responseCode = "404", description = "No such unit, or out of the caller's reach")
@Tag(name = "Organization tree", description = "Units, their history and terms, as of any date")
class UnitQueryApi {

    static final int MAX_PAGE_SIZE = 100;

    private final OrganizationTree tree;
    private final UnitAccess access;
    private final UnitJson json;
    private final Clock clock;

    UnitQueryApi(OrganizationTree tree, UnitAccess access, UnitJson json, Clock clock) {
        this.tree = tree;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Search units by name (diacritics optional) or code; without q, the roots of the tree")
    PageResponse<UnitSummaryResponse> list(@RequestParam(required = false) String q,
            @Parameter(description = "As of this date (ISO); today by default")
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
        checkPaging(page, size);
        LocalDate on = asOf(date);
        Optional<Set<UnitId>> scope = readableScope();
        Page<UnitSummary> found;
        if (q != null && !q.isBlank()) {
            found = tree.search(q, on, scope.orElse(null), page, size);
        } else {
            List<UnitSummary> roots = scope.map(s -> tree.roots(on, s)).orElseGet(() -> tree.roots(on));
            found = new Page<>(roots.stream().skip((long) page * size).limit(size).toList(), page, size, roots.size());
        }
        return json.page(found, s -> json.summary(s, locale));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A unit as it stood on a date: its name and superior then")
    UnitResponse unit(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date, Locale locale) {
        return json.unit(readable(id, asOf(date)), locale);
    }

    @GetMapping("/{id}/subordinates")
    @Operation(summary = "The units directly under a unit on a date, grassroots organizations before branches; "
            + "only those the caller may read today")
    PageResponse<UnitSummaryResponse> subordinates(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
        checkPaging(page, size);
        UnitView unit = readable(id, asOf(date));
        return json.page(tree.subordinates(unit.id(), unit.asOf(), readableScope().orElse(null), page, size),
                s -> json.summary(s, locale));
    }

    @GetMapping("/{id}/superiors")
    @Operation(summary = "The chain of superiors on a date, top down, as far as the caller may read")
    List<UnitSummaryResponse> superiors(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date, Locale locale) {
        UnitView unit = readable(id, asOf(date));
        return tree.superiorChain(unit.id(), unit.asOf()).stream()
                .filter(s -> access.canRead(s.id().value()))
                .map(s -> json.summary(s, locale)).toList();
    }

    @GetMapping("/{id}/counts")
    @Operation(summary = "How many units of each type stand anywhere under a unit on a date")
    CountsResponse counts(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        UnitView unit = readable(id, asOf(date));
        return json.counts(unit.id(), unit.asOf(), tree.countsByType(unit.id(), unit.asOf()));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Every structural event of a unit, oldest first, including units it gave or received")
    List<TimelineEntryResponse> timeline(@PathVariable long id, Locale locale) {
        UnitView unit = readable(id, today());
        return tree.timeline(unit.id()).stream().map(e -> json.timelineEntry(e, locale)).toList();
    }

    @GetMapping("/{id}/terms")
    @Operation(summary = "A unit's terms, each opened by its numbered congress, oldest first")
    List<TermResponse> terms(@PathVariable long id) {
        UnitView unit = readable(id, today());
        return json.terms(tree.terms(unit.id()));
    }

    private UnitView readable(long id, LocalDate on) {
        access.checkRead(id);
        return tree.find(UnitId.of(id), on).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private Optional<Set<UnitId>> readableScope() {
        return access.readableRoots().map(ids -> ids.stream().map(UnitId::of).collect(Collectors.toSet()));
    }

    private LocalDate asOf(LocalDate date) {
        return date != null ? date : today();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Refused as a bad argument (400); the size cap keeps one request from reading the whole country. */
    static void checkPaging(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
    }
}
