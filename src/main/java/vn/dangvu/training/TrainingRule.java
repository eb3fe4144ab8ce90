package vn.dangvu.training;

import vn.dangvu.platform.RuleViolation;

/**
 * The rules that guard training classes, each named once with its source. A violation names its rule;
 * the message key under {@code training.rule.*} says it to the user.
 */
public enum TrainingRule {

    /** A class has a title, a kind and its dates; a resolution study names the resolution studied. */
    REQUIRED,
    /** A class ends on or after the day it starts. */
    DATES_ORDERED,
    /** The organizing unit stands (established, not dissolved) on the class's first day. */
    ORGANIZER_EXISTS,
    /**
     * The awareness class is for candidates (quần chúng ưu tú: a person seeking admission attends it and
     * is given its certificate, Hướng dẫn 12-HD/BTCTW on admission files); the class for new members and
     * political theory for members; other classes for members and candidates. Judged on the first day.
     */
    WHO_MAY_ENROL,
    /**
     * People enrolled belong, on the class's first day, to the subtree of the unit organizing it: a
     * committee trains its own members and candidates (Điều lệ Đảng, the tasks of grassroots organizations).
     */
    ENROLLED_IN_SUBTREE,
    /** Completion is recorded only for someone who attended. */
    COMPLETION_NEEDS_ATTENDANCE,
    /**
     * Completing the awareness class gives a certificate, whose number is recorded (the certificate
     * goes in the candidate's admission file, Hướng dẫn 12-HD/BTCTW).
     */
    CERTIFICATE_NUMBER,
    /** Completion is recorded once the class has ended: not before its end date (today from the clock). */
    ENDED_BEFORE_COMPLETION,
    /**
     * A certificate once given stands: the awareness class of someone certified keeps its kind and end
     * date, and their completion is not withdrawn here (correct the member record instead).
     */
    CERTIFICATE_STANDS,
    /** The member records refused the certificate (the candidate's record rules, named in the message). */
    MEMBER_RECORDS;

    public String ruleName() {
        return "training." + name().toLowerCase().replace('_', '-');
    }

    RuleViolation violation(String detailKey, Object... arguments) {
        return new RuleViolation(ruleName(), "training.rule." + detailKey, arguments);
    }
}
