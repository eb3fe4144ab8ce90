package vn.dangvu.organizations;

/** The ordinal of a congress ("Đại hội lần thứ XVI"), written in Roman numerals as Party documents do. */
public record CongressNumber(int value) {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    public CongressNumber {
        if (value < 1 || value > 3999) {
            throw new IllegalArgumentException("A congress number is between 1 and 3999: " + value);
        }
    }

    public String roman() {
        var out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                out.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return out.toString();
    }

    /** Reads "XVI" (any case) or "16". */
    public static CongressNumber parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase();
        if (t.matches("\\d{1,4}")) {
            return new CongressNumber(Integer.parseInt(t));
        }
        if (!t.matches("[MDCLXVI]+")) {
            throw new IllegalArgumentException("Not a congress number: " + text);
        }
        int total = 0;
        int i = 0;
        for (int k = 0; k < VALUES.length && i < t.length(); k++) {
            while (t.startsWith(SYMBOLS[k], i)) {
                total += VALUES[k];
                i += SYMBOLS[k].length();
            }
        }
        if (i != t.length() || total < 1 || !new CongressNumber(total).roman().equals(t)) {
            throw new IllegalArgumentException("Not a congress number: " + text);
        }
        return new CongressNumber(total);
    }
}
