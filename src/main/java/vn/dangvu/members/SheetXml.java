package vn.dangvu.members;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A pull reader of a worksheet's XML ({@code <row r="2"><c r="B2" t="s" s="3"><v>7</v></c></row>}) and
 * of the shared strings, straight from the UTF-8 bytes. The JDK's SAX parser gave every element and
 * attribute a string and every run of text a char array, 40% of an import's Java time; here element
 * names are matched as bytes, a cell's attributes are read in place, and only a cell's value becomes a
 * string (a shared string's index not even that). It reads the XML that spreadsheet programs write —
 * namespace prefixes, entities and character references, CDATA, comments, either quote, CR LF — and
 * refuses what is not well-formed (unclosed or crossed elements, unknown entities, a DOCTYPE, bad
 * UTF-8) with {@link Malformed}. Other encodings than UTF-8 are refused too: the Office Open XML
 * parts are UTF-8.
 */
final class SheetXml {

    /** What {@link #next} found. */
    enum Event {
        /** The sheet's {@code <dimension ref="A1:T30001">}: {@link #text}. */
        DIMENSION,
        /** A row starts: {@link #row}. */
        ROW,
        /**
         * A cell ended: {@link #column}, {@link #type}, {@link #style}, {@link #text} or {@link #index}; in the shared
         * strings part, a string item ended: {@link #text}.
         */
        CELL,
        /** The row of {@link #row} ended. */
        ROW_END,
        /** The document ended. */
        END
    }

    /** A cell's {@code t}: a number when absent, anything else Dangvu does not tell apart is text. */
    enum CellType {
        NUMBER, SHARED_STRING, BOOLEAN, TEXT
    }

    /** The bytes are not well-formed XML, or not UTF-8. */
    static final class Malformed extends Exception {
        Malformed(String message, long offset) {
            super(message + " at byte " + offset);
        }
    }

    // Element names that matter, canonical so that the open elements are compared by identity.
    private static final String WORKSHEET = "worksheet", SHEET_DATA = "sheetData", DIMENSION_TAG = "dimension",
            ROW_TAG = "row", CELL_TAG = "c", VALUE = "v", INLINE = "is", TEXT_TAG = "t", RUN = "r", PHONETIC = "rPh",
            FORMULA = "f", SST = "sst", STRING_ITEM = "si";
    /** The most frequent first: they are looked for in this order. */
    private static final String[] KNOWN = {CELL_TAG, VALUE, ROW_TAG, TEXT_TAG, INLINE, RUN, STRING_ITEM, PHONETIC,
            FORMULA, SHEET_DATA, DIMENSION_TAG, WORKSHEET, SST};
    private static final byte[][] KNOWN_BYTES;

    static {
        KNOWN_BYTES = new byte[KNOWN.length][];
        for (int i = 0; i < KNOWN.length; i++) {
            KNOWN_BYTES[i] = KNOWN[i].getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final InputStream in;
    private byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    /** Bytes of the input before {@code buf[0]}, for the offsets of errors. */
    private long consumed;
    private boolean eof;

    private String[] open = new String[16];
    private int depth;
    private boolean rootSeen;
    private boolean started;

    private byte[] value = new byte[256];
    private int valueLength;
    private boolean capturing;
    private boolean inCell;
    private boolean inPhonetic;

    private int row;
    private int column;
    private CellType type;
    private int style;
    private String dimension;
    /** An element that closed itself ({@code <c r="A1"/>}): its end is reported by the next call. */
    private String pendingEnd;

    private CharsetDecoder decoder;

    SheetXml(InputStream in) {
        this.in = in;
    }

    /** The shared strings part ({@code <sst><si><t>…</t></si>…}), rich text runs joined, phonetic readings left out. */
    static List<String> sharedStrings(InputStream in) throws IOException, Malformed {
        SheetXml xml = new SheetXml(in);
        List<String> strings = new ArrayList<>();
        while (xml.nextInStrings()) {
            strings.add(xml.hasText() ? xml.text() : "");
        }
        return strings;
    }

    int row() {
        return row;
    }

    /** 0 for column A. */
    int column() {
        return column;
    }

    CellType type() {
        return type;
    }

    int style() {
        return style;
    }

    /** Whether the cell (or string item) had any text at all. */
    boolean hasText() {
        return valueLength > 0;
    }

    /** The cell's value or the dimension's reference, entities resolved; null for an empty cell. */
    String text() throws Malformed {
        if (dimension != null) {
            return dimension;
        }
        if (valueLength == 0) {
            return null;
        }
        for (int i = 0; i < valueLength; i++) {
            if (value[i] < 0) {
                return decode();
            }
        }
        return new String(value, 0, valueLength, StandardCharsets.ISO_8859_1);
    }

    /** The value as an index (a shared string's), spaces around it allowed; -1 if it is no whole number. */
    int index() {
        int from = 0;
        int to = valueLength;
        while (from < to && isSpace(value[from])) {
            from++;
        }
        while (to > from && isSpace(value[to - 1])) {
            to--;
        }
        if (from == to || to - from > 9) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            int d = value[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    }

    private String decode() throws Malformed {
        if (decoder == null) {
            decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        try {
            return decoder.decode(ByteBuffer.wrap(value, 0, valueLength)).toString();
        } catch (CharacterCodingException e) {
            throw malformed("not UTF-8");
        }
    }

    /** The next event of a worksheet. */
    Event next() throws IOException, Malformed {
        dimension = null;
        while (true) {
            String ended = pendingEnd;
            pendingEnd = null;
            if (ended == null) {
                int b = peek();
                if (b < 0) {
                    if (depth > 0 || !rootSeen) {
                        throw malformed(rootSeen ? "unclosed <" + open[depth - 1] + ">" : "no element");
                    }
                    return Event.END;
                }
                if (b != '<') {
                    characters();
                    continue;
                }
                Markup markup = markup();
                if (markup == Markup.START) {
                    Event event = started();
                    if (event != null) {
                        return event;
                    }
                    continue;
                }
                if (markup != Markup.END) {
                    continue;
                }
                ended = lastEnded;
            }
            Event event = ended(ended);
            if (event != null) {
                return event;
            }
        }
    }

    private Event started() {
        String name = lastStarted;
        if (name == ROW_TAG) {
            row = attrRow >= 0 ? attrRow : row + 1;
            column = -1;
            return Event.ROW;
        }
        if (name == CELL_TAG) {
            column = attrColumn >= 0 ? attrColumn : column + 1;
            type = attrType;
            style = attrStyle;
            valueLength = 0;
            inCell = true;
        } else if (name == STRING_ITEM) {
            valueLength = 0; // a shared string's <si>, read as a cell of the strings part
            inCell = true;
        } else if (name == VALUE) {
            capturing = inCell;
        } else if (name == PHONETIC) {
            inPhonetic = true;
        } else if (name == TEXT_TAG) {
            capturing = inCell && !inPhonetic;
        } else if (name == DIMENSION_TAG && attrRef != null) {
            dimension = attrRef;
            return Event.DIMENSION;
        }
        return null;
    }

    private Event ended(String name) {
        if (name == VALUE || name == TEXT_TAG) {
            capturing = false;
        } else if (name == PHONETIC) {
            inPhonetic = false;
        } else if (name == CELL_TAG || name == STRING_ITEM) {
            inCell = false;
            capturing = false;
            return Event.CELL;
        } else if (name == ROW_TAG) {
            return Event.ROW_END;
        }
        return null;
    }

    /** The next string item of a shared strings part (it ends as a {@link Event#CELL} does); false at the end. */
    private boolean nextInStrings() throws IOException, Malformed {
        for (Event event = next(); event != Event.END; event = next()) {
            if (event == Event.CELL) {
                return true;
            }
        }
        return false;
    }

    // ---- the tokenizer

    private enum Markup {
        START, END, OTHER
    }

    private String lastStarted;
    private String lastEnded;
    private int attrRow;
    private int attrColumn;
    private CellType attrType;
    private int attrStyle;
    private String attrRef;

    /** Reads one piece of markup starting at '<'. */
    private Markup markup() throws IOException, Malformed {
        if (!started) {
            started = true;
        }
        require(2);
        byte second = buf[pos + 1];
        if (second == '?') {
            skipPast("?>", true);
            return Markup.OTHER;
        }
        if (second == '!') {
            require(9);
            if (startsWith("<!--")) {
                skipPast("-->", false);
                return Markup.OTHER;
            }
            if (startsWith("<![CDATA[")) {
                if (depth == 0) {
                    throw malformed("CDATA outside the root element");
                }
                cdata();
                return Markup.OTHER;
            }
            throw malformed("DOCTYPE or declaration not allowed");
        }
        if (second == '/') {
            endTag();
            return Markup.END;
        }
        startTag();
        return Markup.START;
    }

    private void startTag() throws IOException, Malformed {
        int end = tagEnd();
        int p = pos + 1;
        int nameStart = p;
        while (p < end && !isSpace(buf[p]) && buf[p] != '/' && buf[p] != '>') {
            p++;
        }
        if (p == nameStart || !isNameStart(buf[nameStart])) {
            throw malformed("bad element name");
        }
        String name = name(nameStart, p);
        if (depth == 0 && rootSeen) {
            throw malformed("a second root element");
        }
        attrRow = -1;
        attrColumn = -1;
        attrType = CellType.NUMBER;
        attrStyle = 0;
        attrRef = null;
        String local = localName(name);
        boolean selfClosing = false;
        while (true) {
            int spaceStart = p;
            while (p < end && isSpace(buf[p])) {
                p++;
            }
            if (p >= end) {
                break;
            }
            if (buf[p] == '/') {
                if (p + 1 != end) {
                    throw malformed("'/' inside a tag");
                }
                selfClosing = true;
                break;
            }
            if (p == spaceStart) {
                throw malformed("attributes must be separated by spaces");
            }
            int attrStart = p;
            while (p < end && buf[p] != '=' && !isSpace(buf[p]) && buf[p] != '/') {
                p++;
            }
            int attrEnd = p;
            if (attrEnd == attrStart || !isNameStart(buf[attrStart])) {
                throw malformed("bad attribute name");
            }
            while (p < end && isSpace(buf[p])) {
                p++;
            }
            if (p >= end || buf[p] != '=') {
                throw malformed("attribute without a value");
            }
            p++;
            while (p < end && isSpace(buf[p])) {
                p++;
            }
            if (p >= end || (buf[p] != '"' && buf[p] != '\'')) {
                throw malformed("attribute value without quotes");
            }
            byte quote = buf[p++];
            int valueStart = p;
            while (p < end && buf[p] != quote) {
                if (buf[p] == '<') {
                    throw malformed("'<' in an attribute value");
                }
                p++;
            }
            if (p >= end) {
                throw malformed("unclosed attribute value");
            }
            attribute(local, attrStart, attrEnd, valueStart, p);
            p++;
        }
        pos = end + 1;
        rootSeen = true;
        if (selfClosing) {
            pendingEnd = local;
        } else {
            push(name);
        }
        lastStarted = local;
    }

    /** The attributes Dangvu reads, in place: a row's or cell's {@code r}, a cell's {@code t} and {@code s}, a dimension's {@code ref}. */
    private void attribute(String element, int nameStart, int nameEnd, int valueStart, int valueEnd) throws Malformed {
        int length = nameEnd - nameStart;
        if (element == CELL_TAG && length == 1) {
            switch (buf[nameStart]) {
                case 'r' -> attrColumn = columnOf(valueStart, valueEnd);
                case 't' -> attrType = typeOf(valueStart, valueEnd);
                case 's' -> attrStyle = number(valueStart, valueEnd);
                default -> { }
            }
        } else if (element == ROW_TAG && length == 1 && buf[nameStart] == 'r') {
            attrRow = number(valueStart, valueEnd);
        } else if (element == DIMENSION_TAG && length == 3 && buf[nameStart] == 'r' && buf[nameStart + 1] == 'e'
                && buf[nameStart + 2] == 'f') {
            int saved = valueLength;
            valueLength = 0;
            appendResolved(valueStart, valueEnd);
            attrRef = text();
            valueLength = saved;
        }
    }

    /** "H12" is column 7, as the letters go; a reference without letters gives -1 (the next column). */
    private int columnOf(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c < 'A' || c > 'Z') {
                break;
            }
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    private CellType typeOf(int from, int to) {
        int length = to - from;
        if (length == 1) {
            return switch (buf[from]) {
                case 's' -> CellType.SHARED_STRING;
                case 'n' -> CellType.NUMBER;
                case 'b' -> CellType.BOOLEAN;
                default -> CellType.TEXT;
            };
        }
        return CellType.TEXT;
    }

    private int number(int from, int to) throws Malformed {
        if (from == to || to - from > 9) {
            throw malformed("not a number");
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                throw malformed("not a number");
            }
            n = n * 10 + d;
        }
        return n;
    }

    private void endTag() throws IOException, Malformed {
        int end = tagEnd();
        int p = pos + 2;
        int nameStart = p;
        while (p < end && !isSpace(buf[p])) {
            p++;
        }
        int nameEnd = p;
        while (p < end && isSpace(buf[p])) {
            p++;
        }
        if (p != end || nameEnd == nameStart) {
            throw malformed("bad end tag");
        }
        if (depth == 0) {
            throw malformed("an end tag without its start");
        }
        String expected = open[depth - 1];
        if (!sameName(expected, nameStart, nameEnd)) {
            throw malformed("</" + new String(buf, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8)
                    + "> closes <" + expected + ">");
        }
        depth--;
        pos = end + 1;
        lastEnded = localName(expected);
    }

    /** Text between markup: kept while inside a value, else only checked to be where text may be. */
    private void characters() throws IOException, Malformed {
        while (true) {
            if (pos >= limit && !fill(pos)) {
                return;
            }
            byte b = buf[pos];
            if (b == '<') {
                return;
            }
            if (depth == 0) {
                if (!isSpace(b)) {
                    throw malformed("text outside the root element");
                }
                pos++;
                continue;
            }
            if (b == '&') {
                entity();
                continue;
            }
            if (!capturing) {
                int run = pos + 1;
                while (run < limit && buf[run] != '<' && buf[run] != '&') {
                    run++;
                }
                pos = run;
                continue;
            }
            if (b == '\r') {
                // XML reads CR LF and a lone CR as LF
                pos++;
                if ((pos < limit || fill(pos)) && buf[pos] == '\n') {
                    pos++;
                }
                append((byte) '\n');
                continue;
            }
            int run = pos;
            while (run < limit && buf[run] != '<' && buf[run] != '&' && buf[run] != '\r') {
                run++;
            }
            append(buf, pos, run - pos);
            pos = run;
        }
    }

    private void entity() throws IOException, Malformed {
        int end = find((byte) ';', 32);
        if (end < 0) {
            throw malformed("'&' without ';'");
        }
        int codePoint = entityValue(pos + 1, end);
        pos = end + 1;
        if (capturing) {
            appendCodePoint(codePoint);
        }
    }

    private int entityValue(int from, int to) throws Malformed {
        int length = to - from;
        if (length > 1 && buf[from] == '#') {
            boolean hex = buf[from + 1] == 'x';
            int i = hex ? from + 2 : from + 1;
            if (i == to) {
                throw malformed("empty character reference");
            }
            int n = 0;
            for (; i < to; i++) {
                int d = Character.digit(buf[i], hex ? 16 : 10);
                if (d < 0 || n > 0x10FFFF) {
                    throw malformed("bad character reference");
                }
                n = n * (hex ? 16 : 10) + d;
            }
            if (!isXmlChar(n)) {
                throw malformed("character reference to a character XML does not allow");
            }
            return n;
        }
        if (matches(from, to, "lt")) {
            return '<';
        }
        if (matches(from, to, "gt")) {
            return '>';
        }
        if (matches(from, to, "amp")) {
            return '&';
        }
        if (matches(from, to, "quot")) {
            return '"';
        }
        if (matches(from, to, "apos")) {
            return '\'';
        }
        throw malformed("unknown entity");
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private void cdata() throws IOException, Malformed {
        pos += 9;
        while (true) {
            int end = indexOf("]]>", pos);
            if (end >= 0) {
                if (capturing) {
                    append(buf, pos, end - pos);
                }
                pos = end + 3;
                return;
            }
            // keep the last two bytes, which may start "]]>"
            int keep = Math.max(pos, limit - 2);
            if (capturing) {
                append(buf, pos, keep - pos);
            }
            pos = keep;
            if (!fill(pos)) {
                throw malformed("unclosed CDATA");
            }
        }
    }

    /** Skips a comment or processing instruction; the XML declaration must say UTF-8 if it names an encoding. */
    private void skipPast(String terminator, boolean instruction) throws IOException, Malformed {
        int start = pos;
        while (true) {
            int end = indexOf(terminator, start + 2);
            if (end >= 0) {
                if (instruction) {
                    declaration(start, end);
                }
                pos = end + terminator.length();
                return;
            }
            int before = pos;
            if (!fill(pos)) {
                throw malformed("unclosed " + (instruction ? "processing instruction" : "comment"));
            }
            start = pos + (start - before);
        }
    }

    private void declaration(int start, int end) throws Malformed {
        String text = new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("<?xml ") && !text.startsWith("<?xml\t") && !text.startsWith("<?xml\r")
                && !text.startsWith("<?xml\n")) {
            return;
        }
        if (rootSeen || consumed + start > 3) {
            throw malformed("XML declaration not at the start");
        }
        var encoding = java.util.regex.Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']").matcher(text);
        if (encoding.find() && !encoding.group(1).equalsIgnoreCase("UTF-8") && !encoding.group(1).equalsIgnoreCase("UTF8")) {
            throw malformed("encoding " + encoding.group(1) + " is not UTF-8");
        }
    }

    // ---- buffer

    private int peek() throws IOException, Malformed {
        if (pos >= limit && !fill(pos)) {
            return -1;
        }
        if (!started && consumed == 0 && pos == 0) {
            bom();
            if (pos >= limit && !fill(pos)) {
                return -1;
            }
        }
        return buf[pos] & 0xFF;
    }

    private void bom() throws IOException, Malformed {
        require(1);
        int b0 = buf[0] & 0xFF;
        if (b0 == 0xEF) {
            require(3);
            if ((buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                pos = 3;
            }
        } else if (b0 == 0xFE || b0 == 0xFF || b0 == 0) {
            throw malformed("not UTF-8");
        }
        started = true;
    }

    /** Makes {@code n} bytes from {@code pos} available if the input has them. */
    private void require(int n) throws IOException {
        while (limit - pos < n && fill(pos)) {
            // filled
        }
    }

    /**
     * Reads more input, keeping the bytes from {@code keep} on (moved to the buffer's start, so
     * {@code pos} moves with them); false at the end of the input.
     */
    private boolean fill(int keep) throws IOException {
        if (eof) {
            return false;
        }
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, limit - keep);
            limit -= keep;
            pos -= keep;
            consumed += keep;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    /** The position of the '>' that ends the tag at {@code pos}, quotes heeded; the whole tag is then in the buffer. */
    private int tagEnd() throws IOException, Malformed {
        int p = pos + 1;
        byte quote = 0;
        while (true) {
            while (p < limit) {
                byte b = buf[p];
                if (quote != 0) {
                    if (b == quote) {
                        quote = 0;
                    }
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '>') {
                    return p;
                } else if (b == '<') {
                    throw malformed("'<' inside a tag");
                }
                p++;
            }
            int before = pos;
            if (!fill(pos)) {
                throw malformed("unclosed tag");
            }
            p -= before - pos;
        }
    }

    /** The position of {@code b} within {@code max} bytes of {@code pos}, or -1. */
    private int find(byte b, int max) throws IOException {
        require(max);
        for (int p = pos; p < limit && p < pos + max; p++) {
            if (buf[p] == b) {
                return p;
            }
        }
        return -1;
    }

    private int indexOf(String s, int from) {
        outer:
        for (int p = from; p <= limit - s.length(); p++) {
            for (int i = 0; i < s.length(); i++) {
                if (buf[p + i] != s.charAt(i)) {
                    continue outer;
                }
            }
            return p;
        }
        return -1;
    }

    private boolean startsWith(String s) {
        return limit - pos >= s.length() && matches(pos, pos + s.length(), s);
    }

    private boolean matches(int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---- names and the open elements

    /** The element's name, the canonical string for a known one, so that they compare by identity. */
    private String name(int from, int to) throws Malformed {
        int length = to - from;
        for (int k = 0; k < KNOWN_BYTES.length; k++) {
            byte[] known = KNOWN_BYTES[k];
            if (known.length == length && Arrays.equals(buf, from, to, known, 0, length)) {
                return KNOWN[k];
            }
        }
        String name = new String(buf, from, length, StandardCharsets.UTF_8);
        if (name.indexOf('\uFFFD') >= 0) {
            throw malformed("not UTF-8");
        }
        return name;
    }

    /** {@code x:row} is a {@code row}, whatever its prefix. */
    private static String localName(String name) {
        int colon = name.indexOf(':');
        if (colon < 0) {
            return name;
        }
        String local = name.substring(colon + 1);
        for (String known : KNOWN) {
            if (known.equals(local)) {
                return known;
            }
        }
        return local;
    }

    private boolean sameName(String name, int from, int to) {
        int length = to - from;
        if (name.length() != length) {
            // a non-ASCII name has more bytes than chars
            return new String(buf, from, length, StandardCharsets.UTF_8).equals(name);
        }
        for (int i = 0; i < length; i++) {
            if (buf[from + i] != name.charAt(i)) {
                return new String(buf, from, length, StandardCharsets.UTF_8).equals(name);
            }
        }
        return true;
    }

    private void push(String name) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = name;
    }

    // ---- the value being read

    private void append(byte b) {
        if (valueLength == value.length) {
            value = Arrays.copyOf(value, value.length * 2);
        }
        value[valueLength++] = b;
    }

    private void append(byte[] from, int offset, int length) {
        if (valueLength + length > value.length) {
            value = Arrays.copyOf(value, Math.max(value.length * 2, valueLength + length));
        }
        System.arraycopy(from, offset, value, valueLength, length);
        valueLength += length;
    }

    /** An attribute's value with its entities resolved, appended to the value. */
    private void appendResolved(int from, int to) throws Malformed {
        int i = from;
        while (i < to) {
            if (buf[i] == '&') {
                int semi = i + 1;
                while (semi < to && buf[semi] != ';') {
                    semi++;
                }
                if (semi >= to) {
                    throw malformed("'&' without ';'");
                }
                appendCodePoint(entityValue(i + 1, semi));
                i = semi + 1;
            } else {
                append(buf[i++]);
            }
        }
    }

    private void appendCodePoint(int c) {
        if (c < 0x80) {
            append((byte) c);
        } else if (c < 0x800) {
            append((byte) (0xC0 | c >> 6));
            append((byte) (0x80 | c & 0x3F));
        } else if (c < 0x10000) {
            append((byte) (0xE0 | c >> 12));
            append((byte) (0x80 | c >> 6 & 0x3F));
            append((byte) (0x80 | c & 0x3F));
        } else {
            append((byte) (0xF0 | c >> 18));
            append((byte) (0x80 | c >> 12 & 0x3F));
            append((byte) (0x80 | c >> 6 & 0x3F));
            append((byte) (0x80 | c & 0x3F));
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    private static boolean isNameStart(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_' || b == ':' || b < 0;
    }

    private Malformed malformed(String message) {
        return new Malformed(message, consumed + pos);
    }
}
