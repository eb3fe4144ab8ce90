package vn.dangvu.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The worksheet's pull reader: what Excel, LibreOffice and other programs write, read the same however
 * the bytes arrive (one at a time, in odd pieces, all at once), and what is not well-formed refused.
 */
class SheetXmlTest {

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

    /** Hands the bytes over {@code piece} at a time, as a zip entry's inflater may. */
    static InputStream inPieces(byte[] bytes, int piece) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, piece));
            }
        };
    }

    static List<String> events(String xml, int piece) throws Exception {
        return events(xml.getBytes(StandardCharsets.UTF_8), piece);
    }

    static List<String> events(byte[] xml, int piece) throws Exception {
        SheetXml reader = new SheetXml(inPieces(xml, piece));
        List<String> out = new ArrayList<>();
        while (true) {
            SheetXml.Event event = reader.next();
            switch (event) {
                case DIMENSION -> out.add("dimension " + reader.text());
                case ROW -> out.add("row " + reader.row());
                case CELL -> out.add(reader.column() + " " + reader.type() + " s" + reader.style() + " "
                        + (reader.type() == SheetXml.CellType.SHARED_STRING ? "#" + reader.index() : reader.text()));
                case ROW_END -> out.add("end " + reader.row());
                case END -> {
                    return out;
                }
            }
        }
    }

    /** The same events whatever pieces the bytes come in. */
    static List<String> read(String xml) throws Exception {
        List<String> whole = events(xml, Integer.MAX_VALUE);
        for (int piece : new int[] {1, 2, 3, 7, 64}) {
            assertThat(events(xml, piece)).as("in pieces of %d bytes", piece).isEqualTo(whole);
        }
        return whole;
    }

    @Test
    void cellsComeWithTheirColumnTypeStyleAndValue() throws Exception {
        assertThat(read(HEAD + "<dimension ref=\"A1:D2\"/><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\" s=\"3\"><v>7</v></c><c r=\"D1\" s=\"12\"><v>45000</v></c></row>"
                + "<row r=\"2\"><c r=\"B2\" t=\"b\"><v>1</v></c><c r=\"C2\" t=\"n\"><v>2.5E-3</v></c></row>"
                + "</sheetData></worksheet>")).containsExactly(
                        "dimension A1:D2",
                        "row 1", "0 SHARED_STRING s3 #7", "3 NUMBER s12 45000", "end 1",
                        "row 2", "1 BOOLEAN s0 1", "2 NUMBER s0 2.5E-3", "end 2");
    }

    @Test
    void rowsAndCellsWithoutReferencesFollowThePreviousOnes() throws Exception {
        assertThat(read(HEAD + "<sheetData><row r=\"4\"><c><v>1</v></c><c/><c><v>3</v></c></row>"
                + "<row><c r=\"AB5\"><v>9</v></c><c><v>10</v></c></row></sheetData></worksheet>")).containsExactly(
                        "row 4", "0 NUMBER s0 1", "1 NUMBER s0 null", "2 NUMBER s0 3", "end 4",
                        "row 5", "27 NUMBER s0 9", "28 NUMBER s0 10", "end 5");
    }

    @Test
    void inlineAndFormulaStringsAreTextAndPhoneticReadingsAreLeftOut() throws Exception {
        assertThat(read(HEAD + "<sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>Nguyễn Văn An</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>Trần </t></r><r><t xml:space=\"preserve\">Thị  Bình</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></is></c>"
                + "<c r=\"C1\" t=\"str\"><f>CONCAT(\"a\",\"b\")</f><v>ab</v></c>"
                + "<c r=\"D1\" t=\"e\"><v>#N/A</v></c>"
                + "</row></sheetData></worksheet>")).containsExactly(
                        "row 1", "0 TEXT s0 Nguyễn Văn An", "1 TEXT s0 Trần Thị  Bình", "2 TEXT s0 ab",
                        "3 TEXT s0 #N/A", "end 1");
    }

    @Test
    void entitiesCharacterReferencesCdataAndLineEndsAreResolved() throws Exception {
        assertThat(read(HEAD + "<sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Ph&#432;&#x1edd;ng &#x1F600;</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t><![CDATA[a <b> & c]]>!</t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>one\r\ntwo\rthree&#13;</t></is></c>"
                + "</row></sheetData></worksheet>")).containsExactly(
                        "row 1", "0 TEXT s0 <b> & \"x\" 'y'", "1 TEXT s0 Phường \uD83D\uDE00", "2 TEXT s0 a <b> & c!",
                        "3 TEXT s0 one\ntwo\nthree\r", "end 1");
    }

    @Test
    void prefixesCommentsInstructionsQuotesAndSpacesAreXmlAsAnyOther() throws Exception {
        assertThat(read("\uFEFF<?xml version='1.0' encoding='utf-8'?><!-- by a program -->"
                + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<?mso-application progid=\"Excel.Sheet\"?><x:sheetData>\n  <x:row r = '2' spans=\"1:2\" >"
                + "<!-- a > comment --><x:c r='B2' t='s' ><x:v> 12 </x:v></x:c>\n  </x:row >\n</x:sheetData></x:worksheet >\n"))
                .containsExactly("row 2", "1 SHARED_STRING s0 #12", "end 2");
    }

    @Test
    void sharedStringsJoinTheirRunsWithoutThePhoneticReadings() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst count=\"4\" uniqueCount=\"4\">"
                + "<si><t>Họ và tên</t></si>"
                + "<si><r><t>Đảng </t></r><r><rPr><i/></rPr><t>viên</t></r><rPh><t>x</t></rPh></si>"
                + "<si/><si><t/></si><si><t>A&amp;B</t></si></sst>";
        for (int piece : new int[] {1, 5, Integer.MAX_VALUE}) {
            assertThat(SheetXml.sharedStrings(inPieces(xml.getBytes(StandardCharsets.UTF_8), piece)))
                    .containsExactly("Họ và tên", "Đảng viên", "", "", "A&B");
        }
    }

    @Test
    void aValueLongerThanTheBufferIsReadWhole() throws Exception {
        String longText = "Đ".repeat(200_000);
        String longAttribute = "x".repeat(100_000);
        assertThat(events(HEAD + "<sheetData><row r=\"1\" spans=\"" + longAttribute + "\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                + longText + "</t></is></c></row></sheetData></worksheet>", Integer.MAX_VALUE))
                .containsExactly("row 1", "0 TEXT s0 " + longText, "end 1");
    }

    @Test
    void aSharedStringIndexIsAWholeNumberOrNone() throws Exception {
        assertThat(read(HEAD + "<sheetData><row r=\"1\"><c t=\"s\"><v>x</v></c><c t=\"s\"><v>-1</v></c>"
                + "<c t=\"s\"><v>12345678901</v></c></row></sheetData></worksheet>"))
                .containsExactly("row 1", "0 SHARED_STRING s0 #-1", "1 SHARED_STRING s0 #-1",
                        "2 SHARED_STRING s0 #-1", "end 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "<worksheet><sheetData><row r=\"1\"></sheetData></worksheet>",
            "<worksheet><sheetData>",
            "<worksheet></worksheet><worksheet/>",
            "<worksheet/>trailing text",
            "<worksheet><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row></worksheet>",
            "<worksheet><row r=\"1\"><c><v>&#0;</v></c></row></worksheet>",
            "<worksheet><row r=\"1\"><c><v>a & b</v></c></row></worksheet>",
            "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet>&x;</worksheet>",
            "<worksheet><row r=1></row></worksheet>",
            "<worksheet><row r=\"1\" r2></row></worksheet>",
            "<worksheet><row r=\"1<\"></row></worksheet>",
            "<worksheet><row r=\"x\"></row></worksheet>",
            "<worksheet><c s=\"1\"t=\"s\"/></worksheet>",
            "<worksheet><!-- unclosed </worksheet>",
            "<worksheet><c><v><![CDATA[unclosed</v></c></worksheet>",
            "<worksheet><c",
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet/>",
            "<worksheet/><?xml version=\"1.0\"?>",
            "</worksheet>",
            "<1worksheet/>",
    })
    void whatIsNotWellFormedIsRefused(String xml) {
        assertThatThrownBy(() -> events(xml, Integer.MAX_VALUE)).isInstanceOf(SheetXml.Malformed.class);
        assertThatThrownBy(() -> events(xml, 1)).isInstanceOf(SheetXml.Malformed.class);
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = (HEAD + "<sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>Ph\u00e9</t></is></c></row>"
                + "</sheetData></worksheet>").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> events(latin1, Integer.MAX_VALUE)).isInstanceOf(SheetXml.Malformed.class);
        byte[] utf16 = "<worksheet/>".getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> events(utf16, Integer.MAX_VALUE)).isInstanceOf(SheetXml.Malformed.class);
        byte[] truncated = HEAD.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> events(truncated, 3)).isInstanceOf(SheetXml.Malformed.class);
    }

    @Test
    void anInputStreamThatFailsFailsTheReader() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("inflater broke");
            }
        };
        assertThatThrownBy(() -> new SheetXml(broken).next()).isInstanceOf(IOException.class);
    }
}
