package vn.dangvu.platform;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One line of PostgreSQL's COPY text format written straight into bytes: tab-separated, {@code \N}
 * for null, backslash escapes, UTF-8. Bulk writers (an import's tens of thousands of rows) reuse one
 * instance, so a row costs no strings, maps or boxed values on the way; {@link #line} hands out the
 * finished line.
 */
public final class CopyText {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[512];
    private int length;
    private boolean first = true;

    /** Starts a new line, forgetting the previous one. */
    public CopyText start() {
        length = 0;
        first = true;
        return this;
    }

    public CopyText nothing() {
        separate();
        put((byte) '\\');
        put((byte) 'N');
        return this;
    }

    public CopyText text(CharSequence s) {
        if (s == null) {
            return nothing();
        }
        separate();
        escaped(s);
        return this;
    }

    public CopyText number(long n) {
        separate();
        if (n == Long.MIN_VALUE) {
            ascii(Long.toString(n));
            return this;
        }
        if (n < 0) {
            put((byte) '-');
            n = -n;
        }
        digits(n);
        return this;
    }

    public CopyText number(Long n) {
        return n == null ? nothing() : number(n.longValue());
    }

    public CopyText bool(boolean b) {
        separate();
        put((byte) (b ? 't' : 'f'));
        return this;
    }

    /** A date as the PostgreSQL driver sends it: {@link LocalDate#MAX} and {@code MIN} as (-)infinity. */
    public CopyText date(LocalDate d) {
        if (d == null) {
            return nothing();
        }
        separate();
        if (d.equals(LocalDate.MAX)) {
            ascii("infinity");
        } else if (d.equals(LocalDate.MIN)) {
            ascii("-infinity");
        } else {
            isoDate(d);
        }
        return this;
    }

    /** A {@code bytea} in hex: {@code \\x…} on the line, which COPY reads as {@code \x…}. */
    public CopyText bytea(byte[] value) {
        if (value == null) {
            return nothing();
        }
        separate();
        ensure(3 + 2 * value.length);
        bytes[length++] = '\\';
        bytes[length++] = '\\';
        bytes[length++] = 'x';
        for (byte b : value) {
            bytes[length++] = HEX[(b >> 4) & 0xf];
            bytes[length++] = HEX[b & 0xf];
        }
        return this;
    }

    /** An {@code integer[]} such as {@code {10,20}}. */
    public CopyText ints(Integer[] values) {
        if (values == null) {
            return nothing();
        }
        separate();
        put((byte) '{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put((byte) ',');
            }
            ascii(values[i].toString());
        }
        put((byte) '}');
        return this;
    }

    /** The line so far, ended, as a new array; the builder can start the next one. */
    public byte[] line() {
        put((byte) '\n');
        return Arrays.copyOf(bytes, length);
    }

    /** yyyy-MM-dd for the years of four digits, as {@link LocalDate#toString} writes them; other years as it writes them. */
    private void isoDate(LocalDate d) {
        int year = d.getYear();
        if (year < 1000 || year > 9999) {
            ascii(d.toString());
            return;
        }
        ensure(10);
        bytes[length++] = (byte) ('0' + year / 1000);
        bytes[length++] = (byte) ('0' + year / 100 % 10);
        bytes[length++] = (byte) ('0' + year / 10 % 10);
        bytes[length++] = (byte) ('0' + year % 10);
        bytes[length++] = '-';
        bytes[length++] = (byte) ('0' + d.getMonthValue() / 10);
        bytes[length++] = (byte) ('0' + d.getMonthValue() % 10);
        bytes[length++] = '-';
        bytes[length++] = (byte) ('0' + d.getDayOfMonth() / 10);
        bytes[length++] = (byte) ('0' + d.getDayOfMonth() % 10);
    }

    private void separate() {
        if (!first) {
            put((byte) '\t');
        }
        first = false;
    }

    private void digits(long n) {
        if (n >= 10) {
            digits(n / 10);
        }
        put((byte) ('0' + n % 10));
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
    }

    /**
     * UTF-8 with COPY's escapes; an unpaired surrogate becomes '?', as {@link String#getBytes} writes it.
     * The escaped characters are all ASCII, and no byte of a longer UTF-8 sequence is, so escaping
     * characters is escaping bytes.
     */
    private void escaped(CharSequence s) {
        int n = s.length();
        ensure(n + 8);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> pair('\\');
                    case '\t' -> pair('t');
                    case '\n' -> pair('n');
                    case '\r' -> pair('r');
                    default -> put((byte) c);
                }
            } else if (c < 0x800) {
                ensure(2);
                bytes[length++] = (byte) (0xc0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                ensure(4);
                bytes[length++] = (byte) (0xf0 | cp >> 18);
                bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3f);
                bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3f);
                bytes[length++] = (byte) (0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c)) {
                put((byte) '?');
            } else {
                ensure(3);
                bytes[length++] = (byte) (0xe0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[length++] = (byte) (0x80 | c & 0x3f);
            }
        }
    }

    private void pair(char c) {
        ensure(2);
        bytes[length++] = '\\';
        bytes[length++] = (byte) c;
    }

    private void put(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
