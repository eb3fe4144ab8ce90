package vn.dangvu.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dangvu.extraction.Extraction.Document;
import vn.dangvu.extraction.Extraction.Event;
import vn.dangvu.extraction.Extraction.Furniture;
import vn.dangvu.extraction.Extraction.Mention;
import vn.dangvu.extraction.Extraction.Person;

/**
 * The rules for everything but figures: page furniture, the reporting unit and its superior, the term,
 * the event and its day, the people named with their titles, and the documents cited.
 */
final class FactRules {

    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{Ll}]*|\\p{Lu}+)";
    /** Words that may stand inside a unit's name besides capitalized ones. */
    private static final String NAME_LINK = "(?:các|và|xã|phường|thị trấn|thành phố|tỉnh|huyện|quận|thị xã|cơ quan|"
            + "doanh nghiệp|khối|công ty|trường|bệnh viện|sở|ban|ấp|khu phố|Khu phố|số|\\d+)";
    private static final Pattern UNIT = Pattern.compile(
            "(Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|ĐẢNG ỦY|ĐẢNG BỘ|CHI BỘ)((?:\\s+(?:" + NAME_WORD + "|" + NAME_LINK + "))+)");
    /** The unit that holds the event: its name runs up to "tổ chức". */
    private static final Pattern HOLDER = Pattern.compile(
            "(Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ)((?:\\s+[\\p{L}\\d]+){1,12}?)(?=\\s+(?:đã\\s+)?(?:long trọng\\s+)?tổ chức\\b)");
    private static final Pattern SUPERIOR = Pattern.compile(
            "(?:của|chỉ đạo của)\\s+((?:Đảng ủy|Đảng uỷ|Ban Thường vụ|Ban Tổ chức|Ban Tuyên giáo|Ủy ban Kiểm tra|Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy)"
                    + "(?:\\s+(?:" + NAME_WORD + "|" + NAME_LINK + "))*)");
    private static final Pattern COMMITTEE = Pattern.compile(
            "(?:Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy Khối)(?:\\s+" + NAME_WORD + ")*");
    private static final Pattern TERM = Pattern.compile(
            "nhiệm kỳ\\s+(\\d{4})\\s*[-–—]\\s*(\\d{4})|(?:khóa|khoá)\\s+([IVXLC]+)\\b|lần thứ\\s+([IVXLC]+)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})|ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERSON = Pattern.compile(
            "(?:đồng chí|Đồng chí|ĐỒNG CHÍ)\\s+(?:(?:Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thiếu tướng|Trung tướng|Đại tướng|GS\\.?|PGS\\.?|TS\\.?|ThS\\.?)\\s+)?"
                    + "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){1,4})");
    private static final Pattern TITLE_STOP = Pattern.compile(
            "\\s+(?:đến dự|dự và|dự hội nghị|phát biểu|giữ chức|chủ trì|đã|trao|tặng|làm|cho biết|nhấn mạnh)(?=[\\s,.;]|$)|[.;(\\n]");
    private static final Pattern DOCUMENT = Pattern.compile(
            "(Hướng dẫn|Kế hoạch|Công văn|Nghị quyết|Quyết định|Chỉ thị|Kết luận|Quy định|Thông báo|Báo cáo|Thông tri)"
                    + "\\s+số\\s+([\\w\\-/Đđ]+)(?:\\s*,?\\s*ngày\\s+([\\d/]+|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}))?"
                    + "(?:\\s+của\\s+([^,.;\\n]+?))?(?=\\s+về(?=\\s)|[,.;\\n]|$)");
    private static final Pattern RESOLUTION = Pattern.compile(
            "Nghị quyết(?: Hội nghị)? Trung ương\\s+\\d+(?:\\s*,\\s*\\d+)*(?:\\s*\\(?(?:khóa|khoá)\\s+[IVXLC]+\\)?)?");
    private static final List<String[]> EVENTS = List.of(
            new String[] {"review.halfYear", "sơ kết (?:công tác[^.\\n]{0,40})?6 tháng|sơ kết 6 tháng|sơ kết sáu tháng"},
            new String[] {"review.midTerm", "sơ kết giữa nhiệm kỳ|sơ kết[^.\\n]{0,60}giữa nhiệm kỳ"},
            new String[] {"review.term", "tổng kết[^.\\n]{0,30}(?:nhiệm kỳ|5 năm thực hiện)|tổng kết 5 năm"},
            new String[] {"review.year", "tổng kết(?: công tác)?[^.\\n]{0,40}năm(?: học)? \\d{4}"},
            new String[] {"congress", "Đại hội(?: Đảng bộ| Chi bộ| đại biểu)?[^.\\n]{0,40}lần thứ [IVXLC]+|tổ chức Đại hội"},
            new String[] {"meeting.themed", "sinh hoạt chuyên đề"},
            new String[] {"meeting.monthly", "sinh hoạt thường kỳ"},
            new String[] {"training.resolution", "học tập, quán triệt|học tập và quán triệt"});
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?m)^(?:(?:Lượt xem|Lượt đọc|Số lượt xem|Lượt truy cập|Bình luận|Chia sẻ|In bài|Gửi bài)\\b.*"
                    + "|(?:Tin,? ảnh|Tin và ảnh|Bài,? ảnh|Bài và ảnh|Ảnh|Tác giả|Phóng viên|Nguồn|PV|Theo)\\s*[:：]?\\s*.{0,80}"
                    + "|\\((?:Ảnh|ảnh)[^)]*\\)\\s*"
                    + "|(?:Thứ \\p{L}+|Chủ nhật),?\\s*\\d{1,2}/\\d{1,2}/\\d{4}.*"
                    + "|\\d{1,2}:\\d{2}\\s*[-–]\\s*\\d{1,2}/\\d{1,2}/\\d{4}.*"
                    + "|\\d{1,2}/\\d{1,2}/\\d{4}\\s*[-–]?\\s*\\d{1,2}:\\d{2}.*"
                    + "|\\d+(?=\\p{Lu}{2}).*|\\d{1,7}\\s*|.*MUÔN NĂM!?\\s*)$");

    private final String text;

    FactRules(String text) {
        this.text = text;
    }

    List<Furniture> furniture() {
        List<Furniture> out = new ArrayList<>();
        Matcher m = FURNITURE_LINE.matcher(text);
        while (m.find()) {
            String line = m.group();
            String kind = line.startsWith("Lượt") || line.startsWith("Số lượt") || Character.isDigit(line.charAt(0))
                    && !line.contains(":") ? "counter"
                    : line.matches("(?s).*\\d{1,2}:\\d{2}.*") ? "timestamp"
                    : line.contains("MUÔN NĂM") ? "banner"
                    : line.startsWith("(") ? "caption"
                    : line.startsWith("Bình luận") || line.startsWith("Chia sẻ") || line.startsWith("In bài")
                            || line.startsWith("Gửi bài") ? "widget" : "byline";
            out.add(new Furniture(kind, m.start(), m.end()));
        }
        int related = indexOfLine("Tin liên quan", "Tin cùng chuyên mục", "Tin khác", "Bài liên quan", "Xem thêm",
                "Các tin khác", "Các tin đã đưa", "Tin đã đưa", "Bài viết liên quan", "Tin cùng chủ đề", "Đọc nhiều", "Tin mới");
        if (related >= 0) {
            // The heading and the short items under it, up to the next paragraph of body text.
            int end = related;
            int next;
            do {
                next = text.indexOf("\n\n", end + 1);
                int blockEnd = next < 0 ? text.length() : next;
                String block = text.substring(end, blockEnd).strip();
                if (end > related && block.length() >= 200) {
                    break;
                }
                end = blockEnd;
            } while (next >= 0);
            out.add(new Furniture("related", related, end));
        }
        // A caption: a short sentence broken over lines (each line after the first goes on in lower case), or a short
        // block that names a photo. A heading over its paragraph, or a table written as lines, starts each line anew.
        int start = 0;
        for (String block : text.split("\n\n", -1)) {
            int s = text.indexOf(block, start);
            start = s + block.length();
            String b = block.strip();
            if (b.isEmpty() || s == 0) {
                continue;
            }
            boolean broken = b.contains("\n") && b.length() < 260 && !b.contains("\n\n")
                    && b.lines().skip(1).allMatch(l -> !l.isBlank() && Character.isLowerCase(l.strip().charAt(0)));
            boolean photo = b.length() < 200 && b.matches("(?s)^(?:Ảnh|Hình|Quang cảnh|Toàn cảnh)\\b.*");
            boolean signature = b.length() < 40 && b.matches("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,3}") && start >= text.strip().length() - 1;
            if (broken || photo) {
                out.add(new Furniture("caption", s, s + block.length()));
            } else if (signature) {
                out.add(new Furniture("byline", s, s + block.length()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Furniture::start));
        return out;
    }

    private int indexOfLine(String... headings) {
        for (String h : headings) {
            Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(h) + "\\s*:?\\s*$").matcher(text);
            if (m.find()) {
                return m.start();
            }
        }
        return -1;
    }

    /** The unit that holds the event ("Đảng ủy X tổ chức…"), else the first unit named in the body. */
    Mention unit(boolean[] blocked, int bodyStart) {
        Matcher holder = HOLDER.matcher(text);
        while (holder.find()) {
            if (!blocked[holder.start()] && holder.start() >= bodyStart) {
                return mention(holder.start(), holder.end(2));
            }
        }
        Mention first = null;
        Matcher m = UNIT.matcher(text);
        while (m.find()) {
            if (blocked[m.start()]) {
                continue;
            }
            Mention mention = trimmedUnit(m.start(), m.end());
            if (mention == null) {
                continue;
            }
            String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 20));
            if (m.start() >= bodyStart && after.matches("(?s)\\s*(?:đã\\s+)?(?:tổ chức|long trọng tổ chức).*")) {
                return mention;
            }
            if (first == null && m.start() >= bodyStart) {
                first = mention;
            }
        }
        return first;
    }

    private Mention trimmedUnit(int start, int end) {
        String raw = text.substring(start, end);
        String[] words = raw.split("\\s+");
        // Drop trailing link words and any word after a stop ("tổ chức", "sơ kết" are lower case and not links).
        int keep = words.length;
        while (keep > 1 && words[keep - 1].matches("các|và|xã|phường|tỉnh|huyện|quận|số|\\d+|ban|sở|khối")) {
            keep--;
        }
        if (keep < 2) {
            return null;
        }
        String name = String.join(" ", Arrays.copyOf(words, keep));
        int e = text.indexOf(words[keep - 1], start + name.length() - words[keep - 1].length() - 1) + words[keep - 1].length();
        return new Mention(name.replaceAll("\\s+", " "), start, e, text.substring(start, e));
    }

    /** The superior committee: the issuer of the guidance the report follows, else the committee a guest speaks for. */
    Mention superior(boolean[] blocked, Mention unit) {
        Matcher m = SUPERIOR.matcher(text);
        while (m.find()) {
            if (!blocked[m.start()] && (unit == null || !m.group(1).equals(unit.value()))) {
                return mention(m.start(1), trimEnd(m.start(1), m.end(1)));
            }
        }
        // The committee a guest speaks for, written in full ("Thành ủy Cần Thơ") where the text writes it so.
        Mention best = null;
        Matcher c = COMMITTEE.matcher(text);
        while (c.find()) {
            if (!blocked[c.start()] && (unit == null || !unit.value().contains(c.group()))
                    && (best == null || (c.group().startsWith(best.value()) && c.group().length() > best.value().length()))) {
                best = mention(c.start(), c.end());
            }
        }
        return best;
    }

    private int trimEnd(int start, int end) {
        String s = text.substring(start, end);
        String trimmed = s.replaceAll("(?:\\s+(?:về|các|và|ngày|số|\\d+))+$", "");
        return start + trimmed.length();
    }

    private Mention mention(int start, int end) {
        String t = text.substring(start, end);
        return new Mention(t.replaceAll("\\s+", " "), start, end, t);
    }

    List<Mention> terms(boolean[] blocked) {
        List<Mention> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            if (blocked[m.start()]) {
                continue;
            }
            String value = m.group(1) != null ? m.group(1) + " – " + m.group(2)
                    : m.group(3) != null ? "khóa " + m.group(3) : "lần thứ " + m.group(4);
            if (seen.add(value)) {
                out.add(new Mention(value, m.start(), m.end(), m.group()));
            }
        }
        return out;
    }

    List<Event> events(boolean[] blocked) {
        List<Event> out = new ArrayList<>();
        for (String[] e : EVENTS) {
            Matcher m = Pattern.compile(e[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            while (m.find()) {
                if (blocked[m.start()] || m.start() < firstLineEnd()) {
                    continue;
                }
                int sStart = Math.max(text.lastIndexOf('.', m.start()), text.lastIndexOf('\n', m.start())) + 1;
                LocalDate date = null;
                Matcher d = DATE.matcher(text);
                d.region(sStart, m.start());
                while (d.find()) {
                    date = date(d);
                }
                out.add(new Event(e[0], date, m.start(), m.end(), m.group()));
                break;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Event::start));
        return out;
    }

    private int firstLineEnd() {
        int nl = text.indexOf('\n');
        return nl < 0 ? 0 : nl;
    }

    List<Person> people(boolean[] blocked) {
        List<Person> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Matcher m = PERSON.matcher(text);
        while (m.find()) {
            if (blocked[m.start()]) {
                continue;
            }
            String name = m.group(1);
            int end = m.end(1);
            List<String> titles = new ArrayList<>();
            if (end < text.length() && text.charAt(end) == ',') {
                Matcher stop = TITLE_STOP.matcher(text);
                int titleEnd = stop.find(end) ? stop.start() : text.length();
                for (String t : text.substring(end + 1, titleEnd).split(",")) {
                    if (!t.isBlank()) {
                        titles.add(t.strip());
                    }
                }
                end = titleEnd;
            }
            if (seen.add(name)) {
                out.add(new Person(name, titles, m.start(), end, text.substring(m.start(), end)));
            }
        }
        return out;
    }

    List<Document> documents(boolean[] blocked) {
        List<Document> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Matcher m = DOCUMENT.matcher(text);
        while (m.find()) {
            if (blocked[m.start()]) {
                continue;
            }
            LocalDate date = null;
            if (m.group(3) != null) {
                Matcher d = DATE.matcher(m.group(3).contains("/") ? m.group(3) : "ngày " + m.group(3));
                if (d.find()) {
                    date = date(d);
                }
            }
            String issuer = m.group(4) == null ? null : m.group(4).strip();
            if (seen.add(m.group(1) + m.group(2))) {
                out.add(new Document(m.group(1), m.group(2), date, issuer, m.start(), m.end(), m.group()));
            }
        }
        Matcher r = RESOLUTION.matcher(text);
        while (r.find()) {
            if (!blocked[r.start()] && seen.add(r.group())) {
                out.add(new Document("Nghị quyết", r.group().replaceFirst("^Nghị quyết(?: Hội nghị)? ", ""), null,
                        "Ban Chấp hành Trung ương", r.start(), r.end(), r.group()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Document::start));
        return out;
    }

    private static LocalDate date(Matcher d) {
        try {
            if (d.group(1) != null) {
                return LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
            }
            return LocalDate.of(Integer.parseInt(d.group(6)), Integer.parseInt(d.group(5)), Integer.parseInt(d.group(4)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
