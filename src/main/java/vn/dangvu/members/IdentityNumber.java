package vn.dangvu.members;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

import vn.dangvu.platform.RuleViolation;

/**
 * A citizen identity number (số CCCD / số định danh cá nhân): 12 digits — the province of birth
 * registration (3), the sex and century of birth (1), the year of birth (2) and a serial (6), as
 * Nghị định 137/2015/NĐ-CP and Thông tư 07/2016/TT-BCA lay it out.
 */
public record IdentityNumber(String value) {

    /** Province codes of Thông tư 07/2016/TT-BCA, Phụ lục I. */
    static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
            "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
            "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
            "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086",
            "087", "089", "091", "092", "093", "094", "095", "096");

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.-]");

    public IdentityNumber {
        if (value == null || !TWELVE_DIGITS.matcher(value).matches() || !PROVINCES.contains(value.substring(0, 3))) {
            throw new RuleViolation("members.record", "members.rule.identity-format");
        }
    }

    /** Checks the number against the holder's sex and year of birth, which it encodes. */
    public IdentityNumber matching(Sex sex, LocalDate birthDate) {
        int code = value.charAt(3) - '0';
        int century = switch (code / 2) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        Sex encoded = code % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        int year = century + Integer.parseInt(value.substring(4, 6));
        if (birthDate != null && year != birthDate.getYear() || sex != null && sex != encoded) {
            throw new RuleViolation("members.record", "members.rule.identity-mismatch");
        }
        return this;
    }

    /** "001******345": the province and the last three digits, for anyone without the right to see more. */
    public String masked() {
        return value.substring(0, 3) + "******" + value.substring(9);
    }

    public static IdentityNumber parse(String text) {
        return new IdentityNumber(text == null ? null : SEPARATORS.matcher(text).replaceAll(""));
    }
}
