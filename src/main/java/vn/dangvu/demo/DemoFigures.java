package vn.dangvu.demo;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The numbers of the two sample reports (shared/samples), each with the sentence it comes from, in
 * one place: the demo's steps build records that produce them, and the tests — today DemoDatasetIT,
 * later the report generator's — assert them. A figure marked "waiting" belongs to a module that is
 * not merged yet (training, meetings, ratings); its step is still to be written.
 */
public final class DemoFigures {

    private DemoFigures() {
    }

    /** A number as a report states it, and the report's own words. */
    public record Figure(int value, String sentence) {
    }

    /** A number someone will measure through the catalog, and the measure's code (a contract between modules). */
    public record Measured(int value, String measureCode, String sentence) {
    }

    /** A guest of a conference, as the report names and titles them. */
    public record Guest(String name, String title) {
    }

    /**
     * Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ — "Hội nghị sơ kết giữa nhiệm kỳ 2016 – 2020",
     * 12/6/2018 (report-kcx-cantho-2018.txt).
     */
    public static final class IndustrialZones {

        private IndustrialZones() {
        }

        /** "Ngày 12/6/2018, Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ tổ chức Hội nghị sơ kết giữa nhiệm kỳ 2016 – 2020". */
        public static final LocalDate REVIEW_DAY = LocalDate.of(2018, 6, 12);
        /** "Ngay sau khi thành lập (19/5/2016)". */
        public static final LocalDate ESTABLISHED = LocalDate.of(2016, 5, 19);
        /** "nghị quyết của Đảng bộ, nhiệm kỳ 2016 – 2020". */
        public static final int TERM_START = 2016;
        public static final int TERM_END = 2020;

        public static final Measured ADMITTED = new Measured(77, "members.admitted",
                "kết nạp 77/110 đảng viên mới, đạt 70% chỉ tiêu của nhiệm kỳ");
        public static final Figure ADMISSION_GOAL = new Figure(110,
                "kết nạp 77/110 đảng viên mới, đạt 70% chỉ tiêu của nhiệm kỳ");
        public static final Figure ADMISSION_PERCENT = new Figure(70,
                "kết nạp 77/110 đảng viên mới, đạt 70% chỉ tiêu của nhiệm kỳ");
        public static final Measured MEMBERS = new Measured(611, "members.atDate",
                "nâng tổng số đảng viên hiện nay của Đảng bộ lên 611 đảng viên");
        public static final Measured RECEIVED = new Measured(1, "units.received",
                "tiếp nhận 01 chi bộ, giải thể 02 chi bộ, hiện nay còn 23 tổ chức cơ sở đảng trực thuộc Đảng bộ");
        public static final Measured DISSOLVED = new Measured(2, "units.dissolved",
                "tiếp nhận 01 chi bộ, giải thể 02 chi bộ, hiện nay còn 23 tổ chức cơ sở đảng trực thuộc Đảng bộ");
        public static final Measured GRASSROOTS = new Measured(23, "units.grassroots",
                "tiếp nhận 01 chi bộ, giải thể 02 chi bộ, hiện nay còn 23 tổ chức cơ sở đảng trực thuộc Đảng bộ");
        public static final Measured DISCIPLINED = new Measured(1, "members.disciplined",
                "kỷ luật 01 đảng viên vi phạm");

        /** Waiting for ratings/inspection (vn.dangvu.ratings): five members' reviews, none of them discipline. */
        public static final Measured REVIEWED = new Measured(5, "members.reviewed",
                "kiểm điểm rút kinh nghiệm 05 đảng viên");
        /** Waiting for training: classes studying the resolutions, counted on their end dates. */
        public static final Measured RESOLUTION_CLASSES = new Measured(12, "training.classes.resolution",
                "tổ chức được 12 lớp triển khai Nghị quyết Trung ương 4, 5, 6 (khóa XII) đạt 97%");
        /** Waiting for training: attended / enrolled over those 12 classes, 97% as the committee rounds it. */
        public static final Measured RESOLUTION_ATTENDANCE = new Measured(97, "training.attendance.resolution",
                "tổ chức được 12 lớp triển khai Nghị quyết Trung ương 4, 5, 6 (khóa XII) đạt 97%");
        /** Waiting for training. */
        public static final Measured NEW_MEMBER_CLASSES = new Measured(4, "training.classes.newMembers",
                "tổ chức 04 lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới");
        /** Waiting for training: the demo's candidates hold certificates dated on these four classes' last days. */
        public static final Measured AWARENESS_CLASSES = new Measured(4, "training.classes.awareness",
                "04 lớp bồi dưỡng lý luận chính trị dành cho đối tượng kết nạp Đảng");
        /**
         * The last days of the four awareness classes: each candidate of the demo holds the certificate
         * of one of them (AwarenessCertified on that day), so the training step can enrol them.
         */
        public static final List<LocalDate> AWARENESS_CLASS_ENDS = List.of(LocalDate.of(2016, 6, 30),
                LocalDate.of(2016, 12, 15), LocalDate.of(2017, 6, 15), LocalDate.of(2017, 12, 14));
        /** Waiting for meetings: the conference itself (conferences.held) and its guest. */
        public static final Measured CONFERENCES = new Measured(1, "conferences.held",
                "Ngày 12/6/2018, Đảng ủy các Khu Chế xuất và Công nghiệp Cần Thơ tổ chức Hội nghị sơ kết giữa nhiệm kỳ 2016 – 2020");
        public static final Guest GUEST = new Guest("Mai Thanh Dân",
                "Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tổ chức Thành ủy Cần Thơ");
    }

    /**
     * Đảng ủy Liên đoàn Lao động thành phố Cần Thơ — "Hội nghị tổng kết năm 2017 và sơ kết thực hiện
     * Nghị quyết Đại hội Đảng bộ giữa nhiệm kỳ 2015 – 2020", 02/02/2018 (report-ldld-cantho-2018.txt).
     */
    public static final class LaborFederation {

        private LaborFederation() {
        }

        /** "Ngày 02 tháng 02 năm 2018, Đảng ủy Liên đoàn Lao động thành phố tổ chức Hội nghị tổng kết công tác năm 2017". */
        public static final LocalDate CONFERENCE_DAY = LocalDate.of(2018, 2, 2);
        public static final int TERM_START = 2015;
        public static final int TERM_END = 2020;

        public static final Figure BRANCHES = new Figure(6,
                "sự có mặt của 62 đảng viên của 06 Chi bộ trực thuộc");
        public static final Measured CERTIFIED = new Measured(28, "candidates.certified",
                "có 28 quần chúng ưu tú được dự lớp bồi dưỡng nhận thức về Đảng");
        public static final Measured ADMITTED = new Measured(23, "members.admitted",
                "được kết nạp vào Đảng 23 đồng chí, đạt 76% so với chỉ tiêu Nghị quyết Đại hội đề ra");
        public static final Figure ADMISSION_PERCENT = new Figure(76,
                "được kết nạp vào Đảng 23 đồng chí, đạt 76% so với chỉ tiêu Nghị quyết Đại hội đề ra");
        /**
         * The report does not state the goal. 23/30 = 76,67%: the report's "76%" is that ratio cut, not
         * rounded (half up gives 77%, and no whole goal gives 76% half up: 23/30,07…30,46). So the demo's
         * resolution asks 30 admissions and the committee's settings cut percentages (RoundingMode.DOWN).
         */
        public static final Figure ADMISSION_GOAL = new Figure(30,
                "đạt 76% so với chỉ tiêu Nghị quyết Đại hội đề ra (the goal is the demo's choice)");
        public static final RoundingMode ROUNDING = RoundingMode.DOWN;
        /**
         * Not in the report: the demo's committee has 68 members on the day, 62 of whom attend (the
         * meetings step will record the attendance).
         */
        public static final Figure MEMBERS = new Figure(68, "(the demo's choice: 62 present of 68)");

        /** Waiting for meetings: people present at the conference. */
        public static final Measured ATTENDEES = new Measured(62, "conferences.attendees",
                "sự có mặt của 62 đảng viên của 06 Chi bộ trực thuộc");
        /** Waiting for meetings. */
        public static final Measured CONFERENCES = new Measured(1, "conferences.held",
                "Ngày 02 tháng 02 năm 2018, Đảng ủy Liên đoàn Lao động thành phố tổ chức Hội nghị");
        public static final Guest GUEST = new Guest("Nguyễn Văn Sẵn",
                "Ủy viên Thường vụ, Trưởng ban Tuyên giáo Đảng ủy Khối cơ quan Dân Chính Đảng Cần Thơ");
        /** Waiting for meetings (directives and requests from the superior committee). */
        public static final String REQUEST = "Hướng dẫn số 05 ngày 21/11/2017 của Đảng ủy khối cơ quan Dân Chính Đảng Cần Thơ";
        public static final String REQUEST_NUMBER = "05";
        public static final LocalDate REQUEST_DAY = LocalDate.of(2017, 11, 21);
        /** The awareness classes whose certificates the 28 candidates hold (their last days). */
        public static final List<LocalDate> AWARENESS_CLASS_ENDS = List.of(LocalDate.of(2015, 7, 10),
                LocalDate.of(2016, 7, 8), LocalDate.of(2017, 7, 7));
    }
}
