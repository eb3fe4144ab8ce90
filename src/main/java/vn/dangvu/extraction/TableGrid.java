package vn.dangvu.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tables of a report whose cells are set apart by "|" — as written in text, and as {@link ReportReader} writes
 * the rows of Word and HTML tables and tab-separated lines. A table is a block of such lines: its heading rows (one or
 * more, the names of a column read top to bottom, a name written once over the columns it spans carried to each of
 * them), a row of column numbers that is skipped, then its body rows, each cell kept in its column and an empty cell
 * kept empty. Only the structure is read here; what the columns count is for {@link ReportLines}.
 */
final class TableGrid {

    /** A cell's place in the text, blanks trimmed; an empty cell has {@code start == end}. */
    record Cell(int start, int end) {
        boolean empty() {
            return start >= end;
        }
    }

    /** A column: its heading cells, top to bottom, none empty. */
    record Column(List<Cell> heading) {
    }

    /** A body row: its line and one cell per column (an empty cell where the row has none). */
    record Row(int start, int end, List<Cell> cells) {
    }

    /** A table: its lines from the first heading row to the last body row, its columns and its body rows. */
    record Table(int start, int end, List<Column> columns, List<Row> rows) {
    }

    /** A cell that is a number, a ratio or a percentage, or a mark for none ("-", "–", "x"). */
    private static final Pattern VALUE_CELL = Pattern.compile("(?:[≥≤<>]=?\\s*)?(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?"
            + "(?:\\s*/\\s*\\d[\\d.]*)?\\s*%?|[-–—x]|\\.{2,}");
    /** A cell of a row of column numbers: "1", "(2)", "A", "3=1+2". */
    private static final Pattern NUMBERING_CELL = Pattern.compile("\\(?(?:\\d{1,2}|[a-z])\\)?(?:\\s*=\\s*[\\d()+\\-*/x ]+)?");

    private final String text;

    private TableGrid(String text) {
        this.text = dividersAsSpaces(text);
    }

    /** A cell of a "|" line that holds columns set apart by spaces: the "|" only divides an aligned table. */
    private static final Pattern ALIGNED_CELL = Pattern.compile("[^|\\s]\\s{3,}[^|\\s]");

    /**
     * "Nội dung  Kế hoạch  |  Đảng ủy   UBKT   Cộng": a table aligned by spaces with a "|" drawn between its plan and its
     * results is read as aligned columns, the "|" as a space (offsets stay as they are).
     */
    private static String dividersAsSpaces(String text) {
        StringBuilder out = null;
        List<int[]> run = new ArrayList<>(); // consecutive lines holding "|"
        boolean aligned = false;
        int at = 0;
        while (at <= text.length()) {
            int le = text.indexOf('\n', at);
            le = le < 0 ? text.length() : le;
            int bar = text.indexOf('|', at);
            boolean barred = bar >= 0 && bar < le;
            if (barred) {
                run.add(new int[] {at, le});
                for (String cell : text.substring(at, le).split("\\|")) {
                    aligned |= ALIGNED_CELL.matcher(cell.strip()).find();
                }
            }
            if (!barred || le == text.length()) {
                if (aligned) {
                    out = out == null ? new StringBuilder(text) : out;
                    for (int[] l : run) {
                        for (int i = l[0]; i < l[1]; i++) {
                            if (text.charAt(i) == '|') {
                                out.setCharAt(i, ' ');
                            }
                        }
                    }
                }
                run.clear();
                aligned = false;
            }
            at = le + 1;
        }
        return out == null ? text : out.toString();
    }

    /** The tables of a text (folded or not: only "|", digits and line breaks are read). */
    static List<Table> tables(String text) {
        return new TableGrid(text).find();
    }

    private List<Table> find() {
        List<Table> out = new ArrayList<>();
        List<int[]> block = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int le = text.indexOf('\n', at);
            le = le < 0 ? text.length() : le;
            List<Cell> cells = cells(at, le);
            if (cells.size() >= 2 && separator(cells)) {
                at = le + 1; // "|---|:---:|": the line under a Markdown table's heading
                continue;
            }
            if (cells.size() >= 2) {
                block.add(new int[] {at, le});
            } else {
                read(block, out);
                block.clear();
            }
            at = le + 1;
        }
        read(block, out);
        aligned(out);
        return out;
    }

    // ---- Tables whose columns are aligned by spaces, as a PDF's text layer or a typed report gives them ----------

    /** A run of words inside a line, set apart from the next by two spaces or more: offsets in the text. */
    private record Segment(int start, int end, int from, int to) { // from, to: columns from the line's start
    }

    private static final Pattern GAP = Pattern.compile("\\S+(?: \\S+)*");

    private List<Segment> segments(int ls, int le) {
        List<Segment> out = new ArrayList<>();
        var m = GAP.matcher(text).region(ls, le);
        while (m.find()) {
            out.add(new Segment(m.start(), m.end(), m.start() - ls, m.end() - ls));
        }
        return out;
    }

    /**
     * Blocks of lines whose words stand in columns: three rows or more of three runs of words, set apart by two spaces
     * or more, two of them with numbers. The columns are where the rows' runs stand; a heading's words over several
     * columns span them.
     */
    private void aligned(List<Table> out) {
        List<int[]> lines = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int le = text.indexOf('\n', at);
            le = le < 0 ? text.length() : le;
            lines.add(new int[] {at, le});
            at = le + 1;
        }
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && (alignedLine(lines.get(j)) || j > i && j + 1 < lines.size()
                    && continuedHeading(lines.get(j)) && alignedLine(lines.get(j + 1)))) {
                j++;
            }
            if (j - i >= 3) {
                Table t = alignedTable(lines.subList(i, j));
                if (t != null && out.stream().noneMatch(o -> o.start() < t.end() && t.start() < o.end())) {
                    out.add(t);
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** "                BTV": the last word of a heading over two lines, alone on its line, indented under its column. */
    private boolean continuedHeading(int[] line) {
        String l = text.substring(line[0], line[1]);
        return l.indexOf('|') < 0 && l.startsWith("    ") && segments(line[0], line[1]).size() == 1
                && !l.matches(".*\\d.*");
    }

    private boolean alignedLine(int[] line) {
        String l = text.substring(line[0], line[1]);
        return l.indexOf('|') < 0 && !l.isBlank() && segments(line[0], line[1]).size() >= 2 && l.strip().contains("  ");
    }

    private Table alignedTable(List<int[]> block) {
        List<List<Segment>> rows = new ArrayList<>();
        for (int[] l : block) {
            rows.add(segments(l[0], l[1]));
        }
        int firstBody = -1;
        int numbered = 0;
        for (int r = 0; r < rows.size(); r++) {
            boolean numbers = false;
            for (int k = 1; k < rows.get(r).size(); k++) {
                Segment s = rows.get(r).get(k);
                numbers |= number(new Cell(s.start(), s.end()));
            }
            if (numbers) {
                numbered++;
                firstBody = firstBody < 0 ? r : firstBody;
            }
        }
        if (firstBody < 1 || numbered < 2) {
            return null; // no heading, or too few rows of numbers to be a table
        }
        // The columns: the body rows' runs, merged where they overlap, widened to hold each.
        List<int[]> columns = new ArrayList<>();
        for (int r = firstBody; r < rows.size(); r++) {
            for (Segment s : rows.get(r)) {
                int[] hit = null;
                for (int[] c : columns) {
                    if (s.from() < c[1] && c[0] < s.to()) {
                        hit = c;
                        break;
                    }
                }
                if (hit == null) {
                    columns.add(new int[] {s.from(), s.to()});
                } else {
                    hit[0] = Math.min(hit[0], s.from());
                    hit[1] = Math.max(hit[1], s.to());
                }
            }
        }
        columns.sort(java.util.Comparator.comparingInt(c -> c[0]));
        for (int k = 1; k < columns.size(); k++) {
            if (columns.get(k)[0] < columns.get(k - 1)[1]) {
                return null; // runs that do not stand in columns
            }
        }
        if (columns.size() < 3) {
            return null;
        }
        List<List<Cell>> heading = new ArrayList<>();
        for (int r = 0; r < firstBody; r++) {
            Cell[] cells = new Cell[columns.size()];
            for (Segment s : rows.get(r)) {
                boolean placed = false;
                for (int k = 0; k < columns.size(); k++) {
                    if (s.from() < columns.get(k)[1] && columns.get(k)[0] < s.to() && cells[k] == null) {
                        cells[k] = new Cell(s.start(), s.end()); // a heading over several columns spans them
                        placed = true;
                    }
                }
                if (!placed) {
                    cells[nearest(columns, s)] = new Cell(s.start(), s.end());
                }
            }
            List<Cell> row = new ArrayList<>();
            int end = block.get(r)[1];
            for (Cell c : cells) {
                row.add(c == null ? new Cell(end, end) : c);
            }
            heading.add(row);
        }
        List<Row> body = new ArrayList<>();
        for (int r = firstBody; r < rows.size(); r++) {
            int end = block.get(r)[1];
            Cell[] cells = new Cell[columns.size()];
            for (Segment s : rows.get(r)) {
                int k = nearest(columns, s);
                cells[k] = cells[k] == null ? new Cell(s.start(), s.end()) : new Cell(cells[k].start(), s.end());
            }
            List<Cell> row = new ArrayList<>();
            for (Cell c : cells) {
                row.add(c == null ? new Cell(end, end) : c);
            }
            body.add(new Row(block.get(r)[0], end, List.copyOf(row)));
        }
        int start = block.get(0)[0];
        return new Table(start, block.get(block.size() - 1)[1], columns(heading, columns.size()), List.copyOf(body));
    }

    /** The column a run stands in: the one it overlaps most, else the nearest. */
    private static int nearest(List<int[]> columns, Segment s) {
        int best = 0;
        int bestScore = Integer.MIN_VALUE;
        for (int k = 0; k < columns.size(); k++) {
            int[] c = columns.get(k);
            int overlap = Math.min(c[1], s.to()) - Math.max(c[0], s.from());
            if (overlap > bestScore) {
                bestScore = overlap;
                best = k;
            }
        }
        return best;
    }

    private boolean separator(List<Cell> cells) {
        // "|---|---|": the empty cells outside the end marks are no cells of the separator
        List<String> marks = cells.stream().map(c -> of(c).strip()).filter(c -> !c.isEmpty()).toList();
        return marks.size() >= 2 && marks.stream().allMatch(c -> c.matches(":?-{2,}:?|[=_]{2,}"));
    }

    /** Whether the block being read writes its rows between "|" marks ("| a | b |"): then its end marks are no cells. */
    private boolean bordered;

    /** The cells of a line that holds "|", the marks at its ends dropped in a bordered block; none for other lines. */
    List<Cell> cells(int ls, int le) {
        List<Cell> out = new ArrayList<>();
        if (text.indexOf('|', ls) < 0 || text.indexOf('|', ls) >= le) {
            return out;
        }
        int start = ls;
        for (int i = ls; i <= le; i++) {
            if (i == le || text.charAt(i) == '|') {
                out.add(trimmed(start, i));
                start = i + 1;
            }
        }
        if (!out.isEmpty() && out.get(0).empty() && bordered) {
            out.remove(0);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).empty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private Cell trimmed(int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Cell(s, e);
    }

    private String of(Cell c) {
        return text.substring(c.start(), c.end());
    }

    private boolean value(Cell c) {
        return !c.empty() && VALUE_CELL.matcher(of(c)).matches();
    }

    private boolean number(Cell c) {
        return value(c) && Character.isDigit(of(c).replaceAll("^[≥≤<>=\\s]+", "").charAt(0));
    }

    /** A block of cell lines: heading rows until the first row with a number, then body rows; several tables in turn. */
    private void read(List<int[]> block, List<Table> out) {
        bordered = !block.isEmpty() && block.stream().allMatch(l -> text.substring(l[0], l[1]).strip().startsWith("|"));
        int i = 0;
        while (i < block.size()) {
            List<List<Cell>> heading = new ArrayList<>();
            int headingStart = block.get(i)[0];
            while (i < block.size() && !holdsNumbers(block.get(i)) && !(numbering(block.get(i)) && !heading.isEmpty())) {
                heading.add(cells(block.get(i)[0], block.get(i)[1]));
                i++;
            }
            if (i < block.size() && !heading.isEmpty() && numbering(block.get(i))) {
                i++; // "(1) | (2) | (3)": the columns' numbers
            }
            List<int[]> body = new ArrayList<>();
            while (i < block.size() && (body.isEmpty() || holdsNumbers(block.get(i)) || !headingAgain(block, i))) {
                body.add(block.get(i));
                i++;
            }
            if (heading.isEmpty() || body.isEmpty()) {
                continue;
            }
            int width = 0;
            for (List<Cell> h : heading) {
                width = Math.max(width, h.size());
            }
            for (int[] b : body) {
                width = Math.max(width, cells(b[0], b[1]).size());
            }
            List<Column> columns = columns(heading, width);
            List<Row> rows = new ArrayList<>();
            for (int[] b : body) {
                List<Cell> cells = new ArrayList<>(cells(b[0], b[1]));
                while (cells.size() < width) {
                    cells.add(new Cell(b[1], b[1]));
                }
                rows.add(new Row(b[0], b[1], List.copyOf(cells)));
            }
            out.add(new Table(headingStart, body.get(body.size() - 1)[1], columns, List.copyOf(rows)));
        }
    }

    /** A row that breaks a body: it holds no number and the row after it is numbering or starts a new heading. */
    private boolean headingAgain(List<int[]> block, int i) {
        return i + 1 < block.size() && (numbering(block.get(i + 1)) || !holdsNumbers(block.get(i + 1)));
    }

    /** Whether a line holds a value cell that is not in its first column (the label's or the ordinal's). */
    private boolean holdsNumbers(int[] line) {
        List<Cell> cells = cells(line[0], line[1]);
        if (numbering(line)) {
            return false;
        }
        for (int c = 1; c < cells.size(); c++) {
            if (number(cells.get(c)) || WORDED.matcher(of(cells.get(c))).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A value written with its unit ("5 tổ chức", "02 lớp 86 học viên"), not a period's name ("30 năm", "6 tháng"). */
    private static final Pattern WORDED = Pattern.compile("(?:gan |hon |tren |khoang )?\\d[\\d.,/]*\\s+(?!nam|thang|quy|ngay)[a-z].*");

    /** "1 | 2 | 3 | 4", "(1) | (2) | (3)", "A | B | 1 | 2": a row of the columns' numbers, in order. */
    private boolean numbering(int[] line) {
        List<Cell> cells = cells(line[0], line[1]);
        int numbered = 0;
        int previous = 0;
        for (Cell c : cells) {
            if (c.empty()) {
                continue;
            }
            String s = of(c).toLowerCase();
            if (!NUMBERING_CELL.matcher(s).matches()) {
                return false;
            }
            String d = s.replaceAll("^\\(", "").replaceAll("[^0-9].*$", "");
            if (!d.isEmpty()) {
                int n = Integer.parseInt(d);
                if (n <= previous) {
                    return false;
                }
                previous = n;
                numbered++;
            }
        }
        return numbered >= 2;
    }

    /**
     * Each column's heading cells, top to bottom. An empty cell of an upper row under which the row below names
     * several columns takes the name written to its left: that name spans them ("Kết nạp | | " over "2024 | 2025").
     */
    private static List<Column> columns(List<List<Cell>> heading, int width) {
        int rows = heading.size();
        Cell[][] grid = new Cell[rows][width];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                grid[r][c] = c < heading.get(r).size() ? heading.get(r).get(c) : null;
            }
        }
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 1; c < width; c++) {
                boolean empty = grid[r][c] == null || grid[r][c].empty();
                boolean below = grid[r + 1][c] != null && !grid[r + 1][c].empty();
                if (empty && below && grid[r][c - 1] != null && !grid[r][c - 1].empty()) {
                    grid[r][c] = grid[r][c - 1];
                }
            }
        }
        List<Column> out = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<Cell> cells = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                if (grid[r][c] != null && !grid[r][c].empty() && (cells.isEmpty() || !cells.get(cells.size() - 1).equals(grid[r][c]))) {
                    cells.add(grid[r][c]);
                }
            }
            out.add(new Column(List.copyOf(cells)));
        }
        return List.copyOf(out);
    }
}
