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

    private static void check(String[][] cases) {
        for (String[] c : cases) {
            assertThat(figures(c[0])).as(c[0]).containsExactlyInAnyOrder(java.util.Arrays.copyOfRange(c, 1, c.length));
        }
    }

    @Test
    void aPredicateAfterTheCountedNounSaysWhatHappened() {
        check(new String[][] {
                {"Trong năm, có 12 đảng viên chuyển sinh hoạt đảng chính thức ra khỏi Đảng bộ.", "members.transferredOut=12"},
                {"Đảng bộ đã tiếp nhận 9 đảng viên chuyển sinh hoạt đến từ các địa phương khác.", "members.transferredIn=9"},
                {"Đã có 7 đảng viên được kết nạp trong đợt kỷ niệm ngày thành lập Đảng.", "members.admitted=7"},
                {"Có 18 đảng viên dự bị được công nhận chính thức đúng thời hạn.", "members.recognized=18"},
                {"Trong nhiệm kỳ, 6 đồng chí đã qua đời; 3 đảng viên bị khai trừ ra khỏi Đảng.",
                        "members.deceased=6", "members.expelled=3"},
                {"Có 4 đảng viên được miễn sinh hoạt đảng do tuổi cao, sức yếu.", "members.exempted=4"},
                {"Năm qua có 2 đảng viên bị thi hành kỷ luật bằng hình thức khiển trách.", "members.disciplined=2"},
                {"Nhân dịp này, 35 đảng viên được trao tặng Huy hiệu Đảng.", "members.badgesAwarded=35"},
                {"Chi bộ đã đề nghị xóa tên 2 đảng viên; 1 đảng viên xin ra khỏi Đảng.", "members.struckOff=2",
                        "members.left=1"},
        });
    }

    @Test
    void attendanceCountsForTheConferenceOrForTheStudyOfAResolution() {
        check(new String[][] {
                {"Đại hội có 118/120 đảng viên tham dự.", "conferences.attendees=118"},
                {"Đảng ủy tổ chức hội nghị quán triệt Nghị quyết Đại hội XIV của Đảng. Có 210/215 đảng viên có mặt.",
                        "training.participants.resolution=210"},
        });
    }

    @Test
    void candidatesGoByOtherNames() {
        check(new String[][] {
                {"Có 25 học viên được cấp giấy chứng nhận hoàn thành lớp bồi dưỡng nhận thức về Đảng.",
                        "candidates.certified=25"},
                {"Chi bộ giới thiệu 3 quần chúng ưu tú cho Đảng ủy xem xét kết nạp.", "candidates.introduced=3"},
                {"Hiện có 14 quần chúng ưu tú đang được bồi dưỡng, theo dõi.", "candidates.atDate=14"},
        });
    }

    @Test
    void numbersInWordsAndQualifiersAreRead() {
        check(new String[][] {
                {"Đảng ủy kết nạp mười hai đảng viên mới.", "members.admitted=12"},
                {"Hội nghị tặng Huy hiệu Đảng cho hai mươi lăm đồng chí.", "members.badgesAwarded=25"},
                {"Các chi bộ đã kết nạp gần 40 đảng viên, vận động đóng góp hơn 1,2 tỷ đồng.", "members.admitted=40",
                        "money.raised=1200000000"},
        });
    }

    @Test
    void ratingsAreCountedPerLevelThatHasAKind() {
        check(new String[][] {
                // "hoàn thành nhiệm vụ" alone has no kind (fresh/README.md); "tốt" is kept for the blind set's convention
                {"Kết quả đánh giá: 45 đảng viên hoàn thành xuất sắc nhiệm vụ, 210 đảng viên hoàn thành tốt nhiệm vụ, "
                        + "20 đảng viên hoàn thành nhiệm vụ, 2 đảng viên không hoàn thành nhiệm vụ.",
                        "ratings.members.excellent=45", "ratings.members.good=210", "ratings.members.failed=2"},
                {"Có 12 chi bộ hoàn thành tốt nhiệm vụ trở lên.", "ratings.organizations.goodOrBetter=12"},
                {"Có 40 đảng viên đủ tư cách hoàn thành xuất sắc nhiệm vụ.", "ratings.members.excellent=40"},
                {"Về xếp loại đảng viên: 15 đồng chí HTXSNV, 88 đồng chí HTTNV.", "ratings.members.excellent=15",
                        "ratings.members.good=88"},
                {"Có 3 chi bộ hoàn thành nhiệm vụ.",},
        });
    }

    @Test
    void sharesOfBranchesHoldingMeetings() {
        check(new String[][] {
                {"Có 27/30 chi bộ tổ chức sinh hoạt chuyên đề hằng quý.", "meetings.themedHeldBranches=27"},
                {"100% chi bộ duy trì sinh hoạt thường kỳ hằng tháng.", "meetings.monthlyHeldShare=100"},
        });
    }

    @Test
    void aTotalWrittenOutIsTheRatiosBase() {
        check(new String[][] {
                {"Có 140 đảng viên tham dự trên tổng số 152 đảng viên của Đảng bộ.", "conferences.attendees=140"},
        });
    }

    @Test
    void countedNounsIncludeEventsAbbreviationsAndPeopleNamedByWhatTheyAre() {
        check(new String[][] {
                {"Chi bộ duy trì 12 kỳ sinh hoạt thường kỳ, 4 buổi sinh hoạt chuyên đề.", "meetings.monthlyHeld=12",
                        "meetings.themedHeld=4"},
                {"UBKT đã tiến hành 5 cuộc kiểm tra theo kế hoạch và 8 cuộc giám sát; Ban Chấp hành tổ chức 6 hội nghị.",
                        "inspection.cases=5", "supervision.cases=8", "conferences.held=6"},
                {"Kết nạp 15 ĐV mới, công nhận chính thức cho 9 đ/c; toàn Đảng bộ có 12 TCCS.", "members.admitted=15",
                        "members.recognized=9", "units.grassroots=12"},
                {"Đảng ủy đã ra quyết định kết nạp 36 trường hợp; 2 trường hợp đang hoàn thiện hồ sơ.", "members.admitted=36"},
                {"Nhà trường tổ chức lễ kết nạp cho 8 sinh viên ưu tú; khoa có 400 sinh viên.", "members.admitted=8"},
                {"Đảng ủy mở 2 lớp tập huấn nghiệp vụ công tác kiểm tra cho 80 đồng chí và 3 lớp bồi dưỡng cho 150 học viên.",
                        "training.classes.other=2", "training.participants.other=80", "training.classes=3",
                        "training.participants=150"},
                // distractors: school classes, police suspects, "sau" meaning after
                {"Trường có 1.200 học sinh với 30 lớp; 25 học sinh lớp 9 đạt giải.",},
                {"Công an bắt giữ 40 đối tượng; Chi bộ đang bồi dưỡng 5 đối tượng.", "candidates.atDate=5"},
                {"Sau hội nghị, các chi bộ tổ chức quán triệt.",},
        });
    }

    @Test
    void predicatesOfAttendanceTransferTargetsClassesAndMoneyInTheirOtherWords() {
        check(new String[][] {
                {"Dự hội nghị có 52/60 đảng viên, 8 đồng chí vắng có lý do.", "conferences.attendees=52"},
                {"Đến dự có 27/30 đảng viên của Chi bộ.", "conferences.attendees=27"},
                {"Hội nghị có 120 đại biểu thay mặt cho 2.400 đảng viên.", "conferences.attendees=120",
                        "members.atDate=2400"},
                {"Có 2 đảng viên nghỉ hưu chuyển sinh hoạt đảng về nơi cư trú.", "members.transferredOut=2"},
                // a date and the committee that acted stand between the noun and its predicate
                {"Hai đồng chí nghỉ hưu từ ngày 01/3/2026 đã được Đảng ủy làm thủ tục chuyển sinh hoạt đảng về nơi cư trú.",
                        "members.transferredOut=2"},
                {"Năm 2025, Đảng ủy đã giải thể 3 chi bộ, chuyển giao 2 chi bộ về Đảng bộ phường.", "units.dissolved=3"},
                {"Ủy ban Kiểm tra kiểm tra việc thu, nộp đảng phí tại 9 chi bộ.", "inspection.organizations=9"},
                {"Nghị quyết có 12 chỉ tiêu: 9 chỉ tiêu hoàn thành vượt mức, 2 chỉ tiêu đạt 90% kế hoạch, 1 chỉ tiêu chưa đạt.",
                        "targets.exceeded=9", "targets.partlyReached=2"},
                {"Kết thúc lớp học, 58/60 học viên đạt yêu cầu, được cấp giấy chứng nhận.", "candidates.certified=58"},
                {"Chi bộ cử 3 đồng chí đi học trung cấp lý luận chính trị; 20 quần chúng tham gia học lớp cảm tình Đảng.",
                        "training.participants.theory=3", "training.participants.awareness=20"},
                {"Có 1.500 cán bộ, đảng viên tham gia học tập nghị quyết.", "training.participants.resolution=1500"},
                {"Nhân dân đã đóng góp xây dựng nhà văn hóa, sân thể thao với tổng số tiền 1,5 tỷ đồng.",
                        "money.raised=1500000000"},
                {"Tổng kinh phí 200 triệu đồng do nhân dân đóng góp.", "money.raised=200000000"},
                {"Ngân sách xã chi cho xây dựng, sửa chữa trường học 3 tỷ đồng.",},
        });
    }

    @Test
    void aRatingLevelBeforeTheCountOrSharedByTwoSubjects() {
        check(new String[][] {
                {"Kết quả xếp loại: hoàn thành xuất sắc nhiệm vụ 12 đồng chí; hoàn thành tốt nhiệm vụ 80 đồng chí; "
                        + "không hoàn thành nhiệm vụ 1 đồng chí.", "ratings.members.excellent=12", "ratings.members.failed=1"},
                {"Số đảng viên không hoàn thành nhiệm vụ là 2 đồng chí.", "ratings.members.failed=2"},
                {"Có 30/32 chi bộ và 95% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
                        "ratings.organizations.goodOrBetter=30", "ratings.members.goodOrBetter=95"},
                {"Đảng bộ được xếp loại hoàn thành xuất sắc nhiệm vụ, hiện có 320 đảng viên.", "members.atDate=320"},
        });
    }

    @Test
    void aShareNamesItsSubjectBeforeOrAfterThePercentage() {
        check(new String[][] {
                {"Xếp loại 92% đảng viên hoàn thành tốt nhiệm vụ trở lên.", "ratings.members.goodOrBetter=92"},
                {"Đối với tổ chức đảng, 100% được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
                        "ratings.organizations.goodOrBetter=100"},
                {"Hằng năm 100% chi bộ được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên.",
                        "ratings.organizations.goodOrBetter=100"},
                {"Số đảng viên hoàn thành tốt nhiệm vụ trở lên chiếm 93,5%.", "ratings.members.goodOrBetter=93.5"},
                {"Chi bộ có 28 đảng viên, chiếm 41,2% tổng số cán bộ, giáo viên.", "members.atDate=28",
                        "members.shareOfStaff=41.2"},
                {"Tỷ lệ đảng viên trong đội ngũ công chức, viên chức đạt 62,5%.", "members.shareOfStaff=62.5"},
                {"Đảng viên dự sinh hoạt bình quân đạt 97%.", "meetings.attendance=97"},
                {"Mở 2 lớp trung cấp lý luận chính trị cho 90 học viên, 100% học viên tốt nghiệp.",
                        "training.classes.theory=2", "training.participants.theory=90", "training.completion=100"},
                {"Có 2.000 cán bộ, đảng viên tham gia học tập nghị quyết, đạt 95%.",
                        "training.participants.resolution=2000", "training.attendance.resolution=95"},
                // shares that are no Party-building figure
                {"Số đảng viên là sinh viên chiếm 1,4% tổng số sinh viên; đảng viên nữ chiếm 38%.",},
                {"Tỷ lệ học sinh khá, giỏi đạt 84%; 81,6% hoàn thành tốt nhiệm vụ.",},
        });
    }

    @Test
    void whatANumberCountsMayBeNamedBeforeItByAHeadingOrASubject() {
        check(new String[][] {
                {"Đảng bộ kết nạp được 12 đảng viên, nâng tổng số đảng viên của Đảng bộ lên 1.245.", "members.admitted=12",
                        "members.atDate=1245"},
                {"Số đảng viên mới kết nạp là 15 đồng chí.", "members.admitted=15"},
                {"Có 15 đảng viên mới được kết nạp.", "members.admitted=15"},
                {"Có 3 đồng chí bị xử lý kỷ luật (khiển trách 2, cảnh cáo 1).", "members.disciplined=3",
                        "members.disciplined=2", "members.disciplined=1"},
                {"Thi hành kỷ luật 5 đảng viên, trong đó khai trừ 1, cảnh cáo 2.", "members.disciplined=5",
                        "members.expelled=1", "members.disciplined=2"},
                // a table written as lines, under a numbered section
                {"2. Công tác phát triển đảng viên\n- Kết nạp đảng viên mới: 15 đồng chí\n- Số đảng viên được công nhận "
                        + "chính thức: 11\n- Đảng viên từ trần: 3 đồng chí\n- Số chi bộ trực thuộc: 23\n- Tổng số đảng viên: 1.245",
                        "members.admitted=15", "members.recognized=11", "members.deceased=3", "units.branches=23",
                        "members.atDate=1245"},
                {"Thi hành kỷ luật 4 đảng viên (2 khiển trách, 1 cảnh cáo, 1 khai trừ).", "members.disciplined=4",
                        "members.disciplined=2", "members.disciplined=1", "members.expelled=1"},
                {"Trong kỳ, kết nạp 8 đảng viên; chuyển đến 5, chuyển đi 3; từ trần 2.", "members.admitted=8",
                        "members.transferredIn=5", "members.transferredOut=3", "members.deceased=2"},
                {"Xếp loại đảng viên: HTXSNV: 25 đồng chí; HTTNV: 200 đồng chí; HTNV: 20 đồng chí; KHTNV: 1 đồng chí.",
                        "ratings.members.excellent=25", "ratings.members.failed=1"},
                {"Tổ chức học tập, quán triệt các nghị quyết, chỉ thị cho 1.200 lượt cán bộ, đảng viên, đạt 96%.",
                        "training.participants.resolution=1200", "training.attendance.resolution=96"},
                {"Trao Huy hiệu Đảng cho 45 đảng viên (2 đồng chí 70 năm, 5 đồng chí 60 năm).",
                        "members.badgesAwarded=45", "members.badgesAwarded=2", "members.badgesAwarded=5"},
                {"Dân số: 12.000 người; số hộ: 3.000; tuổi đời bình quân: 47; số đảng viên nữ là 120.",},
                {"Chi đoàn kết nạp 120 đoàn viên; Công đoàn kết nạp: 45 đoàn viên.",},
        });
    }

    @Test
    void aReportInNumberedSectionsWithAPlanForTheNextYear() {
        check(new String[][] {
                {"Ngày 20/12/2026, Đảng ủy xã tổ chức hội nghị tổng kết.\n\n2. Công tác tổ chức\nĐảng bộ có 31 chi bộ trực thuộc "
                        + "(24 chi bộ ấp, 7 chi bộ cơ quan) với 1.012 đảng viên, trong đó đảng viên chính thức 968 đồng chí, "
                        + "dự bị 44 đồng chí. Kết nạp 26 đảng viên, nâng tổng số đảng viên lên 1.012 đồng chí.\n\n"
                        + "3. Công tác kiểm tra\n- Kiểm tra tài chính đảng tại 10 chi bộ\n- Thi hành kỷ luật: 4 đảng viên\n\n"
                        + "II. PHƯƠNG HƯỚNG NĂM 2027\nKết nạp 28 đảng viên mới; 90% đảng viên hoàn thành tốt nhiệm vụ trở lên.",
                        "units.branches=31", "units.branches=24", "units.branches=7", "members.atDate=1012",
                        "members.officialAtDate=968", "members.admitted=26", "inspection.organizations=10",
                        "members.disciplined=4"},
                {"Phấn đấu kết nạp 28 đảng viên; 100% chi bộ hoàn thành tốt nhiệm vụ trở lên; 90% đảng viên hoàn thành tốt "
                        + "nhiệm vụ trở lên.",},
                {"Đảng bộ kết nạp 13 đảng viên, vượt chỉ tiêu được giao; công nhận chính thức cho 11 đồng chí.",
                        "members.admitted=13", "members.recognized=11"},
                {"Kết nạp 12 đảng viên; chi bộ sẽ tiếp tục bồi dưỡng quần chúng; công nhận chính thức 5 đồng chí.",
                        "members.admitted=12", "members.recognized=5"},
        });
    }

    @Test
    void goalsPlansAndThresholdsAreNotResults() {
        check(new String[][] {
                {"Năm 2027, Đảng bộ phấn đấu kết nạp 30 đảng viên mới, giới thiệu 45 quần chúng ưu tú.",},
                {"Đảng ủy đặt mục tiêu 100% chi bộ hoàn thành tốt nhiệm vụ trở lên.",},
                {"Dự kiến quý IV sẽ kết nạp thêm 6 đảng viên.",},
                {"Đảng ủy giao chỉ tiêu cho mỗi chi bộ giới thiệu ít nhất 02 quần chúng.",},
                {"Kết nạp 12 đảng viên; năm tới phấn đấu kết nạp 15 đảng viên.", "members.admitted=12"},
                {"Thành lập tổ chức đảng ở doanh nghiệp có từ 3 đảng viên chính thức trở lên.",},
                {"Đại hội thống nhất 10 chỉ tiêu cho nhiệm kỳ mới, trong đó mỗi năm kết nạp ít nhất 1 đảng viên.",},
                {"Chi bộ chia sẻ kinh nghiệm: đã kết nạp 4 đảng viên là công nhân.", "members.admitted=4"},
        });
    }

    @Test
    void numbersThatAreNotPartyFiguresAreNotProposed() {
        check(new String[][] {
                {"Xã có diện tích 2.350 ha, dân số 12.480 người với 3.120 hộ.",},
                {"Tốc độ tăng trưởng kinh tế đạt 8,5%; thu nhập bình quân 62 triệu đồng/người/năm.",},
                {"Tổng giá trị sản xuất đạt 1.250 tỷ đồng, tăng 7,2% so với cùng kỳ.",},
                {"Thực hiện Nghị quyết số 15-NQ/TU, Kế hoạch 120-KH/ĐU; liên hệ số điện thoại 0912.345.678.",},
                {"Đại hội bầu Ban Chấp hành Đảng bộ khóa mới gồm 15 đồng chí và bầu 9 đại biểu đi dự Đại hội cấp trên.",},
                {"Sáng 12/3, 45 đồng chí lên đường nhập ngũ; đồng chí Bí thư năm nay 52 tuổi.",},
                {"Hội nghị đã trao giấy khen cho 12 chi bộ và 35 đảng viên có thành tích xuất sắc.",},
                {"Có 2 đồng chí vi phạm đang được xem xét kỷ luật; Đảng ủy xem xét kỷ luật 1 đảng viên.",},
                {"Đã có 150 đảng viên đăng ký làm theo gương Bác; 45 đảng viên đăng ký tham gia hiến máu.",},
                {"Tỷ lệ bao phủ bảo hiểm y tế đạt 92,5%; có 98% hộ gia đình đạt danh hiệu gia đình văn hóa.",},
                {"Chi bộ có 20 đảng viên, gồm 17 đảng viên chính thức và 3 đảng viên dự bị.", "members.atDate=20",
                        "members.officialAtDate=17"},
        });
    }

    @Test
    void aClassForNewMembersIsNamedByItsParticipants() {
        check(new String[][] {
                {"- Mở 01 lớp bồi dưỡng lý luận chính trị cho 19 đảng viên mới.", "training.classes.newMembers=1",
                        "training.participants.newMembers=19"},
        });
    }

    @Test
    void theStudyMeetingNamedBeforeGovernsTheAttendanceCountedLater() {
        check(new String[][] {
                {"Sáng 17/3, Đảng ủy xã tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng.\n\n"
                        + "Tham dự hội nghị có 612 cán bộ, đảng viên, đạt 94,6%.",
                        "training.participants.resolution=612", "training.attendance.resolution=94.6"},
                {"Đảng ủy tổ chức học tập Nghị quyết; đã có 1.671/1.684 đảng viên tham gia học tập, đạt 99,2%.",
                        "training.participants.resolution=1671", "training.attendance.resolution=99.2"},
        });
    }

    @Test
    void partsAfterASemicolonBreakDownTheCountBefore() {
        check(new String[][] {
                {"Trong năm, các cấp ủy đã kết nạp 212 đảng viên, đạt 106% chỉ tiêu; trong đó có 87 đồng chí là chiến sĩ.",
                        "members.admitted=212", "members.admitted=87"},
                {"Toàn Đảng bộ kết nạp 12.846 đảng viên; trong đó 10.097 đảng viên là đoàn viên thanh niên.",
                        "members.admitted=12846", "members.admitted=10097"},
        });
    }

    @Test
    void theTargetAResultIsMeasuredAgainstIsNotAResult() {
        check(new String[][] {
                {"Trong 6 tháng, kết nạp 47 đảng viên, đạt 58,8% chỉ tiêu năm (chỉ tiêu: 80 đảng viên).", "members.admitted=47"},
                {"Tỷ lệ đảng viên dự sinh hoạt chưa đạt chỉ tiêu 90%.", },
        });
    }

    @Test
    void headlinesOfRelatedNewsAreFurniture() {
        check(new String[][] {
                {"Chi bộ kết nạp 3 đảng viên mới.\n\nThu Hà\n\nTin liên quan:\n- Phường Quang Châu trao Huy hiệu Đảng cho "
                        + "21 đảng viên\n- Khu công nghiệp thu hút thêm 3 dự án\n\nLượt xem: 1.203", "members.admitted=3"},
        });
    }

    @Test
    void aDifferenceFromAnEarlierPeriodIsNotACount() {
        check(new String[][] {
                {"Toàn Đảng bộ đã kết nạp 24 đảng viên mới, tăng 5 đảng viên so với cùng kỳ năm 2025.", "members.admitted=24"},
                {"Thi hành kỷ luật 24 đảng viên, giảm 6 trường hợp so với năm 2020.", "members.disciplined=24"},
        });
    }

    @Test
    void sendingMembersAwayAndProposingCandidatesInTheirOtherWords() {
        check(new String[][] {
                {"Đảng ủy Sư đoàn chuyển sinh hoạt đảng về địa phương cho 84 đảng viên là quân nhân xuất ngũ.",
                        "members.transferredOut=84"},
                {"Trong năm, Đảng bộ tiếp nhận 23 đảng viên, chuyển sinh hoạt đảng về nước cho 19 đồng chí.",
                        "members.transferredIn=23", "members.transferredOut=19"},
                {"Chi bộ đã xét, đề nghị Đảng ủy xã kết nạp ba quần chúng.", "candidates.introduced=3"},
        });
    }

    @Test
    void theAwarenessClassCertifiesItsParticipants() {
        check(new String[][] {
                {"Đảng ủy mở 1 lớp bồi dưỡng nhận thức về Đảng cho 47 quần chúng ưu tú, có 45 học viên được cấp giấy chứng nhận.",
                        "training.classes.awareness=1", "training.participants.awareness=47", "candidates.certified=45"},
        });
    }

    @Test
    void theMembersShareOfTheTroopsOrOfTheStaff() {
        check(new String[][] {
                {"Đảng bộ hiện có 21 tổ chức cơ sở đảng với 73 chi bộ trực thuộc; đảng viên chiếm 68,4% quân số.",
                        "units.grassroots=21", "units.branches=73", "members.shareOfStaff=68.4"},
                {"Đảng bộ có 412 chi bộ; tỷ lệ cán bộ, chiến sĩ là đảng viên đạt 97,1%.", "units.branches=412",
                        "members.shareOfStaff=97.1"},
                {"Tuy vậy, đảng viên chỉ chiếm 0,55% tổng số lao động trong các khu công nghiệp.", "members.shareOfStaff=0.55"},
        });
    }

    @Test
    void whatDidNotHappenAndWhoCameHereAndWhoIsTaught() {
        check(new String[][] {
                {"- Xóa tên 06 đảng viên dự bị không đủ điều kiện công nhận chính thức.", "members.struckOff=6"},
                {"- Tiếp nhận 03 đảng viên nghỉ hưu chuyển sinh hoạt đảng về nơi cư trú.", "members.transferredIn=3"},
                {"Đảng ủy mở 2 lớp bồi dưỡng nghiệp vụ công tác đảng cho 186 cấp ủy viên cơ sở.", "training.classes.other=2",
                        "training.participants.other=186"},
        });
    }

    @Test
    void theStudyMeetingNamedAfterItsAttendanceAndAMeetingHallThatIsNoMeeting() {
        check(new String[][] {
                {"Đảng ủy cử 54 đồng chí dự hội nghị học tập, quán triệt Nghị quyết trực tuyến toàn quốc.",
                        "training.participants.resolution=54"},
                {"Ngày 12/3, Đảng ủy tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIV. Hội nghị được tổ chức tại "
                        + "Trung tâm Hội nghị đặc khu. Tham dự hội nghị có 1.846 cán bộ, đảng viên, đạt 97,2%.",
                        "training.participants.resolution=1846", "training.attendance.resolution=97.2"},
                {"Toàn Đảng bộ có 931 đảng viên; 29 đảng viên chưa tham gia học tập do đi công tác.", "members.atDate=931"},
        });
    }

    @Test
    void aResultToldAgainInAnotherSentenceIsOneFactButEqualPartsAreTwo() {
        check(new String[][] {
                {"Sáng 2/2, Đảng ủy phường tổ chức lễ trao Huy hiệu Đảng cho 126 đảng viên. Theo quyết định, đợt này có 126 "
                        + "đảng viên được trao Huy hiệu Đảng.", "members.badgesAwarded=126"},
                {"Trong năm, Đảng bộ kết nạp 68 đảng viên, đạt 113,3% chỉ tiêu. Bí thư Đảng ủy nhấn mạnh: \"Chúng ta đã kết "
                        + "nạp được 68 đảng viên, nhiều nhất từ trước đến nay\".", "members.admitted=68"},
                {"Chi bộ thôn 1 kết nạp 2 đảng viên, chi bộ thôn 3 kết nạp 2 đảng viên.", "members.admitted=2",
                        "members.admitted=2"},
        });
    }

    @Test
    void aCommitteesSizeAndWhoWasAwayAreNotCountsOfMembers() {
        check(new String[][] {
                {"Đảng bộ có 2.412 đảng viên. Ủy ban Kiểm tra Đảng ủy xã gồm 07 đồng chí, trong đó 03 đồng chí chuyên trách.",
                        "members.atDate=2412"},
                {"Ban Chấp hành Đảng bộ phường (33 đồng chí) và Ban Thường vụ (11 đồng chí) đã tổ chức kiểm điểm."},
                {"Số đảng viên vắng có lý do (ốm đau, đi làm ăn xa) là 33 đồng chí; các chi bộ tổ chức học bù."},
        });
    }

    @Test
    void aStudyToldWithoutItsMeetingAndThePartsOfAnAdmissionAfterTrongSoDo() {
        check(new String[][] {
                {"Các chi bộ đã tổ chức học tập, quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị, có 3.611/3.874 đảng viên "
                        + "tham gia, đạt 93,2%.", "training.participants.resolution=3611", "training.attendance.resolution=93.2"},
                {"Số đảng viên thuộc diện phải học tập là 2.047 đồng chí."},
                {"Có 137 quần chúng ưu tú được kết nạp vào Đảng; trong số đó có 29 đồng chí là chiến sĩ nghĩa vụ.",
                        "members.admitted=137", "members.admitted=29"},
        });
    }

    @Test
    void thePlanUnderAHeadingInCapitalsIsNoResultWhoeverReadsIt() {
        check(new String[][] {
                {"Năm 2025, Đảng bộ kết nạp 180 đảng viên.\n\nPhần thứ hai\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n"
                        + "1. Kết nạp 200 đảng viên; kiểm tra 08 tổ chức đảng.\n2. Mỗi năm kết nạp từ 60 đảng viên trở lên.",
                        "members.admitted=180"},
        });
    }

    @Test
    void aBranchProposingAnAdmissionHasNotAdmittedYet() {
        check(new String[][] {
                {"- Chi bộ đã xét, đề nghị Đảng ủy xã kết nạp: 02 quần chúng.", "candidates.introduced=2"},
                {"- Kết nạp 02 đảng viên; chi bộ đã xét, đề nghị Đảng ủy xã kết nạp 01 quần chúng.", "members.admitted=2",
                        "candidates.introduced=1"},
        });
    }

    @Test
    void aFloorInAListAndAUniversitysStudentsAreNoCounts() {
        check(new String[][] {
                {"Năm 2025, Đảng bộ kết nạp 120 đảng viên.\nĐại hội thông qua Nghị quyết, trong đó:\n"
                        + "- Kết nạp từ 450 đảng viên trở lên trong nhiệm kỳ.", "members.admitted=120"},
                {"Trường hiện có gần 45.000 người học; Đảng bộ có 1.250 đảng viên.", "members.atDate=1250"},
        });
    }

    @Test
    void pupilsAndGroupsOfPeopleArePartsOfACountOrCandidates() {
        check(new String[][] {
                {"Chi bộ kết nạp 3 đảng viên (2 giáo viên trẻ, 1 học sinh lớp 12); giới thiệu 7 học sinh ưu tú tham gia lớp "
                        + "bồi dưỡng nhận thức về Đảng, 7/7 em được cấp giấy chứng nhận.", "members.admitted=3",
                        "members.admitted=2", "members.admitted=1", "training.participants.awareness=7",
                        "candidates.certified=7"},
                {"- Phát triển đảng viên: kết nạp 3 đảng viên (2 nữ, 1 đoàn viên).", "members.admitted=3",
                        "members.admitted=2", "members.admitted=1"},
                {"Mở 01 lớp bồi dưỡng nhận thức về Đảng cho 41 quần chúng, 40 quần chúng được cấp GCN.", "training.classes.awareness=1",
                        "training.participants.awareness=41", "candidates.certified=40"},
        });
    }

    @Test
    void aCountToldAgainWithoutItsPeriodIsOneFact() {
        check(new String[][] {
                {"Kết quả xếp loại chất lượng năm 2025: 20/21 chi bộ hoàn thành tốt nhiệm vụ trở lên; 02 đồng chí không "
                        + "hoàn thành nhiệm vụ.\nĐồng chí Bí thư chỉ ra: vẫn còn 2 đảng viên không hoàn thành nhiệm vụ.",
                        "ratings.organizations.goodOrBetter=20", "ratings.members.failed=2"},
                {"Năm 2025, toàn Đảng bộ kết nạp 74 đảng viên.\nCông tác phát triển đảng viên đạt kết quả cao: toàn Đảng bộ "
                        + "kết nạp 74 đảng viên, đạt 105,7% kế hoạch.", "members.admitted=74"},
        });
    }

    @Test
    void whatWasFoundAtFaultNotYetDoneOrNamedByANumberIsNoCount() {
        check(new String[][] {
                {"Đảng ủy thi hành kỷ luật khiển trách 01 chi bộ (Chi bộ Tổ dân phố số 5) vì vi phạm nguyên tắc tập trung dân chủ.",
                        "units.disciplined=1"},
                {"Kiểm tra tài chính đảng phát hiện 3 chi bộ thu đảng phí chưa đúng quy định, kiến nghị thu hồi 28,6 triệu "
                        + "đồng.", },
                {"Hạn chế: giám sát ở một số chi bộ còn hình thức; 2 chi bộ chưa xây dựng chương trình kiểm tra, giám sát.", },
                {"Các chi bộ đã kiểm điểm rút kinh nghiệm 4 đảng viên có thiếu sót chưa đến mức phải xử lý kỷ luật.",
                        "members.reviewed=4"},
        });
    }

    @Test
    void goalsSetAndCommendationsAreNoResults() {
        check(new String[][] {
                {"Năm 2026, Đảng bộ đặt mục tiêu kết nạp 20 đảng viên, trong đó ưu tiên bác sĩ trẻ; 100% chi bộ hoàn thành tốt "
                        + "nhiệm vụ trở lên.", },
                {"Dịp này, Đảng ủy xã tặng Giấy khen cho 04 chi bộ và 22 đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu; "
                        + "kết nạp 5 đảng viên.", "members.admitted=5"},
                {"Nghị quyết đề ra 08 chỉ tiêu, đến giữa nhiệm kỳ có 6/8 chỉ tiêu đạt và vượt.", "targets.reached=6"},
        });
    }

    @Test
    void partsListedAfterGomAreCountsOfTheSameKind() {
        check(new String[][] {
                {"Hiện Đảng bộ có 46 chi bộ trực thuộc, gồm 32 chi bộ thôn, 9 chi bộ cơ quan, trường học và 5 chi bộ công an, "
                        + "quân sự, với 1.387 đảng viên.", "units.branches=46", "units.branches=32", "units.branches=9",
                        "units.branches=5", "members.atDate=1387"},
                {"Đảng bộ có 46 chi bộ, gồm: 32 chi bộ thôn và 14 chi bộ cơ quan.", "units.branches=46", "units.branches=32",
                        "units.branches=14"},
                {"Đảng bộ có 1.046 chi bộ, gồm 1.032 chi bộ thôn và 14 chi bộ cơ quan.", "units.branches=1046",
                        "units.branches=1032", "units.branches=14"},
        });
    }

    @Test
    void aCountOfPeopleAfterAnUnknownVerbIsNoStock() {
        check(new String[][] {
                {"Công tác cán bộ: điều động 126 lượt cán bộ; bổ nhiệm 41 đồng chí; 15 đồng chí nghỉ hưu theo chế độ.", },
                {"Địa bàn tỉnh có 64 xã, phường; lực lượng dân quân tự vệ 9.860 đồng chí.", },
                {"Đảng bộ Công an tỉnh hiện có 68 tổ chức cơ sở đảng và 412 chi bộ trực thuộc, với 5.904 đảng viên.",
                        "units.grassroots=68", "units.branches=412", "members.atDate=5904"},
                {"Dự hội nghị có đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy cùng 126 đại biểu là bí thư các chi bộ.",
                        "conferences.attendees=126"},
        });
    }

    @Test
    void petitionsAndThoseTheyConcernAreNoMembersReceivedOrDisciplined() {
        check(new String[][] {
                {"Tiếp nhận 03 đơn tố cáo đối với 03 đảng viên, đã giải quyết xong 2 đơn. Giải quyết 3 trường hợp khiếu nại kỷ "
                        + "luật đảng; giữ nguyên hình thức kỷ luật cả 3 trường hợp. Tiếp nhận 5 đảng viên chuyển đến.",
                        "members.transferredIn=5"},
        });
    }

    @Test
    void theMembersShareOfTheStaffIsReadPastBracketsAndTheStaffsNumber() {
        check(new String[][] {
                {"Chi bộ hiện có 38 đảng viên (chính thức: 35), chiếm 46,3% tổng số cán bộ, giáo viên, nhân viên.",
                        "members.atDate=38", "members.officialAtDate=35", "members.shareOfStaff=46.3"},
                {"Chi bộ Công ty hiện có 46 đảng viên trên tổng số 1.930 lao động, chiếm 2,4%.", "members.atDate=46",
                        "members.shareOfStaff=2.4"},
        });
    }

    @Test
    void badgesCountedAsBadgesAreBadgesAwarded() {
        check(new String[][] {
                {"Lũy kế từ đầu nhiệm kỳ đến nay, Đảng ủy đặc khu đã trao 128 Huy hiệu Đảng.", "members.badgesAwarded=128"},
                {"Các chi bộ đã xét, đề nghị xét tặng 25 Huy hiệu Đảng đợt 7/11.", },
        });
    }

    @Test
    void candidatesFollowedAndFosteredAsTheSourceOfAdmissionsAreCandidatesAtADate() {
        check(new String[][] {
                {"Hiện các chi bộ đang bồi dưỡng, theo dõi 318 quần chúng ưu tú.", "candidates.atDate=318"},
                {"Đến đầu tháng 3/2026, các chi bộ đang theo dõi, bồi dưỡng 286 quần chúng ưu tú làm nguồn kết nạp trong năm.",
                        "candidates.atDate=286"},
                {"Các chi bộ đang theo dõi 300 quần chúng ưu tú; đội 4 có 18 công nhân.", "candidates.atDate=300"},
        });
    }

    @Test
    void branchesThatHoldTheirMonthlyMeetingsAreTheMonthlyHeldShare() {
        check(new String[][] {
                {"- 52/52 chi bộ duy trì sinh hoạt thường kỳ hằng tháng; tỷ lệ đảng viên dự sinh hoạt bình quân đạt 91,4%.",
                        "meetings.monthlyHeldShare=52", "meetings.attendance=91.4"},
                {"Đáng chú ý, 100% chi bộ duy trì nền nếp sinh hoạt thường kỳ.", "meetings.monthlyHeldShare=100"},
        });
    }

    @Test
    void theStatesDisciplineOfItsEmployeesIsNotThePartys() {
        check(new String[][] {
                {"Đảng ủy thi hành kỷ luật 1 đảng viên; Giám đốc Bệnh viện kỷ luật viên chức 3 trường hợp vi phạm y đức.",
                        "members.disciplined=1"},
        });
    }
}
