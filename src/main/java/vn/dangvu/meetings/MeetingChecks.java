package vn.dangvu.meetings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dangvu.meetings.MeetingViews.Mark;
import vn.dangvu.meetings.MeetingViews.NewMeeting;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.UnitType;

/** The meeting rules as plain checks, so each is tested without Spring or a database. */
final class MeetingChecks {

    /** A member the branch holds on the meeting's day. */
    record Expected(MemberId member, String fullName, boolean exempt) {
    }

    private MeetingChecks() {
    }

    static void meeting(NewMeeting m, UnitType type, boolean existsOnDay, LocalDate today, boolean monthlyAlreadyHeld) {
        if (m.branch() == null || m.heldOn() == null || m.kind() == null) {
            throw MeetingRule.REQUIRED.violation("required");
        }
        if (m.heldOn().isAfter(today)) {
            throw MeetingRule.NOT_IN_THE_FUTURE.violation("future", m.heldOn());
        }
        if (type == null || !type.isBranch() || !existsOnDay) {
            throw MeetingRule.HELD_BY_A_BRANCH.violation("branch", m.heldOn());
        }
        if (m.kind() == MeetingKind.THEMED && blank(m.theme())) {
            throw MeetingRule.THEME_REQUIRED.violation("theme");
        }
        texts(m.theme(), m.place(), m.chair());
        if (m.kind() == MeetingKind.MONTHLY && monthlyAlreadyHeld) {
            throw MeetingRule.ONE_MONTHLY_MEETING_A_MONTH.violation("monthly", m.heldOn().getMonthValue(),
                    m.heldOn().getYear());
        }
    }

    /**
     * The sheet must mark every member the branch holds on the day, nobody else, and each once; an exempted
     * member is marked present or exempt; a reason goes with an absence with reason and only with it.
     */
    static void attendance(List<Expected> roll, List<Mark> marks) {
        Map<MemberId, Expected> byId = new HashMap<>();
        roll.forEach(e -> byId.put(e.member(), e));
        Map<MemberId, Mark> seen = new HashMap<>();
        for (Mark mark : marks) {
            Expected e = byId.get(mark.member());
            if (e == null) {
                throw MeetingRule.ATTENDEES_OF_THE_BRANCH.violation("notMember", mark.member().value());
            }
            if (mark.presence() == null || seen.put(mark.member(), mark) != null) {
                throw MeetingRule.EVERY_MEMBER_MARKED.violation("unmarked", e.fullName());
            }
            if (mark.presence() == Presence.EXEMPT && !e.exempt()) {
                throw MeetingRule.ATTENDEES_OF_THE_BRANCH.violation("notExempt", e.fullName());
            }
            if (e.exempt() && (mark.presence() == Presence.EXCUSED || mark.presence() == Presence.UNEXCUSED)) {
                throw MeetingRule.ATTENDEES_OF_THE_BRANCH.violation("exempt", e.fullName());
            }
            boolean hasReason = !blank(mark.reason());
            if (mark.presence() == Presence.EXCUSED && !hasReason) {
                throw MeetingRule.REASON_FOR_EXCUSED_ABSENCE.violation("reasonMissing", e.fullName());
            }
            if (mark.presence() != Presence.EXCUSED && hasReason) {
                throw MeetingRule.REASON_FOR_EXCUSED_ABSENCE.violation("reasonOnlyExcused", e.fullName());
            }
            if (hasReason && mark.reason().strip().length() > MeetingPolicy.MAX_REASON) {
                throw MeetingRule.REQUIRED.violation("tooLong", MeetingPolicy.MAX_REASON);
            }
        }
        for (Expected e : roll) {
            if (!seen.containsKey(e.member())) {
                throw MeetingRule.EVERY_MEMBER_MARKED.violation("unmarked", e.fullName());
            }
        }
    }

    /** Điều lệ Đảng, Điều 8: absent without reason in enough months of one year. */
    static boolean strikeOffGround(int monthsWithUnexcusedAbsence) {
        return monthsWithUnexcusedAbsence >= MeetingPolicy.UNEXCUSED_MONTHS_TO_STRIKE_OFF;
    }

    static void conference(ConferenceKind kind, LocalDate heldOn, LocalDate today, Integer attendees, Integer branches,
            String... texts) {
        if (kind == null || heldOn == null) {
            throw MeetingRule.REQUIRED.violation("required");
        }
        if (heldOn.isAfter(today)) {
            throw MeetingRule.NOT_IN_THE_FUTURE.violation("future", heldOn);
        }
        if ((attendees != null && attendees < 0) || (branches != null && branches < 0)
                || (branches != null && branches > 0 && (attendees == null || branches > attendees))) {
            throw MeetingRule.ATTENDANCE_NUMBERS.violation("numbers");
        }
        texts(texts);
    }

    /** A minutes file: a name, a permitted type whose first bytes agree, within the size limit. */
    static void file(String name, String contentType, byte[] content) {
        if (blank(name) || content == null || content.length == 0) {
            throw MeetingRule.MINUTES_FILES.violation("fileEmpty", name == null ? "" : name);
        }
        if (content.length > MeetingPolicy.MAX_FILE_BYTES) {
            throw MeetingRule.MINUTES_FILES.violation("fileTooLarge", name, MeetingPolicy.MAX_FILE_BYTES / (1024 * 1024));
        }
        if (contentType == null || !MeetingPolicy.FILE_TYPES.contains(contentType) || !looksLike(contentType, content)) {
            throw MeetingRule.MINUTES_FILES.violation("fileType", name);
        }
    }

    private static boolean looksLike(String type, byte[] b) {
        return switch (type) {
            case "application/pdf" -> starts(b, 0x25, 0x50, 0x44, 0x46);
            case "image/png" -> starts(b, 0x89, 0x50, 0x4E, 0x47);
            case "image/jpeg" -> starts(b, 0xFF, 0xD8, 0xFF);
            case "application/msword" -> starts(b, 0xD0, 0xCF, 0x11, 0xE0);
            default -> starts(b, 0x50, 0x4B, 0x03, 0x04);
        };
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static void texts(String... texts) {
        for (String t : texts) {
            if (t != null && t.strip().length() > MeetingPolicy.MAX_TEXT) {
                throw MeetingRule.REQUIRED.violation("tooLong", MeetingPolicy.MAX_TEXT);
            }
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String clean(String s) {
        return blank(s) ? null : s.strip();
    }
}
