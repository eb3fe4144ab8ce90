package vn.dangvu.members;

import java.time.MonthDay;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers the membership rules use, in one place so a clerk can correct them when a regulation
 * changes (several were replaced in 2025). Defaults follow the Party Charter, Quy định 232-QĐ/TW
 * (2025) and Hướng dẫn 12-HD/BTCTW.
 *
 * @param minimumAge full years of age at the branch's review (Điều lệ Đảng, Điều 1: "đủ 18 tuổi")
 * @param maximumAge full years of age at the branch's review above which a decision of a committee
 *        directly under the centre is needed
 * @param probationMonths length of probation from the admission ceremony (Điều lệ Đảng, Điều 5)
 * @param admissionDecisionWorkingDays the committee decides within this many working days of the branch's resolution
 * @param ceremonyWorkingDays the ceremony is held within this many working days of the admission decision
 * @param recognitionReviewWorkingDays the branch reviews within this many working days of the end of probation
 * @param recognitionDecisionWorkingDays the committee decides within this many working days of the branch's review
 * @param certificateValidityMonths how long the awareness-class certificate stays valid for admission
 * @param papersValidityMonths how long a candidate's verified papers stay current
 * @param maxReadmissions how many times a person may be re-admitted
 * @param badgeYears party ages at which a badge is due
 * @param badgeDays the days badges are presented on
 */
@ConfigurationProperties("dangvu.membership")
public record MembershipPolicy(
        @DefaultValue("18") int minimumAge,
        @DefaultValue("60") int maximumAge,
        @DefaultValue("12") int probationMonths,
        @DefaultValue("60") int admissionDecisionWorkingDays,
        @DefaultValue("30") int ceremonyWorkingDays,
        @DefaultValue("30") int recognitionReviewWorkingDays,
        @DefaultValue("30") int recognitionDecisionWorkingDays,
        @DefaultValue("60") int certificateValidityMonths,
        @DefaultValue("12") int papersValidityMonths,
        @DefaultValue("1") int maxReadmissions,
        @DefaultValue({"30", "40", "45", "50", "55", "60", "65", "70", "75", "80", "85", "90"}) List<Integer> badgeYears,
        @DefaultValue({"--02-03", "--05-19", "--09-02", "--11-07"}) List<MonthDay> badgeDays) {

    public MembershipPolicy {
        badgeYears = List.copyOf(badgeYears);
        badgeDays = badgeDays.stream().sorted().toList();
    }

    /** The defaults, for code outside Spring (tests, the generator). */
    public static MembershipPolicy defaults() {
        return new MembershipPolicy(18, 60, 12, 60, 30, 30, 30, 60, 12, 1,
                List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90),
                List.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2), MonthDay.of(11, 7)));
    }
}
