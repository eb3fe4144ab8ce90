package vn.dangvu.inspection.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import vn.dangvu.inspection.InspectionViews.Basis;
import vn.dangvu.inspection.InspectionViews.Kind;
import vn.dangvu.inspection.InspectionViews.UnitDisciplineForm;

/** What the inspection forms post; kept as typed when refused. */
final class InspectionForms {

    private InspectionForms() {
    }

    record PlanForm(Integer year, String title, String items) {
    }

    record CaseForm(Long planId, Kind kind, Basis basis, String subjectType, Long subjectUnitId, Long subjectMemberId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate concludedOn, String conclusion) {
    }

    record ConcludeForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate concludedOn, String conclusion) {
    }

    record UnitDecisionForm(Long subjectUnitId, UnitDisciplineForm form, String decisionNumber,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn, String reason, Long caseId) {
    }

    /** {@code action} is REVIEW or a discipline form's name. */
    record MemberDecisionForm(String action, String decisionNumber, String decidedBy,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn, String reason) {
    }
}
