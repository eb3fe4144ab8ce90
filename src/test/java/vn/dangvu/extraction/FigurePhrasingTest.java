package vn.dangvu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.dangvu.extraction.Extraction.Figure;

/**
 * One phrasing of the report family per test, in sentences written for these tests (not taken from the benchmark
 * sets): the figures the rules must propose, exactly, as "kind=value". Each text gets a headline line first, since
 * the headline's numbers are never read.
 */
class FigurePhrasingTest {

    static List<String> figures(String sentence) {
        String text = ReportReaderAccess.normalize("Tin hoạt động\n" + sentence);
        Extraction e = ReportExtractor.extract(text, "text", null);
        for (Figure f : e.figures()) {
            assertThat(e.text().substring(f.start(), f.end())).isEqualTo(f.text());
        }
        return e.figures().stream().map(f -> f.kind() + "=" + f.value().stripTrailingZeros().toPlainString()).toList();
    }

    /** Every case of this class, for a quick look from a scratch runner: the sentence and the figures it must give. */
    static final String[][] CASES = {
            // a predicate after the counted noun, active or passive, with được / bị / đã
            {"Trong năm, có 12 đảng viên chuyển sinh hoạt đảng chính thức ra khỏi Đảng bộ.", "members.transferredOut=12"},
            {"Đảng bộ đã tiếp nhận 9 đảng viên chuyển sinh hoạt đến từ các địa phương khác.", "members.transferredIn=9"},
            {"Đã có 7 đảng viên được kết nạp trong đợt kỷ niệm ngày thành lập Đảng.", "members.admitted=7"},
            {"Có 18 đảng viên dự bị được công nhận chính thức đúng thời hạn.", "members.recognized=18"},
            {"Trong nhiệm kỳ, 6 đồng chí đã qua đời; 3 đảng viên bị khai trừ ra khỏi Đảng.",
                    "members.deceased=6", "members.expelled=3"},
            {"Có 4 đảng viên được miễn sinh hoạt đảng do tuổi cao, sức yếu.", "members.exempted=4"},
            {"Năm qua có 2 đảng viên bị thi hành kỷ luật bằng hình thức khiển trách.", "members.disciplined=2"},
            {"Nhân dịp này, 35 đảng viên được trao tặng Huy hiệu Đảng.", "members.badgesAwarded=35"},
            {"Chi bộ đã đề nghị xóa tên 2 đảng viên; 1 đảng viên xin ra khỏi Đảng.", "members.struckOff=2", "members.left=1"},
            // attendance: a conference, and a conference to study a resolution
            {"Đại hội có 118/120 đảng viên tham dự.", "conferences.attendees=118"},
            {"Đảng ủy tổ chức hội nghị quán triệt Nghị quyết Đại hội XIV của Đảng. Có 210/215 đảng viên có mặt.",
                    "training.participants.resolution=210"},
            // candidates under other names
            {"Có 25 học viên được cấp giấy chứng nhận hoàn thành lớp bồi dưỡng nhận thức về Đảng.", "candidates.certified=25"},
            {"Chi bộ giới thiệu 3 quần chúng ưu tú cho Đảng ủy xem xét kết nạp.", "candidates.introduced=3"},
            {"Hiện có 14 quần chúng ưu tú đang được bồi dưỡng, theo dõi.", "candidates.atDate=14"},
            // numbers in words, qualifiers
            {"Đảng ủy kết nạp mười hai đảng viên mới.", "members.admitted=12"},
            {"Hội nghị tặng Huy hiệu Đảng cho hai mươi lăm đồng chí.", "members.badgesAwarded=25"},
            {"Các chi bộ đã kết nạp gần 40 đảng viên, vận động đóng góp hơn 1,2 tỷ đồng.", "members.admitted=40",
                    "money.raised=1200000000"},
            // ratings per level
            {"Kết quả đánh giá: 45 đảng viên hoàn thành xuất sắc nhiệm vụ, 210 đảng viên hoàn thành tốt nhiệm vụ, "
                    + "20 đảng viên hoàn thành nhiệm vụ, 2 đảng viên không hoàn thành nhiệm vụ.",
                    "ratings.members.excellent=45", "ratings.members.good=210", "ratings.members.completed=20",
                    "ratings.members.failed=2"},
            {"Có 12 chi bộ hoàn thành tốt nhiệm vụ trở lên.", "ratings.organizations.goodOrBetter=12"},
            {"Về xếp loại đảng viên: 15 đồng chí HTXSNV, 88 đồng chí HTTNV.", "ratings.members.excellent=15",
                    "ratings.members.good=88"},
            // shares of branches doing something
            {"Có 27/30 chi bộ tổ chức sinh hoạt chuyên đề hằng quý.", "meetings.themedHeldBranches=27"},
            {"100% chi bộ duy trì sinh hoạt thường kỳ hằng tháng.", "meetings.monthlyHeldShare=100"},
            // a ratio written out
            {"Có 140 đảng viên tham dự trên tổng số 152 đảng viên của Đảng bộ.", "conferences.attendees=140"},
            // numbers that are not Party figures
            {"Xã có diện tích 2.350 ha, dân số 12.480 người với 3.120 hộ.",},
            {"Tốc độ tăng trưởng kinh tế đạt 8,5%; thu nhập bình quân 62 triệu đồng/người/năm.",},
            {"Tổng giá trị sản xuất đạt 1.250 tỷ đồng, tăng 7,2% so với cùng kỳ.",},
            {"Thực hiện Nghị quyết số 15-NQ/TU, Kế hoạch 120-KH/ĐU; liên hệ số điện thoại 0912.345.678.",},
            {"Đại hội bầu Ban Chấp hành Đảng bộ khóa mới gồm 15 đồng chí và bầu 9 đại biểu đi dự Đại hội cấp trên.",},
            {"Sáng 12/3, 45 đồng chí lên đường nhập ngũ; đồng chí Bí thư năm nay 52 tuổi.",},
    };

    private static void check(int... indexes) {
        for (int i : indexes) {
            String[] c = CASES[i];
            assertThat(figures(c[0])).as(c[0]).containsExactlyInAnyOrder(java.util.Arrays.copyOfRange(c, 1, c.length));
        }
    }

    @Test
    void aPredicateAfterTheCountedNounSaysWhatHappened() {
        check(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void attendanceCountsForTheConferenceOrForTheStudyOfAResolution() {
        check(9, 10);
    }

    @Test
    void candidatesGoByOtherNames() {
        check(11, 12, 13);
    }

    @Test
    void numbersInWordsAndQualifiersAreRead() {
        check(14, 15, 16);
    }

    @Test
    void ratingsAreCountedPerLevel() {
        check(17, 18, 19);
    }

    @Test
    void sharesOfBranchesHoldingMeetings() {
        check(20, 21);
    }

    @Test
    void aTotalWrittenOutIsTheRatiosBase() {
        check(22);
    }

    @Test
    void numbersThatAreNotPartyFiguresAreNotProposed() {
        check(23, 24, 25, 26, 27, 28);
    }
}
