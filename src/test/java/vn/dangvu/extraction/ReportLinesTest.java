package vn.dangvu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import vn.dangvu.extraction.Extraction.Figure;

/**
 * The list and table lines of an administrative report (báo cáo), in fragments written for these tests: each is
 * put under a report's header block and read whole, and must give exactly the figures listed as "kind=value"
 * (none for a distractor). Conventions as in src/test/resources/extraction/fresh/README.md.
 */
class ReportLinesTest {

    static final String HEADER = """
            ĐẢNG BỘ TỈNH QUẢNG TRỊ
            ĐẢNG ỦY XÃ HẢI PHONG
            *
            Số 15-BC/ĐU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Hải Phong, ngày 20 tháng 6 năm 2026
            BÁO CÁO
            Kết quả công tác xây dựng Đảng 6 tháng đầu năm 2026

            """;

    static List<String> figures(String fragment) {
        String text = ReportReaderAccess.normalize(HEADER + fragment);
        Extraction e = ReportExtractor.extract(text, "text", null);
        for (Figure f : e.figures()) {
            assertThat(e.text().substring(f.start(), f.end())).isEqualTo(f.text());
        }
        return e.figures().stream().map(f -> f.kind() + "=" + f.value().stripTrailingZeros().toPlainString()).toList();
    }

    /** Every case: the fragment, then the figures it must give. */
    static final String[][] CASES = {
            // 0–9: "label: value unit (parts)" lines
            {"- Tổng số đảng viên: 1.245 đồng chí (chính thức 1.180, dự bị 65).",
                    "members.atDate=1245", "members.officialAtDate=1180"},
            {"+ Kết nạp mới: 42 đảng viên, đạt 105% chỉ tiêu.", "members.admitted=42"},
            {"- Số tổ chức cơ sở đảng: 35 (12 đảng bộ cơ sở, 23 chi bộ cơ sở).",
                    "units.grassroots=35", "units.grassroots=12", "units.grassroots=23"},
            {"- Chi bộ trực thuộc: 187", "units.branches=187"},
            {"+ Khiển trách: 3 đ/c; cảnh cáo: 1 đ/c.", "members.disciplined=3", "members.disciplined=1"},
            {"- Khai trừ: 01\n- Xóa tên: 02 đảng viên\n- Từ trần: 5",
                    "members.expelled=1", "members.struckOff=2", "members.deceased=5"},
            {"- Chuyển đến: 12; chuyển đi: 9.", "members.transferredIn=12", "members.transferredOut=9"},
            {"- Trao Huy hiệu Đảng: 46 đồng chí (30 năm: 12; 40 năm: 20; 45 năm: 8; 50 năm: 6).",
                    "members.badgesAwarded=46", "members.badgesAwarded=12", "members.badgesAwarded=20",
                    "members.badgesAwarded=8", "members.badgesAwarded=6"},
            {"- Kiểm tra: 8 tổ chức đảng, 14 đảng viên.", "inspection.organizations=8", "inspection.members=14"},
            {"- Giám sát chuyên đề: 6 chi bộ.\n- Tỷ lệ đảng viên dự sinh hoạt: 92,5%.",
                    "supervision.cases=6", "meetings.attendance=92.5"},
            // 10–19: more labels, parts and ratios
            {"- Công nhận đảng viên chính thức: 38 đồng chí\n- Miễn công tác và sinh hoạt đảng: 7 đồng chí",
                    "members.recognized=38", "members.exempted=7"},
            {"- Thi hành kỷ luật: 5 đảng viên (khiển trách 3, cảnh cáo 1, khai trừ 1).", "members.disciplined=5",
                    "members.disciplined=3", "members.disciplined=1", "members.expelled=1"},
            {"- Giới thiệu quần chúng ưu tú để kết nạp: 50 quần chúng.\n- Quần chúng ưu tú đang bồi dưỡng, theo dõi: 63.",
                    "candidates.introduced=50", "candidates.atDate=63"},
            {"- Mở lớp bồi dưỡng nhận thức về Đảng: 2 lớp, 96 học viên.\n- Số quần chúng được cấp giấy chứng nhận: 92.",
                    "training.classes.awareness=2", "training.participants.awareness=96", "candidates.certified=92"},
            {"- Kiểm tra khi có dấu hiệu vi phạm: 2 đảng viên.\n- Số cuộc giám sát: 9 cuộc\n- Kiểm tra: 11 cuộc",
                    "inspection.members=2", "supervision.cases=9", "inspection.cases=11"},
            {"- Chi bộ hoàn thành tốt nhiệm vụ trở lên: 20/23 chi bộ.", "ratings.organizations.goodOrBetter=20"},
            {"- Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên: 91,4%.",
                    "ratings.organizations.goodOrBetter=91.4"},
            {"- Đảng viên hoàn thành xuất sắc nhiệm vụ: 112 đồng chí (chiếm 11,2%).", "ratings.members.excellent=112"},
            {"- Thành lập mới: 2 chi bộ; giải thể: 1 chi bộ; sáp nhập: 4 chi bộ.",
                    "units.established=2", "units.dissolved=1", "units.merged=4"},
            {"- Khiển trách: 2 đồng chí, cảnh cáo: 1 đồng chí, cách chức: 1 đồng chí.",
                    "members.disciplined=2", "members.disciplined=1", "members.disciplined=1"},
            // 20–24: values of nothing, qualifiers, stock verbs
            {"- Kết nạp: 0\n- Khai trừ: không\n- Kỷ luật tổ chức đảng: Không có\n- Xóa tên: Không."},
            {"- Số đảng viên được tặng Huy hiệu Đảng: hơn 40 đồng chí.", "members.badgesAwarded=40"},
            {"- Đảng bộ hiện có: 42 chi bộ trực thuộc, 1.056 đảng viên.", "units.branches=42", "members.atDate=1056"},
            {"- Tiếp nhận: 3 chi bộ\n- Tiếp nhận đảng viên chuyển đến: 15 đồng chí",
                    "units.received=3", "members.transferredIn=15"},
            {"- Sinh hoạt thường kỳ: 6/6 kỳ; sinh hoạt chuyên đề: 2 buổi.\n- Chi bộ duy trì sinh hoạt thường kỳ: 100%.",
                    "meetings.monthlyHeld=6", "meetings.themedHeld=2", "meetings.monthlyHeldShare=100"},

            // 25–44: under section headings
            {"a) Đánh giá, xếp loại tổ chức cơ sở đảng:\n- Hoàn thành xuất sắc nhiệm vụ: 14\n"
                    + "- Hoàn thành tốt nhiệm vụ: 18\n- Hoàn thành nhiệm vụ: 2\n- Không hoàn thành nhiệm vụ: 1",
                    "ratings.organizations.excellent=14", "ratings.organizations.failed=1"},
            {"b) Đánh giá, xếp loại đảng viên:\n- Hoàn thành xuất sắc nhiệm vụ: 14 đồng chí\n"
                    + "- Hoàn thành tốt nhiệm vụ trở lên: 1.120 đồng chí (93,6%)\n- Không hoàn thành nhiệm vụ: 3",
                    "ratings.members.excellent=14", "ratings.members.goodOrBetter=1120", "ratings.members.failed=3"},
            {"2. Kết quả kiểm điểm, đánh giá, xếp loại năm 2025\n- Hoàn thành xuất sắc nhiệm vụ: 6 tổ chức, 140 đồng chí.",
                    "ratings.organizations.excellent=6", "ratings.members.excellent=140"},
            {"a) Đánh giá, xếp loại tổ chức đảng:\n- Hoàn thành xuất sắc nhiệm vụ: 14 đảng viên",
                    "ratings.members.excellent=14"},
            {"III. ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG\n1. Đối với tổ chức đảng\n- HTXSNV: 5 tổ chức\n- HTTNV: 27\n"
                    + "2. Đối với đảng viên\n- HTXSNV: 98\n- KHTNV: 2",
                    "ratings.organizations.excellent=5", "ratings.members.excellent=98", "ratings.members.failed=2"},
            {"2. Công tác phát triển đảng viên\n- Tổng số kết nạp: 42 đồng chí (nữ: 15; dân tộc thiểu số: 4).",
                    "members.admitted=42", "members.admitted=15", "members.admitted=4"},
            {"1. Kết nạp đảng viên\n- Tổng số: 42\n- Đạt: 105% chỉ tiêu", "members.admitted=42"},
            {"3. Công tác kiểm tra, giám sát và thi hành kỷ luật đảng\na) Kiểm tra:\n"
                    + "- Kiểm tra thường xuyên: 12 tổ chức đảng, 20 đảng viên\n- Kiểm tra khi có dấu hiệu vi phạm: 1 đảng viên\n"
                    + "b) Giám sát:\n- Giám sát chuyên đề: 6 chi bộ, 15 đảng viên\nc) Thi hành kỷ luật:\n"
                    + "- Khiển trách: 3 đồng chí\n- Cảnh cáo: 1\n- Khai trừ: 1",
                    "inspection.organizations=12", "inspection.members=20", "inspection.members=1", "supervision.cases=6",
                    "members.disciplined=3", "members.disciplined=1", "members.expelled=1"},
            {"1. Tình hình tổ chức đảng\n- Tổng số tổ chức cơ sở đảng: 35\n- Chi bộ trực thuộc đảng ủy cơ sở: 187",
                    "units.grassroots=35", "units.branches=187"},
            {"II. KẾT QUẢ THỰC HIỆN\n1. Công tác phát triển đảng viên\n- Kết nạp: 30 đảng viên\n"
                    + "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n1. Chỉ tiêu\n- Kết nạp: 25 đảng viên\n"
                    + "- Phấn đấu 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.\n"
                    + "2. Nhiệm vụ, giải pháp\nTiếp tục kết nạp 25 đảng viên mới, xóa tên 2 đảng viên không đủ tư cách.",
                    "members.admitted=30"},
            {"2. Lãnh đạo Mặt trận Tổ quốc và các đoàn thể\n- Kết nạp: 45 đoàn viên\n- Hội viên Hội Cựu chiến binh: 320\n"
                    + "- Giao quân: 25 đồng chí"},
            {"1. Về phát triển kinh tế - xã hội\n- Dân số: 12.450 người\n- Diện tích: 45 km2\n"
                    + "- Thu ngân sách: 125 tỷ đồng\n- Số hộ: 3.120"},
            {"II. CÔNG TÁC XÂY DỰNG ĐẢNG\n- Đảng phí thu: 245 triệu đồng\n- Chỉ tiêu năm 2026: kết nạp 25 đảng viên\n"
                    + "- Phấn đấu: 95% tổ chức cơ sở đảng HTTNV trở lên\n- Số Ủy viên BCH: 15 đồng chí\n"
                    + "- Đại biểu dự Đại hội cấp trên: 9\n- Đoàn viên mới: 45"},
            {"4. Kết quả xếp loại tổ chức cơ sở đảng\nNội dung\tSố lượng\tTỷ lệ\nHoàn thành xuất sắc nhiệm vụ\t14\t13,5%\n"
                    + "Hoàn thành tốt nhiệm vụ\t80\t76,9%\nKhông hoàn thành nhiệm vụ\t1\t1%",
                    "ratings.organizations.excellent=14", "ratings.organizations.failed=1"},
            {"5. Kết quả đánh giá, xếp loại\nMức xếp loại\tTổ chức\tĐảng viên\nHoàn thành xuất sắc nhiệm vụ\t6\t140\n"
                    + "Hoàn thành tốt nhiệm vụ trở lên\t30\t1.050\nKhông hoàn thành nhiệm vụ\t0\t2",
                    "ratings.organizations.excellent=6", "ratings.members.excellent=140",
                    "ratings.organizations.goodOrBetter=30", "ratings.members.goodOrBetter=1050", "ratings.members.failed=2"},
            {"6. Biến động đảng viên\nTT\tNội dung\tSố lượng\n1\tKết nạp đảng viên\t42\n2\tCông nhận đảng viên chính thức\t38\n"
                    + "3\tXóa tên\t2",
                    "members.admitted=42", "members.recognized=38", "members.struckOff=2"},
            {"- Tổng số đảng viên: 1.245 đồng chí\n  + Đảng viên chính thức: 1.180\n  + Đảng viên dự bị: 65\n  + Nữ: 412",
                    "members.atDate=1245", "members.officialAtDate=1180", "members.atDate=412"},
            {"b) Công tác giám sát\n- Tổng số: 9 cuộc\nc) Đánh giá, xếp loại tổ chức\n- Tổng số tổ chức được đánh giá: 35\n"
                    + "- Không xếp loại: 2", "supervision.cases=9"},
            {"4. Trao tặng Huy hiệu Đảng\n- Huy hiệu 55 năm tuổi Đảng: 3 đồng chí\n- Huy hiệu 30 năm: 21 đồng chí",
                    "members.badgesAwarded=3", "members.badgesAwarded=21"},
            {"3. Công tác giáo dục chính trị tư tưởng\n- Số đảng viên tham gia học tập nghị quyết: 1.150, đạt 96,5%.\n"
                    + "- Cử đi học trung cấp lý luận chính trị: 6 đồng chí.",
                    "training.participants.resolution=1150", "training.attendance.resolution=96.5",
                    "training.participants.theory=6"},
            {"c) Kết quả thi hành kỷ luật\n- Tổng số: 5 đảng viên (trong đó khai trừ 1)",
                    "members.disciplined=5", "members.expelled=1"},

            // 45–52: header, signature, phone numbers, prose left to the sentence rules
            {"Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c);\n- Các chi bộ trực thuộc (23 bản);\n- Lưu VP, 02 bản.\n"
                    + "T/M ĐẢNG ỦY\nBÍ THƯ\nNguyễn Văn An"},
            {"Địa chỉ: thôn 3, xã Hải Phong; Điện thoại: 0233 3861 234; Email: dangbo@haiphong.vn"},
            {"Kết quả đánh giá: 45 đảng viên hoàn thành xuất sắc nhiệm vụ, 2 đảng viên không hoàn thành nhiệm vụ.",
                    "ratings.members.excellent=45", "ratings.members.failed=2"},
            {"Trong 6 tháng: kết nạp 18 đảng viên, tặng Huy hiệu Đảng cho 25 đồng chí.",
                    "members.admitted=18", "members.badgesAwarded=25"},
            {"1. Công tác tổ chức\nToàn Đảng bộ: 1.245 đảng viên, sinh hoạt tại 23 chi bộ.",
                    "members.atDate=1245", "units.branches=23"},
            {"- Chỉ tiêu đạt và vượt: 10/14 chỉ tiêu.\n- Vận động ủng hộ Quỹ Vì người nghèo: 125 triệu đồng.",
                    "targets.reached=10", "money.raised=125000000"},
            {"2. Công tác phát triển đảng viên\n- Kết nạp đảng viên: 42 (Chi bộ thôn 1: 5; Chi bộ Trường Tiểu học: 3).",
                    "members.admitted=42", "members.admitted=5", "members.admitted=3"},
            {"- Chuyển sinh hoạt đảng chính thức đi: 9 đồng chí; chuyển sinh hoạt tạm thời đến: 4 đồng chí.",
                    "members.transferredOut=9", "members.transferredIn=4"},

            // 54–60: predicates the rules do not know, ratios against a target, sub-lines, abbreviations
            {"- Số đảng viên tham dự: 118 đồng chí\n- Đảng viên được khen thưởng: 25 đồng chí\n- Tặng giấy khen: 45 đảng viên"},
            {"- Kết nạp đảng viên: 42/40 chỉ tiêu (đạt 105%).", "members.admitted=42"},
            {"- Kết nạp đảng viên: 42 đồng chí, trong đó:\n  + Nữ: 15\n  + Đoàn viên thanh niên: 30",
                    "members.admitted=42", "members.admitted=15", "members.admitted=30"},
            {"- Tổng số ĐV: 245; ĐBCS: 3; CBCS: 5.", "members.atDate=245", "units.grassroots=3", "units.grassroots=5"},
            {"- Số đảng viên được miễn công tác và sinh hoạt đảng: 7\n- Đến nay: 1.250 đảng viên", "members.exempted=7",
                    "members.atDate=1250"},
            {"- Tổng số chi bộ: 23 (chi bộ nông thôn: 15; chi bộ cơ quan, trường học: 8).",
                    "units.branches=23", "units.branches=15", "units.branches=8"},
            {"- Kết quả: 45 đảng viên", },

            // 61–70: more headings
            {"a) Xếp loại đảng viên\n- HTXSNV: 14 đồng chí = 11,7%\n- HTTNV trở lên: 102 đồng chí = 85%",
                    "ratings.members.excellent=14", "ratings.members.goodOrBetter=102"},
            {"3. Kết quả thực hiện các chỉ tiêu\nChỉ tiêu ĐVT Kế hoạch Thực hiện Tỷ lệ (%)\n"
                    + "Kết nạp đảng viên mới Đảng viên 40 42 105\n"
                    + "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên % 90 92,5 102,8",
                    "members.admitted=42", "ratings.organizations.goodOrBetter=92.5"},
            {"5. Số liệu theo đơn vị\nTT Đơn vị Đảng viên Kết nạp Khai trừ\n1 Chi bộ thôn 1 45 2 0\n2 Chi bộ thôn 2 38 1 0"},
            {"II. CÔNG TÁC TỔ CHỨC, CÁN BỘ VÀ ĐẢNG VIÊN\n1. Kết nạp đảng viên\n- Kết quả: 18 đồng chí\n"
                    + "2. Chuyển đảng chính thức\n- Kết quả: 21 đồng chí", "members.admitted=18", "members.recognized=21"},
            {"3. Công tác kiểm tra, giám sát\n- Ủy ban Kiểm tra Đảng ủy kiểm tra: 3 tổ chức đảng\n"
                    + "- Kiểm tra tài chính đảng: 5 chi bộ", "inspection.organizations=3", "inspection.organizations=5"},
            {"b) Đảng viên\n- Tổng số: 1.245\n- Trong đó nữ: 412", "members.atDate=1245", "members.atDate=412"},
            {"4. Công tác khen thưởng\n- Tặng giấy khen: 12 tổ chức, 45 đảng viên"},
            {"c) Công tác bồi dưỡng lý luận chính trị\n- Lớp bồi dưỡng đảng viên mới: 2 lớp, 46 học viên\n"
                    + "- Lớp trung cấp lý luận chính trị: 12 học viên",
                    "training.classes.newMembers=2", "training.participants.newMembers=46", "training.participants.theory=12"},
            {"III. KẾT QUẢ LÃNH ĐẠO CÁC NHIỆM VỤ KHÁC\n- Tuyển quân: 25 thanh niên\n- Số hộ nghèo giảm: 12 hộ"},
            {"2. Công tác phát triển đảng viên\n- Kết nạp: 42 đảng viên\n- Chỉ tiêu giao: 40 đảng viên\n- Đạt: 105%",
                    "members.admitted=42"},

            // 71–78: parts written after a figure, targets in parentheses, parts across ";", time points
            {"I. ĐẶC ĐIỂM TÌNH HÌNH\nĐảng bộ có 27 chi bộ trực thuộc (9 chi bộ ấp, 18 chi bộ cơ quan, trường học) với 612 đảng viên.",
                    "units.branches=27", "units.branches=9", "units.branches=18", "members.atDate=612"},
            {"1. Về tổ chức đảng\n- Đảng bộ có 32 chi bộ trực thuộc, gồm: 14 chi bộ khu phố, 12 chi bộ cơ quan, đơn vị sự nghiệp, "
                    + "6 chi bộ doanh nghiệp.",
                    "units.branches=32", "units.branches=14", "units.branches=12", "units.branches=6"},
            {"- Kết nạp đảng viên mới: 17 đồng chí, đạt 56,7% chỉ tiêu năm (30 đồng chí).", "members.admitted=17"},
            {"4. Công tác khác\n- Trao Huy hiệu Đảng: 21 đồng chí, trong đó: 30 năm tuổi Đảng 8 đồng chí; 40 năm 7 đồng chí; "
                    + "50 năm 6 đồng chí.",
                    "members.badgesAwarded=21", "members.badgesAwarded=8", "members.badgesAwarded=7", "members.badgesAwarded=6"},
            {"2. Về đảng viên\n- Tổng số đảng viên đến 30/6/2026: 627 đồng chí\n- Số đảng viên đầu năm: 610",
                    "members.atDate=627", "members.atDate=610"},
            {"II. ĐÁNH GIÁ, XẾP LOẠI\n2. Chi bộ trực thuộc\n- Tổng số: 96 chi bộ; được đánh giá: 96.", "units.branches=96"},
            {"3. Biến động đảng viên\nTT Nội dung Số lượng\n1 Số đảng viên cuối năm 1.142\n"
                    + "Trong đó: đảng viên chính thức 1.089, đảng viên dự bị 53; đảng viên nữ 431.",
                    "members.atDate=1142", "members.officialAtDate=1089", "members.atDate=431"},
            {"- Tổng số đảng viên: 245 (5 đảng viên vắng mặt).", "members.atDate=245"},

            // 79–86: a label inside a value, the act that governs, words folded alike
            {"4. Đánh giá, xếp loại\n- Đảng viên: hoàn thành xuất sắc nhiệm vụ 31 đồng chí; không hoàn thành nhiệm vụ 1 đồng chí.",
                    "ratings.members.excellent=31", "ratings.members.failed=1"},
            {"c) Kiểm tra của Ủy ban Kiểm tra\n- Kiểm tra việc thu, nộp đảng phí đối với 05 chi bộ; kiểm tra việc thực hiện "
                    + "nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật đối với 04 chi bộ.",
                    "inspection.organizations=5", "inspection.organizations=4"},
            {"- Kiểm tra, giám sát: 8 tổ chức đảng"},
            {"3. Kết quả khác\n- Sinh hoạt chi bộ thường kỳ: 12/12 kỳ.\n"
                    + "- Kết nạp đảng viên: 02 đồng chí; bồi dưỡng, theo dõi 03 quần chúng ưu tú.",
                    "meetings.monthlyHeld=12", "members.admitted=2", "candidates.atDate=3"},
            {"I. TÌNH HÌNH CHUNG\n- Tỷ lệ đảng viên trong cán bộ, công chức: 46,2%.\n"
                    + "- Số quần chúng ưu tú đang được bồi dưỡng, theo dõi: 18 người.",
                    "members.shareOfStaff=46.2", "candidates.atDate=18"},
            {"2. Phát triển đảng viên\n- Kết nạp đảng viên: 11 đồng chí, trong đó 8 đồng chí là công nhân trực tiếp sản xuất.\n"
                    + "- Công nhận chính thức: 9 đồng chí", "members.admitted=11", "members.admitted=8", "members.recognized=9"},
            {"a) Công tác chính trị, tư tưởng\n- Học tập, quán triệt nghị quyết: 02 lớp, 588/612 đảng viên tham gia, đạt 96,1%.",
                    "training.classes.resolution=2", "training.participants.resolution=588",
                    "training.attendance.resolution=96.1"},
            {"- Số cán bộ, công nhân viên: 486 người; công nhân trực tiếp sản xuất: 312 người."},

            // 87–97: lines wrapped as a PDF wraps them, "|" cells, periods as labels, a colon in words
            {"- Chuyển đi: 11 đồng chí (trong đó chuyển về nơi cư trú mới 4\nđồng chí).\n- Từ trần: 2 đồng chí.",
                    "members.transferredOut=11", "members.transferredOut=4", "members.deceased=2"},
            {"c. Đảng viên: hoàn thành xuất sắc nhiệm vụ 98 đồng chí; hoàn thành tốt\nnhiệm vụ 541 đồng chí; không hoàn thành"
                    + "\nnhiệm vụ 3 đồng chí.", "ratings.members.excellent=98", "ratings.members.failed=3"},
            {"I. Công tác phát triển đảng viên\nNội dung | Kế hoạch năm | Thực hiện 6 tháng | Tỷ lệ (%)\n"
                    + "Kết nạp đảng viên | 60 | 27 | 45\nQuần chúng học lớp nhận thức về Đảng | 80 | 41 | 51,3",
                    "members.admitted=27", "training.participants.awareness=41"},
            {"2.1. Phát triển đảng viên\n- 6 tháng đầu năm: 9 đồng chí.\n- 6 tháng cuối năm: 14 đồng chí.",
                    "members.admitted=9", "members.admitted=14"},
            {"- Thi hành kỷ luật: cảnh cáo 01 đảng viên; khiển trách 02 đảng viên.",
                    "members.disciplined=1", "members.disciplined=2"},
            {"1. Đối với các chi bộ\nTổng số chi bộ được đánh giá: 7/7 chi bộ. Kết quả: hoàn thành xuất sắc nhiệm vụ 2 chi bộ.",
                    "ratings.organizations.excellent=2"},
            {"2. Sinh hoạt chi bộ\n- Số đảng viên dự sinh hoạt bình quân mỗi kỳ: 31 đồng chí, đạt 83,8%.",
                    "meetings.attendance=83.8"},
            {"I. ĐẶC ĐIỂM\nTổng số cán bộ, chiến sĩ của đơn vị: 214 đồng chí; tỷ lệ đảng viên trong cán bộ, chiến sĩ đạt 86,9%.",
                    "members.shareOfStaff=86.9"},
            {"- Đảng viên là người có công với cách mạng: 5 đồng chí.\n- Số đảng viên được công nhận chính thức là 18 đồng chí.",
                    "members.atDate=5", "members.recognized=18"},
            {"3. Kết quả thực hiện chỉ tiêu\nSTT Chỉ tiêu ĐVT Nghị quyết Thực hiện Tỷ lệ (%)\n"
                    + "1 Kết nạp đảng viên mới Đảng viên 100 58 58\n2 Đảng viên hoàn thành tốt nhiệm vụ trở lên % 85 88,2 103,8\n"
                    + "4. Về đảng viên\n- Kết nạp: 58 đồng chí",
                    "members.admitted=58", "ratings.members.goodOrBetter=88.2"},
            {"- Ban Thường vụ Đảng ủy kiểm tra 03 tổ chức cơ sở đảng; giám sát chuyên đề 05 tổ chức cơ sở đảng.",
                    "inspection.organizations=3", "supervision.cases=5"},

            // 98–109: a figure in a label, "PHẦN … -", times that look like acts, subgroups, weak words, units that say it all
            {"II. CÔNG TÁC XÂY DỰNG ĐẢNG\nĐảng bộ có 14 tổ chức cơ sở đảng, gồm: 9 đảng bộ cơ sở và 5 chi bộ cơ sở; 58 chi bộ trực "
                    + "thuộc đảng ủy cơ sở; tổng số đảng viên 1.604 (chính thức 1.571).",
                    "units.grassroots=14", "units.grassroots=9", "units.grassroots=5", "units.branches=58",
                    "members.atDate=1604", "members.officialAtDate=1571"},
            {"PHẦN II - PHƯƠNG HƯỚNG NĂM 2026\n- Kết nạp 40 đảng viên mới.\n- Giám sát 6 chi bộ."},
            {"2. Số chi bộ trực thuộc sau hợp nhất: 34 chi bộ (trong đó 19 chi bộ ấp, 15 chi bộ cơ quan, đơn vị).",
                    "units.branches=34", "units.branches=19", "units.branches=15"},
            {"+ Kết nạp: 11 đảng viên (bác sĩ 6, điều dưỡng 5).\n+ Số đảng viên: 1.027 đồng chí (nữ 318, dân tộc Khmer 41).\n"
                    + "+ Xóa tên: 1 đồng chí (bỏ sinh hoạt đảng 3 tháng liền không có lý do).",
                    "members.admitted=11", "members.admitted=6", "members.admitted=5", "members.atDate=1027",
                    "members.atDate=318", "members.atDate=41", "members.struckOff=1"},
            {"1. Công tác chính trị tư tưởng\nĐảng ủy đã triển khai học tập, quán triệt các nghị quyết; kết quả cụ thể:\n"
                    + "– Số lớp học tập nghị quyết: 3 lớp.\n– Số đảng viên tham gia: 389/402, đạt 96,8%.",
                    "training.classes.resolution=3", "training.participants.resolution=389",
                    "training.attendance.resolution=96.8"},
            {"2. Công tác phát triển đảng viên\n* Số được cấp giấy chứng nhận: 209.\n* Quần chúng ưu tú đang được bồi dưỡng: 145.",
                    "candidates.certified=209", "candidates.atDate=145"},
            {"– Đảng viên nghỉ hưu chuyển về sinh hoạt nơi cư trú: 5 đồng chí.\n"
                    + "• Đảng viên ra quân chuyển sinh hoạt về địa phương: 9 đ/c.\n• Quân số: 96 đồng chí; tỷ lệ đảng viên/quân số: 38,5%.",
                    "members.transferredOut=5", "members.transferredOut=9", "members.shareOfStaff=38.5"},
            {"+ Kỷ luật: khiển trách 1 đảng viên vi phạm quy định về y đức.", "members.disciplined=1"},
            {"a) Kết nạp đảng viên\n- Tháng 7: 2 đồng chí.\n- Tháng 9 và tháng 10: 5 đồng chí.\nTổng cộng: 7 đồng chí.",
                    "members.admitted=2", "members.admitted=5", "members.admitted=7"},
            {"3. Công tác khác\n- Tổ chức hội nghị Ban Chấp hành mở rộng: 2 hội nghị.", "conferences.held=2"},
            {"5. Công tác dân vận, đoàn thể\n- Công đoàn: 2.402 đoàn viên.\n- Ủng hộ Quỹ Vì người nghèo: 1,2 tỷ đồng.",
                    "money.raised=1200000000"},
            {"• Sinh hoạt chi bộ: duy trì 12/12 kỳ sinh hoạt thường kỳ, 4 kỳ sinh hoạt chuyên đề.",
                    "meetings.monthlyHeld=12", "meetings.themedHeld=4"},
            {"- Số đảng viên của đảng bộ xã Tân Phước được khen thưởng: 45 đồng chí\n- Số đảng viên còn lại: 12"},

            // 111–121: numbers in words, descriptions after the unit, levels as columns, commendations, parts after words
            {"- Đảng viên từ trần: ba đồng chí.\n- Xóa tên: một đồng chí.", "members.deceased=3", "members.struckOff=1"},
            {"+ Giám sát chuyên đề: 3 chi bộ khu dân cư.\n- Thành lập mới: 3 chi bộ cơ sở ở doanh nghiệp ngoài nhà nước;\n"
                    + "- Tiếp nhận: 1 đảng bộ cơ sở từ Đảng bộ thành phố.",
                    "supervision.cases=3", "units.established=3", "units.received=1"},
            {"* Về đánh giá, xếp loại:\nĐối tượng\tHTXSNV\tHTTNV\tHTNV\tKHTNV\nChi bộ\t2\t13\t2\t0\nĐảng viên\t41\t297\t19\t3",
                    "ratings.organizations.excellent=2", "ratings.members.excellent=41", "ratings.members.failed=3"},
            {"- Đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền được tặng bằng khen: 6 đồng chí.\n"
                    + "- Tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ tiêu biểu được tặng giấy khen: 3 tổ chức.\n"
                    + "- Số đảng viên được công nhận chính thức: 9 đồng chí", "members.recognized=9"},
            {"4. Phương hướng 6 tháng cuối năm: kết nạp 1 đảng viên.\n5. Nhiệm vụ năm 2026: kiểm tra 5 tổ chức đảng."},
            {"3. Thi hành kỷ luật 2 đảng viên, hình thức: khiển trách 1, cảnh cáo 1.",
                    "members.disciplined=2", "members.disciplined=1", "members.disciplined=1"},
            {"- Kết nạp: 164 đảng viên, bằng 102,5% kế hoạch; trong đó ở doanh nghiệp ngoài nhà nước 37 đảng viên.",
                    "members.admitted=164", "members.admitted=37"},
            {"- Đảng viên được tặng Huy hiệu Đảng: 30 năm: 58 đ/c; 40 năm: 21 đ/c.\n"
                    + "+ Lễ trao Huy hiệu Đảng 40 năm cho 2 đ/c, 50 năm cho 1 đ/c.",
                    "members.badgesAwarded=58", "members.badgesAwarded=21", "members.badgesAwarded=2", "members.badgesAwarded=1"},
            {"- Tổng số đảng viên: 389 đồng chí (có 27 đảng viên được miễn công tác và sinh hoạt đảng).",
                    "members.atDate=389", "members.exempted=27"},
            {"2. Kết quả\n+ Họp chi bộ: 6 kỳ; có 1 kỳ sinh hoạt chuyên đề về chuyển đổi số.",
                    "meetings.monthlyHeld=6", "meetings.themedHeld=1"},
            {"- 100% tổ chức cơ sở đảng được đánh giá; tỷ lệ hoàn thành tốt nhiệm vụ trở lên: 88,9%.",
                    "ratings.organizations.goodOrBetter=88.9"},

            // 122–130: "I/" and "a/" markers, forms with codes, tables by year, objects that look like acts, breakdowns
            {"I/ TÌNH HÌNH CHUNG\nTổng số đảng viên tính đến 31/12/2025 là 1.318 đồng chí, sinh hoạt tại 41 chi bộ trực thuộc "
                    + "(26 chi bộ khu dân cư, 15 chi bộ cơ quan, doanh nghiệp).\nII/ KẾT QUẢ\n1/ Công tác phát triển đảng viên:\n"
                    + "a/ Kết nạp đảng viên mới: 29 đồng chí (nữ 12 đ/c).\n"
                    + "b/ Số quần chúng ưu tú được giới thiệu học lớp bồi dưỡng nhận thức về Đảng: 47 người.",
                    "members.atDate=1318", "units.branches=41", "units.branches=26", "units.branches=15",
                    "members.admitted=29", "members.admitted=12", "training.participants.awareness=47"},
            {"- Ủy ban Kiểm tra Đảng ủy kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát của 4 chi bộ.",
                    "inspection.organizations=4"},
            {"Biểu 1. Tổ chức đảng\nChỉ tiêu\tMã số\tSố lượng\nSố chi bộ trực thuộc\t01\t19\nTrong đó: chi bộ ấp\t02\t11\n"
                    + "Số chi bộ thành lập mới trong năm\t03\t1", "units.branches=19", "units.branches=11", "units.established=1"},
            {"1. Kết nạp đảng viên\nNăm\tKết nạp\tGhi chú\n2021\t11\t\n2022\t13\tnữ 5", "members.admitted=11",
                    "members.admitted=13"},
            {"2. Về sinh hoạt chi bộ\nSố kỳ sinh hoạt thường kỳ: 12; số kỳ sinh hoạt chuyên đề: 4.",
                    "meetings.monthlyHeld=12", "meetings.themedHeld=4"},
            {"3. Nguồn phát triển đảng viên\n- Số quần chúng ưu tú trong diện bồi dưỡng: 35 người.", "candidates.atDate=35"},
            {"I. KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT\n- Kết quả: 468/493 đảng viên tham dự (95 %).",
                    "training.participants.resolution=468", "training.attendance.resolution=95"},
            {"2. Chất lượng đảng viên mới\n- Trình độ chuyên môn: sau đại học 19 đ/c; đại học 38 đ/c; cao đẳng, trung cấp 7 đ/c.\n"
                    + "- Kiểm tra: 2 đảng viên; kết luận 1 đồng chí có vi phạm.",
                    "members.admitted=19", "members.admitted=38", "members.admitted=7", "inspection.members=2"},
            {"Nhận xét chung:\nThứ nhất, phát triển đảng viên đạt kết quả khá, kết nạp 18/20 đảng viên theo kế hoạch.\n"
                    + "Thứ hai, tỷ lệ đảng viên dự sinh hoạt bình quân chỉ đạt 82,4%.",
                    "members.admitted=18", "meetings.attendance=82.4"},
            // 131–: tables whose columns count things beside acts, cells set apart by spaces, a part's column
            {"2. Phát triển đảng viên\nTT | Chi bộ | Số đảng viên | Kết nạp mới | Trong đó sinh viên\n"
                    + "1 | Khoa Kinh tế | 34 | 9 | 8\n2 | Phòng, ban chức năng | 42 | 2 | 0\nTổng cộng | | 76 | 11 | 8",
                    "members.atDate=34", "members.admitted=9", "members.admitted=8", "members.atDate=42",
                    "members.admitted=2", "members.atDate=76", "members.admitted=11", "members.admitted=8"},
            {"5. Kết quả đánh giá, xếp loại\nMức xếp loại | Tổ chức | Đảng viên\nHoàn thành xuất sắc nhiệm vụ | 6 | 140",
                    "ratings.organizations.excellent=6", "ratings.members.excellent=140"},
            {"2. Xếp loại\nBảng tổng hợp kết quả xếp loại đảng viên theo loại hình chi bộ\n"
                    + "TT | Loại hình chi bộ | Tổng số | HTXSNV | HTTNV | HTNV | KHTNV\n"
                    + "1 | Chi bộ ấp (26 chi bộ) | 896 | 98 | 708 | 77 | 13\nCộng | | 896 | 98 | 708 | 77 | 13",
                    "ratings.members.excellent=98", "ratings.members.failed=13", "ratings.members.excellent=98",
                    "ratings.members.failed=13"},
            {"1. Tình hình\nKhối\tSố TCCS đảng\tSố đảng viên\tKết nạp 6 tháng\nKhối phòng nghiệp vụ\t24\t2.318\t21",
                    "units.grassroots=24", "members.atDate=2318", "members.admitted=21"},
            {"2. Phát triển đảng viên\n- Kết nạp đảng viên mới cho 01 quần chúng ưu tú (đồng chí Hà Thị Lan, sinh năm 2001).",
                    "members.admitted=1"},
            {"2. Phát triển đảng viên\n- Toàn Đảng bộ kết nạp 29 đảng viên.\nTT | Chi bộ | Kết nạp mới\n1 | Khoa A | 20\n"
                    + "2 | Khoa B | 9\nTổng cộng | | 29", "members.admitted=29", "members.admitted=20", "members.admitted=9"},
            {"2. Đánh giá\nTT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ % | Đánh giá\n"
                    + "5 | Kiểm tra tổ chức đảng | tổ chức | 20 | 24 | 120,0 | Vượt", "inspection.organizations=24"},
            // the rows name who decided, not what was disciplined; the forms' total counts the disciplined
            {"3. Thi hành kỷ luật\nBiểu 02. Kết quả thi hành kỷ luật đảng viên (đ/c)\n"
                    + "TT | Cấp quyết định | Khiển trách | Cảnh cáo | Cách chức | Khai trừ | Cộng\n"
                    + "1 | Chi bộ | 2 | - | - | - | 2\n2 | Ban Thường vụ Đảng ủy | - | 1 | - | 1 | 2",
                    "members.disciplined=2", "members.disciplined=2", "members.disciplined=1", "members.expelled=1",
                    "members.disciplined=2"},
            // "Trong đó chính thức / dự bị" under the members at a date: the official among them, the probationary none
            {"1. Biến động đảng viên\nTT | Tổ chức cơ sở đảng | Đảng viên cuối kỳ | | \n"
                    + " | | Tổng số | Trong đó chính thức | Trong đó dự bị\n1 | Đảng bộ Văn phòng | 90 | 87 | 3\n"
                    + "Cộng | | 313 | 301 | 12", "members.atDate=90", "members.officialAtDate=87", "members.atDate=313",
                    "members.officialAtDate=301"},
            // parts named by a list of groups keep their parent's kind
            {"2. Phát triển đảng viên\n- Kết nạp 40 đảng viên, trong đó:\n+ hạ sĩ quan, binh sĩ: 27 đồng chí;\n"
                    + "+ sĩ quan: 13 đồng chí.", "members.admitted=40", "members.admitted=27", "members.admitted=13"},
            // "Sinh hoạt chi bộ" over the columns names the meetings, and "Tỷ lệ đảng viên dự" is the share present
            {"3. Sinh hoạt chi bộ\n| Thời gian | Sinh hoạt chi bộ | Sinh hoạt chi bộ | Sinh hoạt chi bộ |\n"
                    + "| | Số kỳ sinh hoạt thường kỳ | Sinh hoạt chuyên đề | Tỷ lệ đảng viên dự (%) |\n"
                    + "| Học kỳ I | 6/6 | 2 | 94,7 |", "meetings.monthlyHeld=6", "meetings.themedHeld=2",
                    "meetings.attendance=94.7"},
            // a Markdown table of a study: branches there are, those called are the "of", the share beside those present
            {"2. Học tập Nghị quyết\nKết quả tham dự theo điểm cầu:\n\n"
                    + "| Điểm cầu | Số chi bộ | Số đảng viên được triệu tập | Số đảng viên tham dự | Tỷ lệ (%) |\n|---|---|---|---|---|\n"
                    + "| Hội trường Đảng ủy xã | 12 | 318 | 305 | 95,9 |", "units.branches=12",
                    "training.participants.resolution=305", "training.attendance.resolution=95.9"},
            {"2. Học tập tại các tổ chức cơ sở đảng\nBảng 1. Kết quả học tập Nghị quyết theo khối\n"
                    + "Khối | Số TCCS đảng | Số lớp | Số đảng viên tham gia | Tỷ lệ (%)\nCơ quan tham mưu | 21 | 21 | 684 | 98,1",
                    "units.grassroots=21", "training.classes.resolution=21", "training.participants.resolution=684",
                    "training.attendance.resolution=98.1"},
            // essays written are no participants
            {"2. Học tập Nghị quyết\nTT | Khối | Tham gia học tập | Bài thu hoạch đạt yêu cầu\n1 | Khối các sở | 3.338 | 3.301",
                    "training.participants.resolution=3338"},
            // a row naming the act and what it is done to outweighs a column naming who did it
            {"1. Kiểm tra, giám sát\nTT | Nội dung | UBKT | Chi bộ | Cộng\n1 | Kiểm tra đảng viên | 2 | 31 | 33\n"
                    + "2 | Kiểm tra tổ chức đảng | 1 | - | 1", "inspection.members=2", "inspection.members=31",
                    "inspection.members=33", "inspection.organizations=1", "inspection.organizations=1"},
    };

    private static void check(int from, int to) {
        SoftAssertions soft = new SoftAssertions();
        for (int i = from; i <= to; i++) {
            String[] c = CASES[i];
            soft.assertThat(figures(c[0])).as("case %d: %s", i, c[0])
                    .containsExactlyInAnyOrder(Arrays.copyOfRange(c, 1, c.length));
        }
        soft.assertAll();
    }

    @Test
    void aLabelAndItsValueGiveTheFigureTheLabelNames() {
        check(0, 9);
    }

    @Test
    void partsInParenthesesAndRatiosAreFiguresOfTheirOwnKindOrTheirParents() {
        check(10, 19);
    }

    @Test
    void zeroAndNothingGiveNoFigureAndStockVerbsCountAtADate() {
        check(20, 24);
    }

    @Test
    void theHeadingSaysWhatTheLinesUnderItCountUnlessTheUnitInTheLineSaysOtherwise() {
        check(25, 33);
    }

    @Test
    void sectionsAboutTheFutureMassOrganizationsOrTheEconomyGiveNoFigures() {
        check(34, 37);
    }

    @Test
    void tableRowsAreReadByTheirColumns() {
        check(38, 40);
    }

    @Test
    void subLinesAndTotalsTakeTheirParentsKind() {
        check(41, 44);
    }

    @Test
    void theHeaderTheSignatureAndProseAreLeftAlone() {
        check(45, 52);
    }

    @Test
    void aPredicateTheRulesDoNotKnowGivesNothingAndPartsFollowTheirParent() {
        check(54, 60);
    }

    @Test
    void headingsAndTablesOfResultsSayWhatTheirLinesCount() {
        check(61, 70);
    }

    @Test
    void partsWrittenAfterAFigureTargetsInParenthesesAndTimePoints() {
        check(71, 78);
    }

    @Test
    void aLabelInsideAValueTheGoverningActAndWordsFoldedAlike() {
        check(79, 86);
    }

    @Test
    void wrappedLinesCellsPeriodsAndAColonInWords() {
        check(87, 97);
    }

    @Test
    void aFigureInALabelTimesThatLookLikeActsSubgroupsAndUnitsThatSayItAll() {
        check(98, 110);
    }

    @Test
    void numbersInWordsDescriptionsLevelsAsColumnsCommendationsAndPartsAfterWords() {
        check(111, 121);
    }

    @Test
    void slashMarkersFormsWithCodesTablesByYearAndBreakdowns() {
        check(122, 130);
    }

    @Test
    void columnsOfThingsBesideActsAndColumnsOfParts() {
        check(131, CASES.length - 1);
    }

    /**
     * Whole reports under extraction/lists, written and annotated before this reading was first run on them; studied
     * for misses since, so a tuning set now.
     */
    static final String[] LISTS = {"lists/l01", "lists/l02", "lists/l03", "lists/l04", "lists/l05", "lists/l06"};

    /**
     * Written after the lists set was tuned on, before this reading was run on them; first measured at 0.908 / 0.784,
     * then studied for misses, so a tuning set too.
     */
    static final String[] HELD_OUT = {"lists-heldout/m01", "lists-heldout/m02", "lists-heldout/m03", "lists-heldout/m04",
            "lists-heldout/m05"};

    /**
     * Written after both sets above were tuned on, before this reading was run on them; first measured at 0.908 / 0.678,
     * then studied for misses, so a tuning set too.
     */
    static final String[] BLIND = {"lists-blind/n01", "lists-blind/n02", "lists-blind/n03", "lists-blind/n04",
            "lists-blind/n05"};

    /**
     * Written after every set above was tuned on, before this reading was run on them; first measured at 0.820 / 0.704,
     * then studied for misses, so a tuning set too.
     */
    static final String[] FINAL = {"lists-final/q01", "lists-final/q02", "lists-final/q03", "lists-final/q04",
            "lists-final/q05"};

    /**
     * Written after every set above was tuned on, before the rules of 3e2aeb5 were run on them; first measured at
     * 0.765 / 0.473, then studied for misses, so a tuning set too.
     */
    static final String[] LAST = {"lists-last/r01", "lists-last/r02", "lists-last/r03", "lists-last/r04", "lists-last/r05"};

    @Test
    void wholeReportsAreMeasured() throws IOException {
        ExtractionBenchmarkTest.Score score = ExtractionBenchmarkTest.score(LISTS);
        ExtractionBenchmarkTest.Score heldOut = ExtractionBenchmarkTest.score(HELD_OUT);
        ExtractionBenchmarkTest.Score blind = ExtractionBenchmarkTest.score(BLIND);
        ExtractionBenchmarkTest.Score tuned = ExtractionBenchmarkTest.score(FINAL);
        ExtractionBenchmarkTest.Score unseen = ExtractionBenchmarkTest.score(LAST);
        String report = unseen.line("lists-last", LAST.length) + "\n" + score.line("lists", LISTS.length) + "\n"
                + heldOut.line("lists-heldout", HELD_OUT.length) + "\n" + blind.line("lists-blind", BLIND.length) + "\n"
                + tuned.line("lists-final", FINAL.length) + "\n"
                + String.join("\n", unseen.misses()) + "\n" + String.join("\n", score.misses()) + "\n"
                + String.join("\n", heldOut.misses()) + "\n" + String.join("\n", blind.misses()) + "\n"
                + String.join("\n", tuned.misses()) + "\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/report-lines-benchmark.txt"), report);
        // First measured at 0.903 / 0.718 before the set was studied; tuned on since, so these floors only catch a collapse.
        assertThat(score.precision()).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as(report).isGreaterThanOrEqualTo(0.90);
    }

    /** Pieces of report lines put together at random, unbalanced parentheses and stray colons among them. */
    private static final String[] PIECES = {"- ", "+ ", "• ", "1. ", "II. ", "a) ", "1.2. ", "PHẦN II - ", "Tổng số đảng viên",
            "Kết nạp", "Khiển trách", "Hoàn thành xuất sắc nhiệm vụ", "Trong đó", "chi bộ", "đồng chí", "đ/c", ": ", "; ",
            ", ", " và ", "(", ")", "(trong đó ", "12", "1.245", "3/4", "96,5%", "0", "không", "đạt 105% chỉ tiêu",
            " gồm: ", "Nơi nhận", "Tỷ lệ", " đạt ", " là ", "tháng 6", "năm 2026", "\n", "\n", "\t", " | ", "công nhân",
            "6 tháng đầu năm", "Kế hoạch", "Thực hiện", "Nội dung", "TT", "%", ".", "chuyển về nơi cư trú", "Phương hướng"};

    @Test
    void anyTextIsReadWithoutFailingAndEveryFigureKeepsItsSpan() {
        java.util.Random random = new java.util.Random(8);
        for (int n = 0; n < 300; n++) {
            StringBuilder fragment = new StringBuilder();
            for (int i = 0, length = 5 + random.nextInt(120); i < length; i++) {
                fragment.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = ReportReaderAccess.normalize(HEADER + fragment);
            Extraction e = ReportExtractor.extract(text, "text", null);
            for (Figure f : e.figures()) {
                assertThat(f.end()).as(fragment.toString()).isGreaterThan(f.start());
                assertThat(e.text().substring(f.start(), f.end())).as(fragment.toString()).isEqualTo(f.text());
            }
        }
    }

    @Test
    void theReportHeaderAloneGivesNothing() {
        assertThat(figures("Thực hiện Hướng dẫn số 05-HD/BTCTU ngày 21/11/2025 của Ban Tổ chức Tỉnh ủy, Đảng ủy xã báo cáo"
                + " như sau:")).isEmpty();
    }
}
