package vn.dangvu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableGridTest {

    private static List<String> names(String text, TableGrid.Table t) {
        return t.columns().stream().map(c -> String.join(" / ", c.heading().stream()
                .map(h -> text.substring(h.start(), h.end())).toList())).toList();
    }

    private static List<String> cells(String text, TableGrid.Row r) {
        return r.cells().stream().map(c -> text.substring(c.start(), c.end())).toList();
    }

    @Test
    void aHeadingOverTwoRowsSpansTheColumnsUnderItAndColumnNumbersAreSkipped() {
        String text = """
                Biểu 01
                TT | Chi bộ | Kết nạp | | Ghi chú
                | | Kế hoạch | Thực hiện |
                (1) | (2) | (3) | (4) | (5)
                1 | Thôn 1 | 4 | 5 |
                | Cộng | 4 | 5 | mới
                """;
        List<TableGrid.Table> tables = TableGrid.tables(text);
        assertThat(tables).hasSize(1);
        TableGrid.Table t = tables.get(0);
        assertThat(names(text, t)).containsExactly("TT", "Chi bộ", "Kết nạp / Kế hoạch", "Kết nạp / Thực hiện", "Ghi chú");
        assertThat(t.rows()).hasSize(2);
        assertThat(cells(text, t.rows().get(0))).containsExactly("1", "Thôn 1", "4", "5", "");
        assertThat(cells(text, t.rows().get(1))).containsExactly("", "Cộng", "4", "5", "mới");
    }

    @Test
    void columnsAlignedBySpacesAreReadWhereTheirWordsStand() {
        String text = """
                TT   Nội dung                 Kế hoạch   Thực hiện   Thực hiện
                                              (TCĐ)      (TCĐ)       (ĐV)
                1    Kiểm tra thường xuyên       6          6           12
                2    Kiểm tra khi có dấu hiệu    -          1            4
                     Cộng kiểm tra               6          7           16
                """;
        List<TableGrid.Table> tables = TableGrid.tables(text);
        assertThat(tables).hasSize(1);
        TableGrid.Table t = tables.get(0);
        assertThat(names(text, t)).containsExactly("TT", "Nội dung", "Kế hoạch / (TCĐ)", "Thực hiện / (TCĐ)",
                "Thực hiện / (ĐV)");
        assertThat(cells(text, t.rows().get(1))).containsExactly("2", "Kiểm tra khi có dấu hiệu", "-", "1", "4");
        assertThat(cells(text, t.rows().get(2))).containsExactly("", "Cộng kiểm tra", "6", "7", "16");
    }

    @Test
    void aDividerDrawnInAnAlignedTableAndAHeadingWordAloneOnItsLineKeepTheColumns() {
        String text = """
                                               Kế hoạch  |     Thực hiện
                TT  Nội dung                    (cả kỳ)  |  Đảng ủy,   UBKT    Cộng
                                                         |    BTV
                1   Kiểm tra tổ chức đảng           5    |     4         1       5
                2   Kiểm tra đảng viên             38    |     6         2      39
                """;
        List<TableGrid.Table> tables = TableGrid.tables(text);
        assertThat(tables).hasSize(1);
        TableGrid.Table t = tables.get(0);
        assertThat(t.columns()).hasSize(6);
        assertThat(cells(text, t.rows().get(1))).containsExactly("2", "Kiểm tra đảng viên", "38", "6", "2", "39");
    }

    @Test
    void proseAndLabelValueLinesAreNoTables() {
        String text = """
                Đảng bộ có 38 chi bộ trực thuộc với 2.416 đảng viên.
                - Kết nạp: 12 đồng chí
                - Chuyển đến: 3 đồng chí
                """;
        assertThat(TableGrid.tables(text)).isEmpty();
    }
}
