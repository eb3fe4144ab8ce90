package vn.dangvu.organizations.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.dangvu.organizations.Commands.DissolveUnit;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.HandOverUnit;
import vn.dangvu.organizations.Commands.MergeIntoNewUnit;
import vn.dangvu.organizations.Commands.MergeUnits;
import vn.dangvu.organizations.Commands.OpenTerm;
import vn.dangvu.organizations.Commands.RenameUnit;
import vn.dangvu.organizations.Commands.SplitPart;
import vn.dangvu.organizations.Commands.SplitUnit;
import vn.dangvu.organizations.CongressNumber;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.web.UnitRequests.DissolveRequest;
import vn.dangvu.organizations.web.UnitRequests.EstablishRequest;
import vn.dangvu.organizations.web.UnitRequests.HandOverRequest;
import vn.dangvu.organizations.web.UnitRequests.MergeIntoNewRequest;
import vn.dangvu.organizations.web.UnitRequests.MergeRequest;
import vn.dangvu.organizations.web.UnitRequests.OpenTermRequest;
import vn.dangvu.organizations.web.UnitRequests.RenameRequest;
import vn.dangvu.organizations.web.UnitRequests.SplitPartRequest;
import vn.dangvu.organizations.web.UnitRequests.SplitRequest;
import vn.dangvu.organizations.web.UnitResponses.TermResponse;
import vn.dangvu.organizations.web.UnitResponses.UnitResponse;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.UnitAccess;

/**
 * Structural changes through the API. The caller must be able to change every unit a change
 * touches (the unit, the superior that receives, the sources of a merge); the rules themselves are
 * {@link StructuralChanges}', and a refusal answers 422 with the rule's name.
 */
@RestController
@RequestMapping(path = "/api/v1/units", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "400", description = "Invalid request; errors lists a message per field")
@ApiResponse(responseCode = "403", description = "The caller may read but not change a unit concerned")
@ApiResponse(responseCode = "404", description = "No such unit, or out of the caller's reach")
@ApiResponse(responseCode = "422", description = "Refused by a rule of the tree, named in rule; nothing changed")
@Tag(name = "Organization tree")
class UnitChangeApi {

    private final StructuralChanges changes;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final UnitJson json;

    UnitChangeApi(StructuralChanges changes, OrganizationTree tree, UnitAccess access, UnitJson json) {
        this.changes = changes;
        this.tree = tree;
        this.access = access;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Establish a unit (thành lập) under its superior")
    @ApiResponse(responseCode = "201", description = "Established; Location names the new unit")
    ResponseEntity<UnitResponse> establish(@Valid @RequestBody EstablishRequest request, Locale locale) {
        checkWriteSuperior(request.superiorId());
        UnitId id = changes.establish(new EstablishUnit(request.code(), request.name(), request.type(),
                unitId(request.superiorId()), request.on(), request.decision(), request.note()));
        return ResponseEntity.created(location(id)).body(unit(id, request.on(), locale));
    }

    @PostMapping(path = "/{id}/rename", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename a unit from a date; earlier dates keep the old name")
    @ApiResponse(responseCode = "200", description = "Done", useReturnTypeSchema = true)
    UnitResponse rename(@PathVariable long id, @Valid @RequestBody RenameRequest request, Locale locale) {
        access.checkWrite(id);
        changes.rename(new RenameUnit(UnitId.of(id), request.newName(), request.on(), request.decision()));
        return unit(UnitId.of(id), request.on(), locale);
    }

    @PostMapping(path = "/{id}/handover", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hand a unit over to a new superior (chuyển giao), which receives it")
    @ApiResponse(responseCode = "200", description = "Done", useReturnTypeSchema = true)
    UnitResponse handOver(@PathVariable long id, @Valid @RequestBody HandOverRequest request, Locale locale) {
        access.checkWrite(id);
        access.checkWrite(request.newSuperiorId());
        changes.handOver(new HandOverUnit(UnitId.of(id), UnitId.of(request.newSuperiorId()), request.on(),
                request.decision(), request.note()));
        return unit(UnitId.of(id), request.on(), locale);
    }

    @PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Merge the listed units into this one (hợp nhất); their subordinates pass here")
    @ApiResponse(responseCode = "200", description = "Done", useReturnTypeSchema = true)
    UnitResponse merge(@PathVariable long id, @Valid @RequestBody MergeRequest request, Locale locale) {
        access.checkWrite(id);
        request.sourceIds().forEach(access::checkWrite);
        changes.merge(new MergeUnits(unitIds(request.sourceIds()), UnitId.of(id), request.on(), request.decision()));
        return unit(UnitId.of(id), request.on(), locale);
    }

    @PostMapping(path = "/merge-into-new", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Merge at least two units into a unit established for the purpose on the same date")
    @ApiResponse(responseCode = "201", description = "Established and merged; Location names the new unit")
    ResponseEntity<UnitResponse> mergeIntoNew(@Valid @RequestBody MergeIntoNewRequest request, Locale locale) {
        checkWriteSuperior(request.superiorId());
        request.sourceIds().forEach(access::checkWrite);
        UnitId id = changes.mergeIntoNew(new MergeIntoNewUnit(unitIds(request.sourceIds()), request.code(),
                request.name(), request.type(), unitId(request.superiorId()), request.on(), request.decision()));
        return ResponseEntity.created(location(id)).body(unit(id, request.on(), locale));
    }

    @PostMapping(path = "/{id}/split", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Split a unit (chia tách) into new units under its superior; answers the new units")
    @ApiResponse(responseCode = "200", description = "Done", useReturnTypeSchema = true)
    List<UnitResponse> split(@PathVariable long id, @Valid @RequestBody SplitRequest request, Locale locale) {
        access.checkWrite(id);
        // the new units are established under the source's superior, which changes too
        tree.find(UnitId.of(id), request.on()).map(u -> u.superior())
                .ifPresent(superior -> access.checkWrite(superior.value()));
        List<SplitPart> parts = request.parts().stream().map(UnitChangeApi::part).toList();
        parts.forEach(p -> p.subordinates().forEach(s -> access.checkWrite(s.value())));
        List<UnitId> created = changes.split(new SplitUnit(UnitId.of(id), parts, request.on(),
                request.dissolveSource(), request.decision()));
        return created.stream().map(u -> unit(u, request.on(), locale)).toList();
    }

    @PostMapping(path = "/{id}/dissolve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Dissolve a unit (giải thể) once nothing stands under it")
    @ApiResponse(responseCode = "200", description = "Done", useReturnTypeSchema = true)
    UnitResponse dissolve(@PathVariable long id, @Valid @RequestBody DissolveRequest request, Locale locale) {
        access.checkWrite(id);
        changes.dissolve(new DissolveUnit(UnitId.of(id), request.on(), request.decision(), request.note()));
        return unit(UnitId.of(id), request.on(), locale);
    }

    @PostMapping(path = "/{id}/terms", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a term (nhiệm kỳ) with its congress (đại hội)")
    @ApiResponse(responseCode = "201", description = "Opened")
    ResponseEntity<TermResponse> openTerm(@PathVariable long id, @Valid @RequestBody OpenTermRequest request) {
        access.checkWrite(id);
        Term term = changes.openTerm(new OpenTerm(UnitId.of(id), CongressNumber.parse(request.congress()).value(),
                request.congressOn(), request.startYear(), request.endYear()));
        URI terms = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/units/{id}/terms")
                .buildAndExpand(id).toUri();
        return ResponseEntity.created(terms).body(UnitJson.term(term));
    }

    /** A unit with no superior stands at the top of the tree: only a caller who reads the whole tree may add one. */
    private void checkWriteSuperior(Long superiorId) {
        if (superiorId != null) {
            access.checkWrite(superiorId);
        } else if (!access.canWriteEverywhere()) {
            throw new UnitAccess.AccessDeniedException();
        }
    }

    private UnitResponse unit(UnitId id, LocalDate on, Locale locale) {
        return json.unit(tree.find(id, on).orElseThrow(() -> new NotFoundException("unit", id)), locale);
    }

    private static URI location(UnitId id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/units/{id}")
                .buildAndExpand(id.value()).toUri();
    }

    private static SplitPart part(SplitPartRequest request) {
        return new SplitPart(request.code(), request.name(), unitIds(request.subordinateIds()));
    }

    private static List<UnitId> unitIds(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().map(UnitId::of).toList();
    }

    private static UnitId unitId(Long id) {
        return id == null ? null : UnitId.of(id);
    }
}
