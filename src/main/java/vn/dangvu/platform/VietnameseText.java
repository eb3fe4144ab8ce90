package vn.dangvu.platform;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Normalizer2;

/**
 * Vietnamese text as people type and sort it: NFC for storage, a folded form (no diacritics,
 * "đ" as "d", lower case, single spaces) for searching, and the Vietnamese collation for lists.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private VietnameseText() {
    }

    /** Normalizes to NFC and collapses white space, as names are stored. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (isClean(text)) {
            return text;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** Already NFC with single inner spaces: most text is, and imports clean a million cells. */
    private static boolean isClean(String text) {
        int n = text.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c < ' ' || (i == 0 || i == n - 1) && Character.isWhitespace(c)) {
                return false;
            } else if (c > 0x7f) {
                ascii = false;
            }
        }
        // ICU's quick check answers yes for precomposed Vietnamese without building anything (the JDK's
        // isNormalized allocates a buffer each call); "maybe" (combining marks) is settled in full.
        if (ascii) {
            return true;
        }
        com.ibm.icu.text.Normalizer.QuickCheckResult check = NFC.quickCheck(text);
        return check == com.ibm.icu.text.Normalizer.YES
                || check == com.ibm.icu.text.Normalizer.MAYBE && Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /** "Liên đoàn Lao động" becomes "lien doan lao dong"; NFD input folds the same as NFC. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return bare.toLowerCase(Locale.ROOT);
    }

    /** Orders strings as a Vietnamese reader expects (a < ă < â, d < đ, tones after the letter). */
    public static Comparator<String> collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator::compare;
    }
}
