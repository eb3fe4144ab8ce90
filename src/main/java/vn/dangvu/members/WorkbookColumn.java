package vn.dangvu.members;

import org.apache.poi.ss.util.CellReference;
import vn.dangvu.platform.VietnameseText;

/**
 * The columns of the member workbook, in order. The headings are the file's format, written and read
 * in Vietnamese whatever the user's language, so a file filled in by one user imports for any other;
 * what each column means is explained in the message bundles ({@code workbook.column.*}).
 */
enum WorkbookColumn {

    FULL_NAME("Họ và tên", Kind.TEXT, true),
    SEX("Giới tính", Kind.SEX, true),
    BIRTH_DATE("Ngày sinh", Kind.DATE, true),
    ETHNICITY("Dân tộc", Kind.TEXT, false),
    RELIGION("Tôn giáo", Kind.TEXT, false),
    HOMETOWN("Quê quán", Kind.TEXT, false),
    ADDRESS("Nơi ở hiện nay", Kind.TEXT, false),
    IDENTITY_NUMBER("Số CCCD", Kind.CODE, false),
    EDUCATION("Trình độ học vấn", Kind.TEXT, false),
    THEORY_LEVEL("Lý luận chính trị", Kind.TEXT, false),
    OCCUPATION("Nghề nghiệp", Kind.TEXT, false),
    WORKPLACE("Nơi làm việc", Kind.TEXT, false),
    PARTY_CARD("Số thẻ đảng viên", Kind.CODE, false),
    PHONE("Điện thoại", Kind.CODE, false),
    EMAIL("Email", Kind.TEXT, false),
    BRANCH_CODE("Mã chi bộ", Kind.CODE, true),
    JOINED_ON("Ngày vào chi bộ", Kind.DATE, true),
    ADMITTED_ON("Ngày kết nạp", Kind.DATE, true),
    CEREMONY_ON("Ngày lễ kết nạp", Kind.DATE, false),
    OFFICIAL_ON("Ngày chính thức", Kind.DATE, false);

    /** How a column is written: dates as dates, codes and numbers that keep leading zeros as text. */
    enum Kind {
        TEXT, CODE, DATE, SEX
    }

    private final String heading;
    private final Kind kind;
    private final boolean required;

    WorkbookColumn(String heading, Kind kind, boolean required) {
        this.heading = heading;
        this.kind = kind;
        this.required = required;
    }

    String heading() {
        return heading;
    }

    Kind kind() {
        return kind;
    }

    boolean required() {
        return required;
    }

    /** The spreadsheet's letter for the column: A, B, … T. */
    String letter() {
        return CellReference.convertNumToColString(ordinal());
    }

    /** A heading cell matches if it starts with the heading, diacritics and case aside ("Giới tính (Nam/Nữ)"). */
    boolean matches(String cell) {
        return cell != null && VietnameseText.fold(cell).startsWith(VietnameseText.fold(heading));
    }

    String messageKey() {
        return "workbook.column." + name();
    }
}
