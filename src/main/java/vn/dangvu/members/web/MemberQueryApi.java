package vn.dangvu.members.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.MemberViews.MemberFilter;
import vn.dangvu.members.MemberViews.MemberView;
import vn.dangvu.members.web.MemberRequests.EventBody;
import vn.dangvu.members.web.MemberResponses.MemberCountsResponse;
import vn.dangvu.members.web.MemberResponses.MemberResponse;
import vn.dangvu.members.web.MemberResponses.MemberSummaryResponse;
import vn.dangvu.members.web.MemberResponses.PageResponse;
import vn.dangvu.members.web.MemberResponses.ReminderResponse;
import vn.dangvu.members.web.MemberResponses.SearchPageResponse;
import vn.dangvu.members.web.MemberResponses.Texts;
import vn.dangvu.members.web.MemberResponses.MemberTimelineEntryResponse;
import vn.dangvu.members.web.MemberResponses.UnitRef;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.UnitAccess;

/**
 * Reads of the member records, limited to what the caller may read: a member out of scope answers
 * 404 exactly like one that does not exist, and lists and searches are restricted in SQL to the
 * caller's readable roots, so totals never count what the caller may not see.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
@ApiResponse(responseCode = "400", description = "A parameter is not valid")
@ApiResponse(responseCode = "404", description = "No such member or unit, or out of the caller's reach")
@Tag(name = "Members", description = "Member records and each member's life as dated events")
class MemberQueryApi {

    static final int MAX_PAGE_SIZE = 100;

    private final MemberDirectory directory;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;

    MemberQueryApi(MemberDirectory directory, OrganizationTree tree, UnitAccess access, MessageSource messages,
            Clock clock) {
        this.directory = directory;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/members")
    @Operation(summary = "Search people by name, diacritics optional (\"nguyen van san\" finds \"Nguyễn Văn Sẵn\"), "
            + "the last word may be cut short (\"nguyen van sa\"), among those whose branch stands in the caller's "
            + "scope today; people with exactly the name typed first, then by name in Vietnamese order. "
            + "Matches are counted up to 1,000 (more = true past that)")
    SearchPageResponse search(@RequestParam String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Locale locale) {
        checkPaging(page, size);
        List<UnitId> scope = access.readableRoots().map(roots -> roots.stream().map(UnitId::of).toList()).orElse(null);
        Texts texts = new Texts(messages, locale);
        return MemberResponses.search(directory.search(q, scope, page, size), texts);
    }

    @GetMapping("/units/{id}/members")
    @Operation(summary = "The members of a branch, or of everything under a unit, on a date, in Vietnamese order: "
            + "given name, then middle names, then family name")
    PageResponse<MemberSummaryResponse> list(@PathVariable long id,
            @Parameter(description = "Everything under the unit, not only those who belong to it directly")
            @RequestParam(defaultValue = "false") boolean subtree,
            @Parameter(description = "Only these statuses; repeat the parameter for several")
            @RequestParam(required = false) Set<MemberStatus> status,
            @Parameter(description = "Full years of age on the date") @RequestParam(required = false) Integer minAge,
            @RequestParam(required = false) Integer maxAge,
            @Parameter(description = "Full years of party age on the date")
            @RequestParam(required = false) Integer minPartyYears,
            @RequestParam(required = false) Integer maxPartyYears,
            @Parameter(description = "As of this date (ISO); today by default")
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
        checkPaging(page, size);
        if (Stream.of(minAge, maxAge, minPartyYears, maxPartyYears).anyMatch(n -> n != null && n < 0)) {
            throw new IllegalArgumentException("negative age");
        }
        UnitView unit = readableUnit(id, asOf(date));
        var filter = new MemberFilter(unit.id(), subtree, status == null ? Set.of() : status, minAge, maxAge,
                minPartyYears, maxPartyYears, unit.asOf());
        Texts texts = new Texts(messages, locale);
        List<UnitId> scope = access.readableRoots().map(roots -> roots.stream().map(UnitId::of).toList()).orElse(null);
        return MemberResponses.page(directory.list(filter, scope, page, size), s -> MemberResponses.summary(s, texts));
    }

    @GetMapping("/units/{id}/members/counts")
    @Operation(summary = "How many candidates, probationary and official members stand anywhere under a unit on a date")
    MemberCountsResponse counts(@PathVariable long id,
            @Parameter(description = "As of this date (ISO); today by default")
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        UnitView unit = readableUnit(id, asOf(date));
        Map<MemberStatus, Long> counts = directory.countByStatus(unit.id(), unit.asOf());
        long members = counts.entrySet().stream().filter(e -> e.getKey().isMember()).mapToLong(Map.Entry::getValue)
                .sum();
        return new MemberCountsResponse(id, unit.asOf(), counts, members);
    }

    @GetMapping("/units/{id}/reminders")
    @Operation(summary = "What the unit's subtree has to act on today: probations ending, recognitions overdue, "
            + "certificates and papers going stale, badges due at the next presentation day")
    List<ReminderResponse> reminders(@PathVariable long id, Locale locale) {
        UnitView unit = readableUnit(id, today());
        Texts texts = new Texts(messages, locale);
        return directory.reminders(unit.id(), today()).stream().map(r -> MemberResponses.reminder(r, texts)).toList();
    }

    @GetMapping("/members/{id}")
    @Operation(summary = "A member's record, the identity number masked")
    MemberResponse member(@PathVariable long id, Locale locale) {
        MemberView view = directory.find(new MemberId(id)).filter(v -> access.canRead(v.unit().value()))
                .orElseThrow(() -> new NotFoundException("member", id));
        return MemberResponses.member(view, hostUnit(view), new Texts(messages, locale));
    }

    @GetMapping("/members/{id}/timeline")
    @Operation(summary = "Every event of a member's life, oldest first, in the same shape as POST …/events takes")
    List<MemberTimelineEntryResponse> timeline(@PathVariable long id, Locale locale) {
        MemberId member = new MemberId(id);
        UnitId unit = directory.unitOf(member).orElseThrow(() -> new NotFoundException("member", id));
        access.checkRead(unit.value());
        Texts texts = new Texts(messages, locale);
        return directory.timeline(member).stream()
                .map(e -> new MemberTimelineEntryResponse(e.seq(), e.kind(), texts.get("member.event." + e.kind()),
                        e.on(), MemberResponses.unitRef(e.unit(), u -> e.unitName(), access),
                        EventBody.of(e.event(), this::visibleUnit, this::visibleMember)))
                .toList();
    }

    private UnitRef hostUnit(MemberView view) {
        return MemberResponses.unitRef(view.hostUnit(),
                u -> tree.find(u, today()).map(UnitView::name).orElse(null), access);
    }

    private Long visibleUnit(UnitId unit) {
        return unit != null && access.canRead(unit.value()) ? unit.value() : null;
    }

    private Long visibleMember(MemberId member) {
        return member != null && directory.unitOf(member).filter(u -> access.canRead(u.value())).isPresent()
                ? member.value() : null;
    }

    private UnitView readableUnit(long id, LocalDate on) {
        access.checkRead(id);
        return tree.find(UnitId.of(id), on).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private LocalDate asOf(LocalDate date) {
        return date != null ? date : today();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Refused as a bad argument (400); the size cap keeps one request from reading a whole province. */
    static void checkPaging(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
    }
}
