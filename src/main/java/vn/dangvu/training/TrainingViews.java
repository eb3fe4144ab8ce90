package vn.dangvu.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.organizations.UnitId;

/** Read models of training classes. Rates are percentages with one decimal, null when nobody was enrolled. */
public final class TrainingViews {

    private TrainingViews() {
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** A class with its organizer's name (today's) and the counts of its register. */
    public record ClassView(long id, UnitId unit, String unitName, ClassKind kind, String title, String subject,
            String coOrganizer, LocalDate startsOn, LocalDate endsOn, String place, long enrolled, long attended,
            long completed) {

        public BigDecimal attendanceRate() {
            return rate(attended, enrolled);
        }

        public BigDecimal completionRate() {
            return rate(completed, enrolled);
        }

        public TrainingClass training() {
            return new TrainingClass(id, unit, kind, title, subject, coOrganizer, startsOn, endsOn, place);
        }
    }

    /** One person in a class's register; {@code unit} is their branch today (for scope checks). */
    public record EnrolmentView(MemberId member, String fullName, LocalDate birthDate, MemberStatus status, UnitId unit,
            String unitName, boolean attended, boolean completed, String certificateNumber) {
    }

    /** Someone who may still be enrolled: in the organizer's subtree on the first day, in a status the class admits. */
    public record EligibleView(MemberId member, String fullName, LocalDate birthDate, MemberStatus status,
            String unitName) {
    }

    /** The classes of one subject (a resolution studied) in a period, as a campaign's figures. */
    public record SubjectLine(String subject, long classes, long enrolled, long attended, long completed) {

        public BigDecimal attendanceRate() {
            return rate(attended, enrolled);
        }
    }

    /** A campaign: the classes sharing a subject in a period, each with its rate, and the totals. */
    public record Campaign(String subject, LocalDate from, LocalDate to, List<ClassView> classes) {

        public long enrolled() {
            return classes.stream().mapToLong(ClassView::enrolled).sum();
        }

        public long attended() {
            return classes.stream().mapToLong(ClassView::attended).sum();
        }

        public long completed() {
            return classes.stream().mapToLong(ClassView::completed).sum();
        }

        public BigDecimal attendanceRate() {
            return rate(attended(), enrolled());
        }
    }
}
