package vn.dangvu.extraction;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two pre-Unicode Vietnamese encodings still met in old review files. TCVN3 (ABC, TCVN 5712:1993,
 * fonts .VnTime) gives each lower-case letter with its marks one byte in 0xA1–0xFE, upper-case letters
 * having their own fonts; VNI (fonts VNI-Times) writes a base letter followed by a Latin-1 character
 * that stands for the marks. Both arrive as Latin-1 characters once read as bytes or out of a Word file.
 */
enum LegacyEncoding {

    TCVN3, VNI;

    private static final String TONES = "\u0000\u0301\u0300\u0309\u0303\u0323"; // none, sắc, huyền, hỏi, ngã, nặng
    private static final Map<String, String> TCVN3_TO_UNICODE = new HashMap<>();
    private static final Map<String, String> UNICODE_TO_TCVN3 = new HashMap<>();
    private static final Map<String, String> VNI_TO_UNICODE = new HashMap<>();
    private static final Map<String, String> UNICODE_TO_VNI = new LinkedHashMap<>();

    static {
        // TCVN3: per base (a, ă, â, e, ê, i, o, ô, ơ, u, ư, y) the bytes for no tone, sắc, huyền, hỏi, ngã, nặng.
        String[][] tcvn3 = {
                {"a", "a\u00b8\u00b5\u00b6\u00b7\u00b9"}, {"ă", "\u00a8\u00be\u00bb\u00bc\u00bd\u00c6"},
                {"â", "\u00a9\u00ca\u00c7\u00c8\u00c9\u00cb"}, {"e", "e\u00d0\u00cc\u00ce\u00cf\u00d1"},
                {"ê", "\u00aa\u00d5\u00d2\u00d3\u00d4\u00d6"}, {"i", "i\u00dd\u00d7\u00d8\u00dc\u00de"},
                {"o", "o\u00e3\u00df\u00e1\u00e2\u00e4"}, {"ô", "\u00ab\u00e8\u00e5\u00e6\u00e7\u00e9"},
                {"ơ", "\u00ac\u00ed\u00ea\u00eb\u00ec\u00ee"}, {"u", "u\u00f3\u00ef\u00f1\u00f2\u00f4"},
                {"ư", "\u00ad\u00f8\u00f5\u00f6\u00f7\u00f9"}, {"y", "y\u00fd\u00fa\u00fb\u00fc\u00fe"}};
        for (String[] row : tcvn3) {
            for (int tone = 0; tone < 6; tone++) {
                String letter = withTone(row[0], tone);
                String code = row[1].substring(tone, tone + 1);
                if (!code.equals(letter)) {
                    TCVN3_TO_UNICODE.put(code, letter);
                    UNICODE_TO_TCVN3.put(letter, code);
                }
            }
        }
        String[][] upper = {{"Ă", "\u00a1"}, {"Â", "\u00a2"}, {"Ê", "\u00a3"}, {"Ô", "\u00a4"}, {"Ơ", "\u00a5"},
                {"Ư", "\u00a6"}, {"Đ", "\u00a7"}, {"đ", "\u00ae"}};
        for (String[] u : upper) {
            TCVN3_TO_UNICODE.put(u[1], u[0]);
            UNICODE_TO_TCVN3.put(u[0], u[1]);
        }
        // VNI: marks after the base letter; lower-case marks, then upper-case ones.
        String plain = "\u00f9\u00f8\u00fb\u00f5\u00ef";          // ù ø û õ ï
        String plainUp = "\u00d9\u00d8\u00db\u00d5\u00cf";
        String circ = "\u00e2\u00e1\u00e0\u00e5\u00e3\u00e4";      // â á à å ã ä
        String circUp = "\u00c2\u00c1\u00c0\u00c5\u00c3\u00c4";
        String breve = "\u00ea\u00e9\u00e8\u00fa\u00fc\u00eb";     // ê é è ú ü ë
        String breveUp = "\u00ca\u00c9\u00c8\u00da\u00dc\u00cb";
        for (boolean up : new boolean[] {false, true}) {
            for (String base : new String[] {"a", "e", "o", "u", "y"}) {
                String b = up ? base.toUpperCase() : base;
                for (int tone = 1; tone < 6; tone++) {
                    vni(withTone(b, tone), b + (up ? plainUp : plain).charAt(tone - 1));
                }
            }
            for (String base : new String[] {"a", "e", "o"}) {
                String b = up ? base.toUpperCase() : base;
                String hat = up ? circUp : circ;
                for (int tone = 0; tone < 6; tone++) {
                    vni(withTone(b + "\u0302", tone), b + hat.charAt(tone));
                }
            }
            String a = up ? "A" : "a";
            for (int tone = 0; tone < 6; tone++) {
                vni(withTone(a + "\u0306", tone), a + (up ? breveUp : breve).charAt(tone));
            }
            // ơ and ư are single characters (ô, ö) followed by the plain tone marks.
            String[][] horns = {{"o\u031b", up ? "\u00d4" : "\u00f4"}, {"u\u031b", up ? "\u00d6" : "\u00f6"}};
            for (String[] h : horns) {
                String b = up ? h[0].toUpperCase() : h[0];
                vni(withTone(b, 0), h[1]);
                for (int tone = 1; tone < 6; tone++) {
                    vni(withTone(b, tone), h[1] + (up ? plainUp : plain).charAt(tone - 1));
                }
            }
            // i has its own single characters; ỵ too.
            String is = up ? "\u00cd\u00cc\u00c6\u00d3\u00d2" : "\u00ed\u00ec\u00e6\u00f3\u00f2";
            for (int tone = 1; tone < 6; tone++) {
                vni(withTone(up ? "I" : "i", tone), is.substring(tone - 1, tone));
            }
            vni(up ? "Ỵ" : "ỵ", up ? "\u00ce" : "\u00ee");
            vni(up ? "Đ" : "đ", up ? "\u00d1" : "\u00f1");
        }
    }

    private static void vni(String letter, String code) {
        UNICODE_TO_VNI.put(letter, code);
        VNI_TO_UNICODE.put(code, letter);
    }

    private static String withTone(String base, int tone) {
        String nfd = Normalizer.normalize(base, Normalizer.Form.NFD);
        return Normalizer.normalize(tone == 0 ? nfd : nfd + TONES.charAt(tone), Normalizer.Form.NFC);
    }

    /** The text written in this encoding, as its bytes read as Latin-1 would show it; for tests and samples. */
    String encode(String unicode) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        Map<String, String> table = this == TCVN3 ? UNICODE_TO_TCVN3 : UNICODE_TO_VNI;
        StringBuilder out = new StringBuilder(nfc.length() + 16);
        for (int i = 0; i < nfc.length(); i++) {
            String c = nfc.substring(i, i + 1);
            String code = table.get(c);
            if (code == null && this == TCVN3 && !c.equals(c.toLowerCase())) {
                // .VnTimeH fonts show upper case with the lower-case codes
                code = table.get(c.toLowerCase());
            }
            out.append(code == null ? c : code);
        }
        return out.toString();
    }

    String decode(String legacy) {
        Map<String, String> table = this == TCVN3 ? TCVN3_TO_UNICODE : VNI_TO_UNICODE;
        StringBuilder out = new StringBuilder(legacy.length());
        int i = 0;
        while (i < legacy.length()) {
            if (this == VNI && i + 1 < legacy.length()) {
                String pair = table.get(legacy.substring(i, i + 2));
                if (pair != null) {
                    out.append(pair);
                    i += 2;
                    continue;
                }
            }
            String one = table.get(legacy.substring(i, i + 1));
            out.append(one == null ? legacy.charAt(i) : one);
            i++;
        }
        return out.toString();
    }

    /**
     * The legacy encoding a text is written in, or null when it reads as Unicode already: the encoding
     * whose decoding leaves the fewest characters that belong to no Vietnamese word, if it leaves fewer
     * than the text has as it is.
     */
    static LegacyEncoding detect(String text) {
        int vietnamese = 0;
        int latin1 = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u1ea0' && c <= '\u1ef9') || c == '\u0111' || c == '\u01a1' || c == '\u01b0'
                    || (c >= '\u0300' && c <= '\u0323')) {
                vietnamese++;
            } else if (c >= '\u00a1' && c <= '\u00ff') {
                latin1++;
            }
        }
        if (latin1 == 0 || vietnamese > latin1 / 10) {
            return null;
        }
        int best = foreign(text);
        LegacyEncoding found = null;
        for (LegacyEncoding e : values()) {
            int left = foreign(e.decode(text));
            if (left < best) {
                best = left;
                found = e;
            }
        }
        return found;
    }

    /** Characters that are in no Vietnamese word: Latin-1 letters and signs outside the Vietnamese alphabet. */
    private static int foreign(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00a1' && c <= '\u00ff' && "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".indexOf(c) < 0) {
                n++;
            }
        }
        // A Vietnamese letter of Latin-1 followed by a mark character is VNI's signature, not Vietnamese.
        for (int i = 1; i < text.length(); i++) {
            if ("aeiouyAEIOUY".indexOf(text.charAt(i - 1)) >= 0
                    && "ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË".indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        // A syllable carries one tone: two in one word means the wrong table was used.
        for (String word : text.split("[^\\p{L}\\p{M}]+")) {
            String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
            int tones = 0;
            for (int i = 0; i < nfd.length(); i++) {
                if ("\u0300\u0301\u0303\u0309\u0323".indexOf(nfd.charAt(i)) >= 0) {
                    tones++;
                }
            }
            if (tones > 1) {
                n += tones;
            }
        }
        return n;
    }
}
