package vn.dangvu.platform;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The fields of one row in PostgreSQL's binary COPY format ({@code copy … from stdin with (format binary)}):
 * each a 4-byte length ({@code -1} for null) and the value as the type's binary receive function reads
 * it. The server then parses no text: no line scanning, no escapes, no dates or numbers read from digits,
 * which was a tenth of an import's backend time in the text format ({@link CopyText}). A field's type
 * must be the column's exactly ({@code int8} for {@code bigint}, {@code int4} for {@code integer}): the
 * server reads the bytes as its column's type says. Bulk writers reuse one instance; {@link #fields} hands
 * out the finished fields, which the writer frames into tuples ({@link #tupleStart}) between the
 * {@link #header} and the {@link #trailer}.
 */
public final class CopyBinary {

    /** The format's signature, flags and header extension length, which begin the data. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
    /** Days from 1970-01-01, Java's epoch day 0, to 2000-01-01, PostgreSQL's day 0. */
    private static final long POSTGRES_EPOCH_DAY = 10_957;
    private static final int INT4_OID = 23;

    private byte[] bytes = new byte[512];
    private int length;

    /** Starts a new row, forgetting the previous one. */
    public CopyBinary start() {
        length = 0;
        return this;
    }

    public CopyBinary nothing() {
        int4(-1);
        return this;
    }

    /** {@code text} or {@code varchar}: UTF-8, an unpaired surrogate as '?' (as {@link String#getBytes} writes it). */
    public CopyBinary text(CharSequence s) {
        return utf8Field(s, false);
    }

    /** {@code jsonb}: its version (1), then the JSON text. */
    public CopyBinary jsonb(CharSequence json) {
        return utf8Field(json, true);
    }

    private CopyBinary utf8Field(CharSequence s, boolean jsonbVersion) {
        if (s == null) {
            return nothing();
        }
        int at = length;
        int4(0);
        if (jsonbVersion) {
            put((byte) 1);
        }
        utf8(s);
        setInt4(at, length - at - 4);
        return this;
    }

    /** {@code bigint}. */
    public CopyBinary int8(long n) {
        int4(8);
        int8Value(n);
        return this;
    }

    public CopyBinary int8(Long n) {
        return n == null ? nothing() : int8(n.longValue());
    }

    /** {@code integer}. */
    public CopyBinary integer(int n) {
        int4(4);
        int4(n);
        return this;
    }

    public CopyBinary bool(boolean b) {
        int4(1);
        put((byte) (b ? 1 : 0));
        return this;
    }

    /**
     * A {@code date}: days from 2000-01-01; {@link LocalDate#MAX} and {@code MIN} as infinity and -infinity,
     * as the PostgreSQL driver sends them.
     */
    public CopyBinary date(LocalDate d) {
        if (d == null) {
            return nothing();
        }
        int4(4);
        if (d.equals(LocalDate.MAX)) {
            int4(Integer.MAX_VALUE);
        } else if (d.equals(LocalDate.MIN)) {
            int4(Integer.MIN_VALUE);
        } else {
            int4(Math.toIntExact(d.toEpochDay() - POSTGRES_EPOCH_DAY));
        }
        return this;
    }

    public CopyBinary bytea(byte[] value) {
        if (value == null) {
            return nothing();
        }
        int4(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
        return this;
    }

    /** An {@code integer[]} of one dimension without nulls (no dimension when empty), as {@code array_recv} reads it. */
    public CopyBinary ints(Integer[] values) {
        if (values == null) {
            return nothing();
        }
        int at = length;
        int4(0);
        int4(values.length == 0 ? 0 : 1);
        int4(0);
        int4(INT4_OID);
        if (values.length > 0) {
            int4(values.length);
            int4(1);
            for (Integer v : values) {
                int4(4);
                int4(v);
            }
        }
        setInt4(at, length - at - 4);
        return this;
    }

    /** The fields so far, as a new array; the builder can start the next row. */
    public byte[] fields() {
        return Arrays.copyOf(bytes, length);
    }

    private void utf8(CharSequence s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                put((byte) c);
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

    private void int4(int n) {
        ensure(4);
        setInt4(length, n);
        length += 4;
    }

    private void setInt4(int at, int n) {
        bytes[at] = (byte) (n >>> 24);
        bytes[at + 1] = (byte) (n >>> 16);
        bytes[at + 2] = (byte) (n >>> 8);
        bytes[at + 3] = (byte) n;
    }

    private void int8Value(long n) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (n >>> shift);
        }
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

    /** The bytes that begin binary COPY data. */
    public static byte[] header() {
        return HEADER.clone();
    }

    /** The bytes that end binary COPY data: a tuple of -1 fields. */
    public static byte[] trailer() {
        return new byte[] {(byte) 0xff, (byte) 0xff};
    }

    /**
     * The start of a tuple of {@code count} fields whose first is a {@code bigint}: the field count, then that
     * field, written into {@code out} at {@code at}; answers the 14 bytes' end. The rest of the tuple's fields follow.
     */
    public static int tupleStart(byte[] out, int at, int count, long first) {
        out[at++] = (byte) (count >>> 8);
        out[at++] = (byte) count;
        out[at++] = 0;
        out[at++] = 0;
        out[at++] = 0;
        out[at++] = 8;
        for (int shift = 56; shift >= 0; shift -= 8) {
            out[at++] = (byte) (first >>> shift);
        }
        return at;
    }
}
