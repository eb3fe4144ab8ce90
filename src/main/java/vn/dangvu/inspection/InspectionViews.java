package vn.dangvu.inspection;

import java.time.LocalDate;

import vn.dangvu.members.DisciplineForm;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.UnitId;

/** Commands and views of inspection records. */
public final class InspectionViews {

    private InspectionViews() {
    }

    public enum Kind {
        INSPECTION, SUPERVISION;

        public String messageKey() {
            return "inspection.kind." + name();
        }
    }

    public enum Basis {
        REGULAR, THEMATIC, SIGNS_OF_VIOLATION;

        public String messageKey() {
            return "inspection.basis." + name();
        }
    }

    /** Forms of discipline of an organization (Điều lệ Đảng, Điều 35(2)). */
    public enum UnitDisciplineForm {
        REPRIMAND, WARNING, DISSOLUTION;

        public String messageKey() {
            return "inspection.unitForm." + name();
        }
    }

    public record NewPlan(UnitId unit, int year, String title, String items) {
    }

    /** A case: exactly one of {@code subjectUnit} and {@code subjectMember}. */
    public record NewCase(UnitId unit, Long planId, Kind kind, Basis basis, UnitId subjectUnit, MemberId subjectMember,
            LocalDate periodFrom, LocalDate periodTo, LocalDate startedOn, LocalDate concludedOn, String conclusion) {
    }

    public record UnitDiscipline(UnitId unit, UnitId decidedBy, UnitDisciplineForm form, String decisionNumber,
            LocalDate decidedOn, LocalDate effectiveOn, String reason, Long caseId) {
    }

    public record MemberDiscipline(MemberId member, DisciplineForm form, String decisionNumber, String decidedBy,
            LocalDate decidedOn, String reason) {
    }

    public record MemberReview(MemberId member, LocalDate reviewedOn, String decidedBy, String reason, Long caseId) {
    }

    public record PlanView(long id, UnitId unit, String unitName, int year, String title, String items) {
    }

    public record CaseView(long id, UnitId unit, String unitName, Kind kind, Basis basis, String subject,
            boolean subjectIsMember, LocalDate periodFrom, LocalDate periodTo, LocalDate startedOn, LocalDate concludedOn,
            String conclusion) {
    }

    /**
     * A decision about a member (discipline or review) or an organization. {@code form} is the
     * message key of its form; {@code unit} the unit it counts in.
     */
    public record DecisionView(String subjectKind, long subjectId, String subject, String form, String decisionNumber,
            String decidedBy, LocalDate decidedOn, LocalDate effectiveOn, String reason, UnitId unit) {
    }
}
