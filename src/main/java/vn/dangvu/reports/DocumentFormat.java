package vn.dangvu.reports;

import vn.dangvu.organizations.UnitType;

/**
 * The form of a Party document, from Hướng dẫn 36-HD/VPTW (3 April 2018), in one place: a clerk who
 * finds a value wrong corrects it here and every report (Word, PDF, Excel) follows. A 2026 guidance
 * (05-HD/VPTW) is said to keep the same values.
 */
public final class DocumentFormat {

    private DocumentFormat() {
    }

    // Page: A4 portrait, margins in millimetres (mirrored on the back of two-sided pages).
    public static final double PAGE_WIDTH_MM = 210;
    public static final double PAGE_HEIGHT_MM = 297;
    public static final double MARGIN_TOP_MM = 20;
    public static final double MARGIN_BOTTOM_MM = 20;
    public static final double MARGIN_LEFT_MM = 30;
    public static final double MARGIN_RIGHT_MM = 15;

    /** Times New Roman in Word; the PDF embeds Liberation Serif, metric-compatible and open-licensed. */
    public static final String FONT_FAMILY = "Times New Roman";
    public static final String PDF_FONT_FAMILY = "Liberation Serif";
    public static final String[] PDF_FONT_FILES = {"/fonts/LiberationSerif-Regular.ttf",
            "/fonts/LiberationSerif-Bold.ttf", "/fonts/LiberationSerif-Italic.ttf",
            "/fonts/LiberationSerif-BoldItalic.ttf"};

    // Sizes in points.
    public static final int PAGE_NUMBER_SIZE = 14;
    public static final int PARTY_NAME_SIZE = 15;
    public static final int HEADER_SIZE = 14;
    public static final int DATE_LINE_SIZE = 14;
    public static final int TITLE_SIZE = 16;
    public static final int SUBJECT_SIZE = 14;
    public static final int BODY_SIZE = 14;
    public static final int TABLE_SIZE = 12;
    public static final int SIGNATURE_SIZE = 14;
    public static final int RECIPIENTS_HEADING_SIZE = 14;
    public static final int RECIPIENTS_SIZE = 12;

    /** Body: first-line indent (cm), space after paragraphs (pt), line spacing (pt). */
    public static final double FIRST_LINE_INDENT_CM = 1.27;
    public static final int PARAGRAPH_SPACING_PT = 6;
    public static final int LINE_SPACING_PT = 20;

    // Texts.
    public static final String PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";
    public static final String ISSUER_STAR = "*";
    public static final String NUMBER_PREFIX = "Số";
    /** The type of document in its number: BC for a report (NQ resolution, KH plan, HD guidance…). */
    public static final String REPORT_TYPE = "BC";
    public static final String TITLE = "BÁO CÁO";
    public static final String SUBJECT_RULE = "-----";
    public static final String RECIPIENTS_HEADING = "Nơi nhận:";
    public static final String RECIPIENT_BULLET = "- ";
    public static final String RECIPIENT_END = ",";
    public static final String LAST_RECIPIENT = "- Lưu Văn phòng Đảng ủy.";
    public static final String PART_ONE = "Phần thứ nhất";
    public static final String PART_TWO = "Phần thứ hai";
    public static final String TARGETS_APPENDIX = "BIỂU CHỈ TIÊU NGHỊ QUYẾT";
    public static final String[] TARGET_TABLE_HEADER = {"TT", "Chỉ tiêu", "ĐVT", "Nghị quyết đề ra",
            "Kết quả thực hiện", "Tỷ lệ % so với Nghị quyết", "Đánh giá", "Ghi chú"};
    /** How a target where less is better is marked in the table's notes. */
    public static final String LESS_IS_BETTER_MARK = "Càng thấp càng tốt";

    /** Positions that sign, in caps, regular weight. */
    public static final String SECRETARY = "BÍ THƯ";
    public static final String DEPUTY_SECRETARY = "PHÓ BÍ THƯ";

    /** "T/M ĐẢNG ỦY" for a committee, "T/M CHI BỘ" for a branch (a deputy signs T/M too, never K/T). */
    public static String onBehalfOf(UnitType type) {
        return type.isBranch() ? "T/M CHI BỘ" : type == UnitType.PROVINCIAL_COMMITTEE ? "T/M BAN THƯỜNG VỤ" : "T/M ĐẢNG ỦY";
    }

    /** A branch has no seal (Hướng dẫn 36, on signatures). */
    public static boolean hasSeal(UnitType type) {
        return !type.isBranch();
    }

    /** Rows of space left for the signature and seal. */
    public static final int SIGNATURE_SPACE_LINES = 4;

    /** Colours of the targets chart (RGB). */
    public static final int CHART_REACHED = 0x2E7D32;
    public static final int CHART_BEHIND = 0xC62828;
    public static final int CHART_IN_PROGRESS = 0xF9A825;
    public static final int CHART_TRACK = 0xE0E0E0;
}
