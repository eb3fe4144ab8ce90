package vn.dangvu.platform;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Collator;

/**
 * Vietnamese text as people type and sort it: NFC for storage, a folded form (no diacritics,
 * "đ" as "d", lower case, single spaces) for searching, and the Vietnamese collation for lists.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private VietnameseText() {
    }

    /** Normalizes to NFC and collapses white space, as names are stored. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
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
