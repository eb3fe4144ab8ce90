package vn.dangvu.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.LocalDate;

import vn.dangvu.organizations.UnitType;
import vn.dangvu.targets.ProgressSettings;

/**
 * How a Party document writes dates, numbers and percentages: "Cần Thơ, ngày 02 tháng 02 năm 2018",
 * "1.234,5", "97%". Every text leaves here in Unicode NFC, as the document format requires.
 */
public final class ReportText {

    private ReportText() {
    }

    /**
     * The date line (Hướng dẫn 36-HD/VPTW): days under 10 and the months January and February take a
     * leading zero ("ngày 02 tháng 02"); the months from March on do not ("ngày 12 tháng 6").
     */
    public static String dateLine(String place, LocalDate day) {
        String d = String.format("%02d", day.getDayOfMonth());
        String m = day.getMonthValue() <= 2 ? String.format("%02d", day.getMonthValue())
                : String.valueOf(day.getMonthValue());
        String date = "ngày " + d + " tháng " + m + " năm " + day.getYear();
        return nfc(place == null || place.isBlank() ? date : place.strip() + ", " + date);
    }

    /** "Số 12-BC/ĐU": no colon after "Số"; the number is written with two digits at least ("Số 05-BC/ĐU"). */
    public static String documentNumber(Integer number, UnitType type) {
        String n = number == null ? "    " : String.format("%02d", number);
        return nfc(DocumentFormat.NUMBER_PREFIX + " " + n + "-" + DocumentFormat.REPORT_TYPE + "/"
                + type.issuerSymbol());
    }

    /** A number the Vietnamese way: dot between thousands, comma before decimals; "–" for nothing. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.stripTrailingZeros());
    }

    public static String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /**
     * A percentage shortened as the committee chooses (its settings: how many decimals, cut or
     * rounded), with the decimals shown even when zero ("70,0%" for one decimal).
     */
    public static String percent(BigDecimal value, ProgressSettings settings) {
        if (value == null) {
            return "–";
        }
        BigDecimal v = settings.round(value);
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        String pattern = settings.percentScale() == 0 ? "#,##0" : "#,##0." + "0".repeat(settings.percentScale());
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(settings.rounding());
        return format.format(v) + "%";
    }

    /** The subject line of a report of the kind. */
    public static String subject(ReportModel model) {
        var p = model.period();
        // the congress is the Đảng bộ's, whatever its executive (Đảng ủy) is called
        String unit = model.unit().name().replaceFirst("^Đảng ủy ", "Đảng bộ ");
        String termText = model.term() == null ? "" : " nhiệm kỳ " + model.term().startYear() + " - " + model.term().endYear();
        String congress = model.term() == null ? "" : " lần thứ " + model.term().congress();
        String text = switch (p.kind()) {
            case SIX_MONTHS -> "Sơ kết công tác xây dựng Đảng 6 tháng đầu năm " + p.to().getYear();
            case YEAR_END -> "Tổng kết công tác xây dựng Đảng năm " + p.to().getYear();
            case MID_TERM -> "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội " + unit + congress + termText;
            case END_OF_TERM -> "Tổng kết thực hiện Nghị quyết Đại hội " + unit + congress + termText;
            case RANGE -> "Công tác xây dựng Đảng từ ngày " + slash(p.from()) + " đến ngày " + slash(p.to());
        };
        return nfc(text);
    }

    /** dd/MM/yyyy. */
    public static String slash(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    public static String upper(String text) {
        return nfc(text == null ? "" : text.toUpperCase(java.util.Locale.forLanguageTag("vi")));
    }

    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
