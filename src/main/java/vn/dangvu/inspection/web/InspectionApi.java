package vn.dangvu.inspection.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.inspection.InspectionViews.Basis;
import vn.dangvu.inspection.InspectionViews.CaseView;
import vn.dangvu.inspection.InspectionViews.DecisionView;
import vn.dangvu.inspection.InspectionViews.Kind;
import vn.dangvu.inspection.InspectionViews.NewCase;
import vn.dangvu.inspection.InspectionViews.PlanView;
import vn.dangvu.inspection.InspectionViews.UnitDiscipline;
import vn.dangvu.inspection.InspectionViews.UnitDisciplineForm;
import vn.dangvu.inspection.Inspections;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;

/**
 * A committee's inspection plans, cases and decisions through the API: reading needs the right to
 * read the unit, recording {@link Permission#WRITE_INSPECTION}; a refused rule answers 422 naming it.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
@ApiResponse(responseCode = "403", description = "The caller may read but not record inspection work for the unit")
@ApiResponse(responseCode = "404", description = "No such unit, member or case, or out of the caller's reach")
@ApiResponse(responseCode = "422", description = "Refused by a rule of inspection, named in rule; nothing changed")
@Tag(name = "Inspection", description = "Inspection and supervision plans, cases, discipline and reviews")
class InspectionApi {

    record PageResponse<T>(List<T> items, int page, int size, long total) {
        static <T> PageResponse<T> of(Page<T> p) {
            return new PageResponse<>(p.items(), p.page(), p.size(), p.total());
        }
    }

    record CaseRequest(Long planId, Kind kind, Basis basis, Long subjectUnitId, Long subjectMemberId, LocalDate periodFrom,
            LocalDate periodTo, LocalDate startedOn, LocalDate concludedOn, String conclusion) {
    }

    record UnitDisciplineRequest(long unitId, UnitDisciplineForm form, String decisionNumber, LocalDate decidedOn,
            LocalDate effectiveOn, String reason, Long caseId) {
    }

    record Created(long id) {
    }

    private final Inspections inspections;
    private final MemberDirectory directory;
    private final UnitAccess access;

    InspectionApi(Inspections inspections, MemberDirectory directory, UnitAccess access) {
        this.inspections = inspections;
        this.directory = directory;
        this.access = access;
    }

    private static int size(int size) {
        return Math.clamp(size, 1, 200);
    }

    @GetMapping("/units/{id}/inspection/plans")
    @Operation(summary = "Inspection and supervision plans of the unit and the units under it, newest first")
    PageResponse<PlanView> plans(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        access.checkRead(id);
        return PageResponse.of(inspections.plans(UnitId.of(id), Math.max(page, 0), size(size)));
    }

    @GetMapping("/units/{id}/inspection/cases")
    @Operation(summary = "Inspection and supervision cases conducted by the unit and the units under it")
    PageResponse<CaseView> cases(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        access.checkRead(id);
        return PageResponse.of(inspections.cases(UnitId.of(id), access.scope(Permission.READ), Math.max(page, 0), size(size)));
    }

    @PostMapping(path = "/units/{id}/inspection/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an inspection or supervision case of the unit, concluded or not")
    ResponseEntity<Created> addCase(@PathVariable long id, @RequestBody CaseRequest r) {
        access.check(Permission.WRITE_INSPECTION, id);
        if (r.subjectMemberId() != null) {
            UnitId unit = directory.unitOf(new MemberId(r.subjectMemberId()))
                    .orElseThrow(() -> new NotFoundException("member", r.subjectMemberId()));
            access.checkRead(unit.value());
        }
        long caseId = inspections.openCase(new NewCase(UnitId.of(id), r.planId(), r.kind(), r.basis(),
                r.subjectUnitId() == null ? null : UnitId.of(r.subjectUnitId()),
                r.subjectMemberId() == null ? null : new MemberId(r.subjectMemberId()), r.periodFrom(), r.periodTo(),
                r.startedOn(), r.concludedOn(), r.conclusion()));
        return ResponseEntity.created(URI.create("/api/v1/units/" + id + "/inspection/cases")).body(new Created(caseId));
    }

    @GetMapping("/units/{id}/inspection/decisions")
    @Operation(summary = "Discipline of organizations and members, and reviews of members, under the unit, newest first")
    PageResponse<DecisionView> decisions(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        access.checkRead(id);
        return PageResponse.of(inspections.decisions(UnitId.of(id), access.scope(Permission.READ), Math.max(page, 0), size(size)));
    }

    @PostMapping(path = "/units/{id}/inspection/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the unit's discipline of an organization under it (dissolution is recorded, not carried out)")
    ResponseEntity<Created> discipline(@PathVariable long id, @RequestBody UnitDisciplineRequest r) {
        access.check(Permission.WRITE_INSPECTION, id);
        access.checkRead(r.unitId());
        long decision = inspections.disciplineUnit(new UnitDiscipline(UnitId.of(r.unitId()), UnitId.of(id), r.form(),
                r.decisionNumber(), r.decidedOn(), r.effectiveOn(), r.reason(), r.caseId()));
        return ResponseEntity.created(URI.create("/api/v1/units/" + id + "/inspection/decisions"))
                .body(new Created(decision));
    }
}
