package vn.dangvu.meetings;

/**
 * How reports write a conference's attendance: "62 đảng viên của 06 chi bộ". Counts below ten are padded
 * to two digits, as Vietnamese administrative writing does ("06 chi bộ", "01 đảng viên").
 */
public final class AttendancePhrase {

    private AttendancePhrase() {
    }

    public static String padded(int n) {
        return n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
    }

    public static String vietnamese(Integer members, Integer branches) {
        if (members == null) {
            return "";
        }
        String people = padded(members) + " đảng viên";
        return branches == null || branches == 0 ? people : people + " của " + padded(branches) + " chi bộ";
    }

    public static String english(Integer members, Integer branches) {
        if (members == null) {
            return "";
        }
        String people = padded(members) + (members == 1 ? " member" : " members");
        return branches == null || branches == 0 ? people
                : people + " from " + padded(branches) + (branches == 1 ? " branch" : " branches");
    }
}
