package vn.dangvu.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.dangvu.extraction.Extraction.Figure;

/**
 * The rules that read figures out of a Vietnamese review report. They work on the folded text (lower case,
 * marks removed, one character for one, so offsets carry over): a number, the thing counted right after it
 * (đảng viên, chi bộ, lớp, chỉ tiêu…), the verb that says what happened to it (kết nạp, giải thể, kỷ luật…)
 * before it in its clause or after it ("02 đồng chí từ trần"), and the percentage or total written with it.
 */
final class FigureRules {

    /** The catalog's measure codes (targets module and the modules' contract); a kind outside maps to none. */
    static final Set<String> CATALOG = Set.of("members.admitted", "members.recognized", "members.atDate",
            "members.officialAtDate", "candidates.atDate", "candidates.certified", "members.disciplined",
            "members.expelled", "members.struckOff", "members.deceased", "members.left", "members.transferredIn",
            "members.transferredOut", "units.received", "units.dissolved", "units.grassroots", "units.branches",
            "training.classes", "training.participants", "training.attendance", "training.completion",
            "training.classes.awareness", "training.classes.newMembers", "training.classes.resolution",
            "training.classes.theory", "training.classes.other", "training.participants.awareness",
            "training.participants.newMembers", "training.participants.resolution", "training.participants.theory",
            "training.participants.other", "training.attendance.awareness", "training.attendance.newMembers",
            "training.attendance.resolution", "training.attendance.theory", "training.attendance.other",
            "meetings.monthlyHeld", "meetings.themedHeld", "meetings.attendance", "conferences.held",
            "conferences.attendees", "members.reviewed", "units.disciplined", "inspection.cases", "supervision.cases",
            "ratings.members.excellent", "ratings.members.goodOrBetter", "ratings.members.failed",
            "ratings.organizations.excellent", "ratings.organizations.goodOrBetter", "ratings.organizations.failed");

    /**
     * The kinds a figure may have: the catalog's, and those the annotation conventions add (extraction/fresh/README.md).
     * A reading of a kind outside ("ratings.members.completed", "members.probationaryAtDate", a count of rated members)
     * is not proposed: nobody has agreed what it counts. The three kinds only the blind set uses (ratings.members.good,
     * members.ratedShare, meetings.themedHeldBranches) are kept for it, though the fresh set's conventions leave them out.
     */
    static final Set<String> VOCABULARY = java.util.stream.Stream.concat(CATALOG.stream(), Stream.of(
            "candidates.introduced", "members.badgesAwarded", "members.exempted", "members.shareOfStaff",
            "members.qualified", "inspection.organizations", "inspection.members", "units.established", "units.merged",
            "money.raised", "land.donated", "targets.reached", "targets.exceeded", "targets.partlyReached",
            "meetings.monthlyHeldShare", "training.completion", "ratings.members.good", "members.ratedShare",
            "meetings.themedHeldBranches")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    enum Noun { GRASSROOTS, ORG, BRANCH, MEMBER, PERSON, CANDIDATE, CLASS, TARGET, DELEGATE, PARTICIPANT, MONTHLY, THEMED,
        INSPECTION, SUPERVISION, CONFERENCE, MONEY, AREA, BADGE }

    /** Nouns that are events, not people or units: their count is their kind, whatever is said of them after. */
    private static final Set<Noun> EVENTS = Set.of(Noun.MONTHLY, Noun.THEMED, Noun.INSPECTION, Noun.SUPERVISION,
            Noun.CONFERENCE);

    enum Verb { REVIEW, EXPEL, STRIKE_OFF, LEFT, DISCIPLINE, DECEASED, INTRODUCE, ADMIT, RECOGNIZE, TRANSFER_IN,
        TRANSFER_OUT, RECEIVE, DISSOLVE, ESTABLISH, MERGE, INSPECT, SUPERVISE, BADGE, EXEMPT, CERTIFY, ATTEND,
        STUDY, AWARE, FOSTER, DONATE, COMPLETE, EXCEED, PARTLY, RATED, RATE_FAILED, RATE_COMPLETED, RATE_GOOD,
        RATE_GOOD_OR_BETTER, RATE_EXCELLENT, QUALIFIED, MONTHLY_HELD, THEMED_HELD, STOCK, UNMET, HAND_OVER, ABSENT, ENROL }

    private record Rule<T>(Pattern pattern, T value) {
    }

    private static <T> Rule<T> rule(String regex, T value) {
        return new Rule<>(Pattern.compile("(?<![a-z])(?:" + regex + ")(?![a-z])"), value);
    }

    /** A predicate after the noun, also in its passive or past form: "được kết nạp", "đã bị kỷ luật", "đều được…". */
    private static Rule<Verb> after(String regex, Verb value) {
        return rule("(?:(?:da|deu|cung|dang|vua|moi) )*(?:(?:duoc|bi) )?(?:" + regex + ")", value);
    }

    /** "chuyển sinh hoạt đảng chính thức", "chuyển sinh hoạt tạm thời", "chuyển": the start of a transfer. */
    private static final String MOVE = "chuyen (?:sinh hoat )?(?:dang )?(?:chinh thuc |tam thoi )?";

    /** Where a transfer goes out to: another unit ("đi", "ra ngoài", "sang") or home ("về nơi cư trú"). */
    private static final String OUT = "(?:di|ra(?: ngoai| khoi)?|sang|ve (?:sinh hoat (?:tai|o) )?noi cu tru"
            + "|ve (?:nuoc|dia phuong|que|co so|noi o))";

    /** The words that may introduce a rating: "được đánh giá, xếp loại", "xếp loại", "đạt". */
    private static final String RATED = "(?:(?:danh gia,? )?xep loai (?:chat luong )?(?:o muc )?|dat |la |o muc )?(?:du tu cach,? )?";

    /** Counted nouns, longest first; the noun must follow the number (after its qualifier words). */
    private static final List<Rule<Noun>> NOUNS = List.of(
            rule("to chuc co so dang|to chuc co so|tccs dang|tccsd|tccs|dang bo co so|chi bo co so", Noun.GRASSROOTS),
            rule("to chuc dang|tcd", Noun.ORG),
            rule("chi bo|chi, dang bo|chi bo truc thuoc", Noun.BRANCH),
            rule("dang vien|dong chi|dv|d/c", Noun.MEMBER),
            // people named by what they are, counted only when something happens to them ("kết nạp 23 sinh viên ưu tú")
            rule("(?:truong hop|sinh vien|hoc sinh|em|cong nhan|giao vien|bac si|chien si|ha si quan|si quan|quan nhan|can bo "
                    + "chien si)(?: uu tu)?", Noun.PERSON),
            rule("quan chung(?: uu tu)?|qcut|doi tuong(?: ket nap dang| dang| ket nap)?|(?:nguoi )?cam tinh dang",
                    Noun.CANDIDATE),
            rule("lop", Noun.CLASS),
            rule("huy hieu(?: dang)?", Noun.BADGE), // "đã trao 128 Huy hiệu Đảng": the badges, one a member
            rule("chi tieu", Noun.TARGET),
            rule("dai bieu", Noun.DELEGATE),
            rule("(?:luot )?(?:can bo|cb),? (?:dang vien|dv|cong chuc|vien chuc)(?:,? (?:cong chuc|vien chuc|doan vien|hoi vien|"
                    + "nguoi lao dong|chien si|nhan dan))*|luot|hoc vien|can bo|nguoi(?! hoc(?![a-z]))"
                    // "lớp bồi dưỡng nghiệp vụ công tác đảng cho 186 cấp ủy viên cơ sở / 540 bí thư, phó bí thư chi bộ"
                    + "|cap uy vien|bi thu,? pho bi thu", Noun.PARTICIPANT),
            rule("(?:buoi|cuoc|ky|lan) sinh hoat (?:chi bo )?(?:thuong ky|dinh ky|hang thang)", Noun.MONTHLY),
            rule("(?:buoi|cuoc|ky|lan) sinh hoat (?:chi bo )?chuyen de", Noun.THEMED),
            rule("cuoc kiem tra", Noun.INSPECTION),
            rule("cuoc giam sat", Noun.SUPERVISION),
            rule("hoi nghi", Noun.CONFERENCE),
            rule("ty dong|trieu dong|nghin dong|ngan dong|dong", Noun.MONEY),
            rule("(?:m2|m²|ha)(?: dat)?", Noun.AREA));

    /** Verbs before the number in its clause; the nearest to the number wins. */
    private static final List<Rule<Verb>> BEFORE = List.of(
            rule("kiem diem rut kinh nghiem|kiem diem", Verb.REVIEW),
            rule("khai tru(?: ra khoi dang)?", Verb.EXPEL),
            rule("xoa ten", Verb.STRIKE_OFF),
            rule("cho ra khoi dang", Verb.LEFT),
            rule("xem xet,? (?:xu ly )?ky luat", Verb.UNMET), // under consideration, not yet disciplined
            rule("phat hien(?: ra)?", Verb.UNMET), // "kiểm tra … phát hiện 3 chi bộ thu đảng phí chưa đúng": found at fault
            rule("ky luat|khien trach|canh cao|cach chuc", Verb.DISCIPLINE),
            // "kỷ luật viên chức 3 trường hợp": the State's discipline of its employees, not the Party's
            rule("ky luat (?:hanh chinh|vien chuc|cong chuc|can bo,? cong chuc|nguoi lao dong|lao dong)", Verb.UNMET),
            rule("tu tran|qua doi", Verb.DECEASED),
            rule("de nghi ket nap|gioi thieu|de nghi (?:[a-z]+ ){1,5}?ket nap", Verb.INTRODUCE),
            rule("ket nap", Verb.ADMIT),
            // "công nhân viên quốc phòng" (defence workers) folds as "công nhận" does, but is never a recognition
            rule("cong nhan(?! vien)|(?:xet )?chuyen (?:dang )?(?:vien )?chinh thuc|chuyen dang vien du bi thanh dang vien chinh thuc",
                    Verb.RECOGNIZE),
            rule(MOVE + "(?:den|vao)", Verb.TRANSFER_IN),
            rule(MOVE + OUT, Verb.TRANSFER_OUT),
            // "chuyển sinh hoạt đảng (về địa phương) cho 84 đảng viên": the unit sends its members away
            rule("chuyen sinh hoat (?:dang )?(?:chinh thuc |tam thoi )?(?:ve [a-z ]{2,25}? )?cho", Verb.TRANSFER_OUT),
            rule("tiep nhan", Verb.RECEIVE),
            rule("giai the", Verb.DISSOLVE),
            rule("thanh lap(?: moi)?", Verb.ESTABLISH),
            rule("sap nhap|hop nhat", Verb.MERGE),
            rule("kiem tra", Verb.INSPECT),
            rule("giam sat", Verb.SUPERVISE),
            rule("huy hieu", Verb.BADGE),
            rule("mien (?:cong tac va )?sinh hoat", Verb.EXEMPT),
            rule("giay chung nhan|(?:duoc )?cap gcn", Verb.CERTIFY),
            rule("su (?:co mat|tham du|tham gia) cua|tham du|co mat|du (?:dai hoi|hoi nghi|buoi sinh hoat|sinh hoat|le|ky hop)"
                    + "|(?:den|ve|toi) du|du(?= co(?![a-z]))",
                    Verb.ATTEND),
            rule("dai dien cho|thay mat cho|(?:dang )?sinh hoat (?:tai|o)|truc thuoc", Verb.STOCK),
            // handing units over to another committee has no kind, and must not inherit the verb before it
            rule("chuyen giao|ban giao|dieu chuyen", Verb.HAND_OVER),
            // the inspection of dues, always of the units that collect them: "kiểm tra việc thu, nộp đảng phí tại 06 chi bộ"
            rule("(?:dang phi|tai chinh dang|tai chinh) (?:tai|o|cua|doi voi)", Verb.INSPECT),
            rule("hoc tap|quan triet|trien khai nghi quyet", Verb.STUDY),
            rule("nhan thuc ve dang|cam tinh dang", Verb.AWARE),
            rule("boi duong|theo doi,? (?:giup do,? )?boi duong|boi duong,? theo doi|theo doi,? giup do|theo doi", Verb.FOSTER),
            rule("dong gop|ung ho|quyen gop|huy dong|van dong|(?<!phat )hien(?= (?:hon|tren|gan|khoang|\\d)|\\s*$)", Verb.DONATE),
            rule("hoan thanh|dat va vuot", Verb.COMPLETE));

    /** Words that put a count of comrades or delegates in an election, not among the members. */
    private static final Pattern ELECTED = Pattern.compile("(?<![a-z])(?:bau|trung cu|ban chap hanh|ban thuong vu|"
            + "uy ban kiem tra|cap uy|chi uy|dang uy vien|uy vien)(?![a-z])");

    /**
     * A body of people named right before its size: "Ủy ban Kiểm tra gồm 7 đồng chí", "Ban Thường vụ (11 đồng chí)",
     * "báo cáo viên gồm 03 đồng chí". Its members are counted as a committee, not as the members of the Party unit.
     */
    private static final Pattern BODY_SIZE = Pattern.compile("(?<![a-z])(?:ban chap hanh|ban thuong vu|uy ban kiem tra|"
            + "(?:doan|to) (?:kiem tra|giam sat|cong tac)|bao cao vien|chi uy|cap uy|hoi dong|thuong truc)(?![a-z])"
            + "[^.;]{0,60}?(?:gom|\\()\\s*(?:co\\s+)?$");

    /** "số đảng viên thuộc diện phải học tập là 2.047 đồng chí": those called to a study are its base, not its count. */
    private static final Pattern CALLED_TO_STUDY = Pattern.compile("(?<![a-z])thuoc dien (?:phai )?(?:hoc tap|tham gia)[^.;]{0,20}$");

    /** "trong đó", "trong số đó", "trong số này": what follows breaks down the count before. */
    private static final Pattern WITHIN = Pattern.compile("(?<![a-z])trong (?:so )?(?:do|nay)(?![a-z])");

    /** "Số đảng viên vắng có lý do là 33 đồng chí": who was away is not counted as a result. */
    private static final Pattern ABSENT = Pattern.compile("(?<!\\p{L})vắng(?!\\p{L})", Pattern.CASE_INSENSITIVE);

    /** "… trên tổng số 152 đảng viên", "/ tổng số 30": the total a count is taken of. */
    private static final Pattern TOTAL = Pattern.compile(
            "[^,;.:()]{0,40}?(?<![a-z])(?:tren|trong|/)\\s*(?:tong so|so)\\s+(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d,])");

    /** Money that is the economy's, not raised by the Party's call: output, revenue, budget, income, capital. */
    private static final Pattern ECONOMY = Pattern.compile("(?<![a-z])(?:gia tri san xuat|doanh thu|loi nhuan|"
            + "ngan sach|thu nhap|tong thu|von|dau tu|tang truong|kim ngach|nop|kinh te|ho ngheo|bao hiem|dan so)(?![a-z])|/ ?(?:nguoi|nam|thang|ho)");

    /** A meeting, congress or class a sentence may be about, and what follows it when it studies a resolution. */
    private static final Pattern EVENT = Pattern.compile("(?<![a-z])(?<!nghi quyet )(?<!van kien )(?<!chi thi )"
            + "(?<!ket luan )(?<!trung tam )(?<!hoi truong )(?<!phong )(?:hoi nghi(?! (?:trung uong|lan thu|ban chap hanh))|"
            + "dai hoi|sinh hoat|buoi|le|lop|ky hop)(?![a-z])");
    /** A count, its noun and the meeting it attends, named after it: "54 đồng chí dự hội nghị". */
    private static final Pattern NAMED_AFTER = Pattern.compile("[0-9.]+\\s+(?:[a-z]+ ){0,4}?(?:du|tham du|tham gia)\\s+"
            + "(?:hoi nghi|buoi|lop)(?![a-z])");
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\s*(?:[,.:]|(?:nay|duoc|da|dien ra|co|cung|tren|"
            + "voi|ket thuc|thu hut|dat)(?![a-z]))");
    private static final Pattern STUDY_EVENT = Pattern.compile(
            "\\s*(?:(?:truc tuyen|tap trung|chuyen de|toan [a-z]+|cap [a-z]+|de|nham),?\\s*)*(?:hoc tap|quan triet|trien khai|"
            + "thong tin|tuyen truyen)[^.;]{0,80}?(?:nghi quyet|chi thi|ket luan|quy dinh|van kien)");

    /** A study of a resolution told in a paragraph, with or without the meeting it was held at. */
    private static final Pattern STUDIED_HERE = Pattern.compile("(?<![a-z])(?:(?:hoc tap|quan triet)[^.;]{0,80}?(?:nghi quyet|"
            + "chi thi|ket luan|van kien)|thuoc dien (?:phai )?hoc tap)");

    /** A predicate after the counted noun that says what did not happen to it. */
    private static final Pattern NEGATED = Pattern.compile("(?<![a-z])(?:khong du (?:dieu kien|tieu chuan|tu cach)(?: de)?|chua du|"
            + "khong duoc|chua duoc|chua|khong)\\s*$"); // "29 đảng viên chưa tham gia"

    /** Words right before a number that make it a difference: "tăng 5 …", "giảm 3 …", "tăng thêm 2 …". */
    private static final Pattern DIFFERENCE_BEFORE = Pattern.compile("(?<![a-z])(?:tang|giam)(?: them| hon| so voi [a-z0-9 ]{1,30}?)?"
            + "(?:\\s+(?:gan|hon|tren|khoang))?\\s*$");

    /** Words right before a number that make it the target: "chỉ tiêu: 80", "(KH năm: 08 ĐV)", "chỉ tiêu giao 30". */
    private static final Pattern TARGET_BEFORE = Pattern.compile("(?<![a-z])(?<!\\d )(?:chi tieu|ke hoach|kh)(?: (?:nam|quy|giao|"
            + "tren giao|nghi quyet|nhiem ky|giai doan|ca nam|de ra|cua [a-z ]{1,30}?)){0,2}\\s*(?::|la|dat ra|de ra)?\\s*\\(?\\s*$");

    /** "tỷ lệ <who> <doing what> đạt": a share described before its percentage. */
    private static final Pattern RATE_OF = Pattern.compile(
            "(?<![a-z])(?:ty le (?:so )?|so )(.+?)\\s+(?:dat|la|chiem)(?:\\s+(?:gan|hon|tren|khoang|binh quan))?\\s*$");

    /** What a share of the staff is taken of: "chiếm 41,2% tổng số cán bộ, giáo viên, nhân viên". */
    private static final Pattern STAFF = Pattern.compile("\\s*(?:(?:trong|tren|so voi) )?(?:(?:tong )?so )?(?:[0-9.]+ )?(?:can bo|cong chuc|vien chuc|nguoi lao dong|"
            + "cong nhan|giao vien|nhan vien|lao dong|doi ngu|quan nhan|chien si|can bo chien si|quan so)(?![a-z])");

    /** What a class's learners do when it is completed: graduate, receive the certificate, finish the programme. */
    private static final Pattern COMPLETED = Pattern.compile("\\s*(?:(?:deu|da) )*(?:tot nghiep|(?:duoc )?cap (?:giay chung nhan|bang)|"
            + "hoan thanh (?:chuong trinh|khoa hoc|lop hoc))");

    /**
     * Words that make the rest of a sentence a goal, a plan or an assignment rather than a result: "phấn đấu kết nạp 20
     * đảng viên", "đặt mục tiêu", "dự kiến", "sẽ", "giao chỉ tiêu mỗi chi bộ phải giới thiệu ít nhất 01…", "chỉ tiêu
     * kết nạp 20 đảng viên". A result is never written after them in the same sentence.
     */
    private static final Pattern FUTURE = Pattern.compile("(?<![a-z])(?:phan dau|du kien|"
            + "ke hoach (?:nam|nhiem ky) toi|trong (?:nam|nhiem ky) toi|nam toi|thoi gian toi|nhiem ky toi|nhiem ky moi|"
            + "phuong huong)(?![a-z])");

    /**
     * Petitions (đơn thư: denunciations, complaints, reports) and those they concern: received, settled, under review —
     * never members received, disciplined or inspected; "giữ nguyên hình thức kỷ luật" is the answer to a complaint, not a
     * new discipline.
     */
    private static final Pattern PETITIONS = Pattern.compile("(?<![a-z])(?:don (?:thu|to cao|khieu nai|phan anh|kien nghi)|to cao|"
            + "khieu nai|giu nguyen (?:hinh thuc )?(?:ky luat|quyet dinh))(?![a-z])");
    private static final Pattern PETITIONED = Pattern.compile("\\s*(?:[a-z]+ ){0,3}?(?:bi )?(?:khieu nai|to cao|don thu)(?![a-z])");

    /** A commendation given to those counted after it: what they did earned it, and is told elsewhere. */
    private static final Pattern COMMENDED = Pattern.compile("(?<![a-z])(?:(?:tang|trao tang|trao|nhan|duoc tang) (?:giay khen|"
            + "bang khen|co thi dua|ky niem chuong)|khen thuong|tuyen duong|bieu duong|vinh danh)(?![a-z])");

    /**
     * "Đặt mục tiêu", "xác định mục tiêu": the goals set for a coming term or year, every one of them to the end of the
     * sentence. Read in the text itself, since "đặt" (set) and "đạt" (reached) fold alike. Not "đề ra 08 chỉ tiêu", after
     * which the targets reached are told.
     */
    private static final Pattern GOALS_SET = Pattern.compile("(?<!\\p{L})(?:đặt|xác định|đề ra|đặt ra)"
            + "(?: ra)? (?:các )?mục tiêu(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Words that set a target or say what will be done for what follows them, but may also name a target reached in
     * the past ("vượt chỉ tiêu đề ra; vận động…", "đạt mục tiêu…; kết nạp…"): they govern only up to the next semicolon.
     */
    private static final Pattern ASSIGNED = Pattern.compile("(?<![a-z])(?:(?:giao|dat ra|de ra) chi tieu|muc tieu|(?<!chia )se|"
            + "chi tieu (?:ket nap|phat trien))(?![a-z])");

    /** "từ 140 đảng viên trở lên", "có từ 50 lao động trở lên": a threshold, not a count. */
    private static final Pattern THRESHOLD = Pattern.compile("[^.;]{0,60}?(?<![a-z])tro len(?![a-z])");

    /** Plain verbs of state: the count stands at a date. */
    private static final Pattern STOCK = Pattern.compile("(?<![a-z])(?:tong so|hien co|con|co|gom|voi|la|len)(?![a-z])");

    /**
     * Predicates after the counted noun ("02 đồng chí từ trần", "57 đảng viên chuyển sinh hoạt đảng ra ngoài Đảng bộ",
     * "24 đảng viên hoàn thành xuất sắc nhiệm vụ"), each also read in its passive or past form (được, bị, đã, đều…).
     * The one nearest the noun wins, the longest when two start together.
     */
    private static final List<Rule<Verb>> AFTER = List.of(
            after("tu tran|qua doi|tu the", Verb.DECEASED),
            after("(?:xu ly |thi hanh )?ky luat", Verb.DISCIPLINE),
            after("khai tru(?: ra khoi dang)?", Verb.EXPEL),
            after("xoa ten(?: khoi danh sach dang vien)?", Verb.STRIKE_OFF),
            after("(?:xin |cho )?ra khoi dang", Verb.LEFT),
            after(MOVE + "(?:den|vao)", Verb.TRANSFER_IN),
            after(MOVE + OUT, Verb.TRANSFER_OUT),
            after("mien (?:cong tac va )?sinh hoat(?: dang)?", Verb.EXEMPT),
            after("cap (?:giay )?chung nhan|nhan (?:giay )?chung nhan|(?:cap|nhan) gcn", Verb.CERTIFY),
            // going to a class: its type is read from the words after ("đi học trung cấp lý luận chính trị")
            after("(?:(?:duoc )?cu )?(?:di |theo |tham gia |tham du |du )?hoc(?! tap| sinh| vien| bu)(?: lop)?|"
                    + "(?:du|tham gia|tham du|duoc boi duong tai) lop", Verb.ENROL),
            after("vang(?: mat)?", Verb.ABSENT),
            after("(?<!xem xet |de nghi |xet )ket nap(?: vao dang)?", Verb.ADMIT),
            after("(?:xet )?cong nhan(?: la)?(?: dang vien)? chinh thuc|chuyen (?:thanh )?(?:dang vien )?chinh thuc",
                    Verb.RECOGNIZE),
            after("(?:trao|tang|trao tang|nhan|don nhan) huy hieu", Verb.BADGE),
            after("kiem diem rut kinh nghiem", Verb.REVIEW),
            after("(?:kiem diem,? )?danh gia,? xep loai|kiem diem,? danh gia|danh gia chat luong", Verb.RATED),
            rule("(?:(?:da|deu) )*duoc kiem diem", Verb.RATED),
            after("tham du|co mat|(?:ve |den )?du (?:hoi nghi|dai hoi|buoi|le|sinh hoat|ky hop)|"
                    + "tham gia(?! (?:cap uy|ban chap hanh|cong tac|ve|xay dung|ung ho|dong gop))", Verb.ATTEND),
            after(RATED + "(?:khong hoan thanh nhiem vu|khtnv|khong hoan thanh)", Verb.RATE_FAILED),
            after(RATED + "(?:hoan thanh xuat sac(?: nhiem vu)?|htxsnv|htxs)", Verb.RATE_EXCELLENT),
            after(RATED + "(?:hoan thanh tot nhiem vu tro len|hoan thanh tot tro len|httnv tro len|tot tro len)",
                    Verb.RATE_GOOD_OR_BETTER),
            after(RATED + "(?:hoan thanh tot nhiem vu|httnv)", Verb.RATE_GOOD),
            after(RATED + "(?:hoan thanh nhiem vu|htnv)", Verb.RATE_COMPLETED),
            after("du tu cach", Verb.QUALIFIED),
            after("(?:to chuc |duy tri )(?:sinh hoat|buoi sinh hoat) chuyen de", Verb.THEMED_HELD),
            after("duy tri (?:(?:nen nep|deu dan|tot|nghiem) )?sinh hoat|to chuc sinh hoat (?:thuong ky|dinh ky|deu dan|hang thang)",
                    Verb.MONTHLY_HELD),
            after("dat tren|dat tu|dat duoi|dat gan", Verb.PARTLY),
            // passing a class ("đạt yêu cầu") earns its certificate; it is not a target reached
            after("dat yeu cau", Verb.CERTIFY),
            // "2 chi bộ chưa xây dựng chương trình kiểm tra": what did not happen yet is counted by nobody
            after("(?:kho|chua|khong) (?:the )?(?:hoan thanh|dat)|xem xet,? (?:xu ly )?ky luat", Verb.UNMET),
            rule("^\\s*(?:van |con )?chua", Verb.UNMET),
            after("(?:hoan thanh |dat )?vuot(?: muc| ke hoach| tien do)?", Verb.EXCEED),
            after("dat va vuot|hoan thanh|dat", Verb.COMPLETE),
            after("(?:tham gia |tham du |du )?(?:hoc tap|quan triet)", Verb.STUDY),
            after("dong gop|ung ho|quyen gop|huy dong", Verb.DONATE),
            // "286 quần chúng ưu tú làm nguồn kết nạp": the source of admissions, not yet admitted
            after("(?:lam |trong )?nguon (?:ket nap|phat trien dang(?: vien)?)", Verb.FOSTER),
            after("kiem tra", Verb.INSPECT),
            after("giam sat", Verb.SUPERVISE),
            after("giai the", Verb.DISSOLVE),
            after("thanh lap(?: moi)?", Verb.ESTABLISH));

    /** What a stock count may be followed by ("23 chi bộ trực thuộc", "489 đảng viên chính thức"); anything else is a predicate the rules do not know. */
    private static final Pattern STOCK_TAIL = Pattern.compile("\\s*(?:(?:truc thuoc|chinh thuc|du bi|co so|sinh hoat (?:tai|o|trong)|"
            + "dang sinh hoat|trong|tren (?:tong )?so|cua|thuoc|tai|o|voi|va|gom|(?:la )?nu|(?:la )?nguoi dan toc|hien nay|hien co|dang(?! ky)|"
            + "nam trong|la|thay mat|dai dien)(?![a-z]).*)?");

    /** Numbers that are not figures: dates, times, years, document numbers, places, sessions. */
    private static final Pattern MASK = Pattern.compile(String.join("|",
            "\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{2,4}", "\\d{1,2}-\\d{1,2}-\\d{4}", "\\d{1,2}:\\d{2}",
            "ngay\\s+\\d{1,2}(?:\\s+thang\\s+\\d{1,2})?(?:\\s+nam\\s+\\d{4})?",
            "thang\\s+\\d{1,2}(?:\\s*/\\s*\\d{4}|\\s+nam\\s+\\d{4})?",
            "\\d{4}\\s*[-–]\\s*\\d{4}", "(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,%])",
            "(?<![a-z])(?<!tong )so\\s*:?\\s*\\d+[\\w\\-/]*", "\\d+\\s*-\\s*[a-z]+/[a-z/]+",
            "(?:hoi nghi )?trung uong\\s+\\d+(?:\\s*,\\s*\\d+)*(?:\\s*va\\s*\\d+)?",
            "(?<![a-z])(?:phuong|ap|khu pho|to|khom|thon|(?<!theo |chuyen )doi|quan|lan thu|dieu|khoan|muc|khoa|nghi quyet|chi thi|"
                    + "ket luan|quy dinh|tuoi dang|tuoi|khu|lo|(?<!boi )duong|quoc lo|tinh lo)\\s+\\d+",
            "\\d+\\s+nam tuoi dang"));

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w/.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?:\\s*/\\s*(\\d{1,3}(?:\\.\\d{3})+|\\d+))?(\\s*%)?(?![\\w/])");
    private static final Pattern WORDS = Pattern.compile(
            "(?<![a-z])((?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nghin|ngan|linh|le|lam|tu|mot)"
                    + "(?:\\s+(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nghin|ngan|linh|le|lam|tu|mot))*)(?![a-z])");
    private static final Pattern QUALIFIER = Pattern.compile("(gan|hon|tren|khoang|duoi|it nhat|tu)\\s+$");
    private static final Pattern PERIOD = Pattern.compile(String.join("|",
            "(?:6|sau) thang (?:dau|cuoi) nam(?: \\d{4})?", "9 thang(?: dau nam)?(?: \\d{4})?",
            "quy [ivx]+(?: nam \\d{4})?", "nua nhiem ky(?: qua)?|giua nhiem ky",
            "nhiem ky(?: qua)?(?: \\d{4} ?[-–] ?\\d{4})?", "nam hoc \\d{4} ?[-–] ?\\d{4}", "nam \\d{4}",
            "(?:qua|trong) \\d+ nam", "hang nam", "trong nam", "nam qua"));

    private record Token(int start, int end, BigDecimal value, BigDecimal of, boolean percent) {
    }

    private record Found<T>(T value, int start, int end) {
    }

    private final String text;
    private final String folded;
    private final boolean[] blocked;

    FigureRules(String text, boolean[] blocked) {
        this.text = text;
        this.folded = fold(text);
        this.blocked = blocked;
    }

    /** Lower case without marks, đ as d, one character for one. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                out.append('d');
                continue;
            }
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            out.append(Character.toLowerCase(d.charAt(0)));
        }
        return out.toString();
    }

    List<Figure> figures() {
        boolean[] masked = blocked.clone();
        Matcher m = MASK.matcher(folded);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                masked[i] = true;
            }
        }
        List<Token> tokens = tokens(masked);
        List<Figure> out = new ArrayList<>();
        String documentPeriod = null;
        Matcher p = PERIOD.matcher(folded);
        while (p.find()) {
            if (!blocked[p.start()]) {
                documentPeriod = text.substring(p.start(), p.end());
                break;
            }
        }
        int sentenceStart = -1;
        Figure prev = null;
        Verb prevVerb = null;
        Noun prevNoun = null;
        String classType = null;
        int prevIndex = -1;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            int sStart = sentenceStart(token.start());
            if (sStart != sentenceStart) {
                sentenceStart = sStart;
                // "kết nạp 212 đảng viên; trong đó …": the parts after ";" still break down the count before
                boolean breakdown = sStart > 0 && folded.charAt(sStart - 1) == ';'
                        && WITHIN.matcher(folded).region(skipBlanks(sStart), folded.length()).lookingAt();
                if (!breakdown) {
                    prev = null;
                    prevVerb = null;
                    prevNoun = null;
                    classType = null;
                }
            }
            int cStart = clauseStart(token.start(), sStart);
            String left = folded.substring(cStart, token.start());
            int afterNumber = token.end();
            String qualifier = null;
            Matcher q = QUALIFIER.matcher(left);
            int start = token.start();
            if (q.find()) {
                qualifier = text.substring(cStart + q.start(1), cStart + q.end(1));
                start = cStart + q.start(1);
            }
            if (FUTURE.matcher(folded).region(listStart(token.start()), token.start()).find() || underPlanHeading(token.start())
                    || GOALS_SET.matcher(text).region(listStart(token.start()), token.start()).find()
                    || ASSIGNED.matcher(folded).region(sStart, token.start()).find()) {
                continue; // a goal or a plan: "phấn đấu kết nạp 20 đảng viên; 100% chi bộ…", "II. PHƯƠNG HƯỚNG NĂM 2027"
            }
            int clause = Math.max(sStart, folded.lastIndexOf(';', token.start()) + 1);
            if (COMMENDED.matcher(folded).region(clause, token.start()).find()) {
                continue; // "tặng Giấy khen cho 04 chi bộ và 22 đảng viên hoàn thành xuất sắc nhiệm vụ": not a rating
            }
            if (PETITIONS.matcher(folded).region(clause, token.start()).find()
                    || PETITIONED.matcher(folded).region(token.end(), folded.length()).lookingAt()) {
                continue; // "tiếp nhận 03 đơn tố cáo đối với 03 đảng viên", "3 trường hợp khiếu nại kỷ luật": petitions
            }
            if (DIFFERENCE_BEFORE.matcher(left).find()) {
                continue; // "tăng 5 đảng viên so với cùng kỳ": a difference between two periods, not a count
            }
            if (TARGET_BEFORE.matcher(folded.substring(Math.max(sStart, token.start() - 60), token.start())).find()) {
                continue; // the target a result is measured against: "(chỉ tiêu: 80 đảng viên)", "chưa đạt chỉ tiêu 90%"
            }
            String floor = qualifier == null ? "" : fold(qualifier);
            if (floor.equals("it nhat") || floor.equals("tu")
                    && THRESHOLD.matcher(folded).region(token.end(), sentenceEnd(token.end())).lookingAt()) {
                continue; // "từ 140 đảng viên trở lên", "ít nhất 01 quần chúng": a floor set, not a count
            }
            String period = period(sStart, token.start(), documentPeriod);
            Found<Noun> noun = noun(afterNumber);
            if (noun != null && (noun.value() == Noun.MEMBER || noun.value() == Noun.PERSON)
                    && (BODY_SIZE.matcher(folded.substring(sStart, token.start())).find()
                    || ABSENT.matcher(text.substring(sStart, token.start())).find()
                    || CALLED_TO_STUDY.matcher(folded.substring(sStart, token.start())).find())) {
                continue;
            }
            if (token.percent()) {
                int nextToken = t + 1 < tokens.size() ? tokens.get(t + 1).start() : folded.length();
                String kind = percentKind(noun, left, cStart, nextToken, token.start(), classType);
                if (kind == null && prev != null && left.matches(".*(?:dat|bang|vuot)(?: ty le)?(?:\\s+(?:gan|hon|tren|khoang))?\\s*$")
                        && !ECONOMY.matcher(left).find()) {
                    if (prev.kind().startsWith("training.participants.") && prevIndex == out.size() - 1) {
                        // "1.500 cán bộ, đảng viên tham gia học tập, đạt 96%": the share of the participants is the attendance
                        // (after "126/131 đảng viên" it only restates the ratio)
                        kind = "training.attendance" + prev.kind().substring("training.participants".length());
                    } else if (prev.kind().startsWith("training.") && classType != null && !prev.kind().startsWith("training.attendance")) {
                        kind = "training.attendance" + classType;
                    } else if ((prev.percent() == null || prev.of() != null) && prevIndex == out.size() - 1) {
                        BigDecimal pct = left.matches(".*vuot\\s*$") ? token.value().add(BigDecimal.valueOf(100)) : token.value();
                        out.set(prevIndex, prev.withPercent(pct, token.end(), text));
                        prev = out.get(prevIndex);
                        continue;
                    }
                }
                if (kind != null) {
                    int end = noun != null ? noun.end() : token.end();
                    Figure f = figure(kind, token.value(), null, token.value(), qualifier, period, start, end);
                    out.add(f);
                    prev = f;
                    prevIndex = out.size() - 1;
                }
                continue;
            }
            String label = label(cStart, left, sStart);
            if (noun == null) {
                Figure f = bare(token, label, left, prevNoun, qualifier, period, start);
                if (f != null) {
                    out.add(f);
                    prev = f;
                    prevIndex = out.size() - 1;
                }
                continue;
            }
            int nextStart = t + 1 < tokens.size() ? tokens.get(t + 1).start() : folded.length();
            int rEnd = clauseEnd(noun.end(), Math.min(nextStart, sentenceEnd(noun.end())));
            String right = folded.substring(noun.end(), rEnd);
            Found<Verb> after = nearestAfter(right);
            if (after != null && NEGATED.matcher(right.substring(0, after.start())).find()) {
                after = null; // "xóa tên 06 đảng viên dự bị không đủ điều kiện công nhận chính thức": what did not happen
            }
            Found<Verb> shared = after == null && t + 1 < tokens.size() && right.matches("\\s*va\\s*")
                    ? predicateOf(tokens.get(t + 1)) : null;
            if (shared != null) {
                // "43/46 tổ chức cơ sở đảng và 92,3% đảng viên được xếp loại…": both subjects share the predicate
                after = new Found<>(shared.value(), 0, 0);
            }
            Found<Verb> before = nearest(BEFORE, left);
            if (before == null && left.matches(".*(?<![a-z])cho\\s*$")) {
                // "tổ chức học tập, quán triệt các nghị quyết, chỉ thị cho 1.200 lượt cán bộ": the object of an earlier verb
                Found<Verb> earlier = nearest(BEFORE, folded.substring(sStart, token.start()));
                before = earlier == null ? null : new Found<>(earlier.value(), left.length(), left.length());
            }
            Found<Verb> level = ratingLabel(left);
            if (level != null) {
                before = level; // "hoàn thành xuất sắc nhiệm vụ 38 đồng chí": the level named right before the count
            }
            if (before == null && label != null && !label.equals(left)) {
                Found<Verb> named = labelVerb(label);
                if (named != null) {
                    before = new Found<>(named.value(), 0, 0); // "Kết nạp đảng viên mới: 15 đồng chí"
                }
            }
            Matcher inside = WITHIN.matcher(left);
            int withinAt = -1;
            while (inside.find()) {
                withinAt = inside.start();
            }
            boolean within = withinAt >= 0;
            if (within && before != null && withinAt > before.start()) {
                before = null;
            }
            Verb verb;
            int verbStart = start;
            if (after != null && before != null && before.value() == Verb.RECEIVE && after.value() == Verb.TRANSFER_OUT) {
                verb = Verb.RECEIVE; // "Tiếp nhận 03 đảng viên nghỉ hưu chuyển sinh hoạt đảng về nơi cư trú": they come here
            } else if (after != null && noun.value() != Noun.CLASS) {
                verb = after.value();
            } else if (before != null) {
                verb = before.value();
                if (noun.value() != Noun.CLASS && !EVENTS.contains(noun.value()) && !left.isBlank()) {
                    verbStart = Math.min(start, cStart + before.start());
                }
            } else if (prevVerb != null && (within || !STOCK.matcher(left).find())) {
                verb = prevVerb;
            } else {
                verb = Verb.STOCK;
            }
            if (within && verb == Verb.STOCK && prevVerb != null && prevVerb != Verb.STOCK) {
                // "kết nạp 212 đảng viên; trong đó có 87 đồng chí là chiến sĩ": "có", "là" say who the part is, the act is
                // the whole's
                verb = prevVerb;
            }
            String kind;
            BigDecimal value = token.value();
            BigDecimal of = token.of();
            String nounText = folded.substring(noun.start(), noun.end());
            boolean classContext = classType != null && left.matches(".*(?<![a-z])(?:cho|voi)\\s*$");
            boolean counted = noun.value() != Noun.CLASS && noun.value() != Noun.BADGE && !EVENTS.contains(noun.value())
                    && !classContext;
            boolean part = prev != null && noun.value() == prevNoun && after == null && before == null
                    && (partOf(out, cStart) || listedAfter(out, sStart, token.start()));
            if (part) {
                verb = prevVerb; // "31 chi bộ trực thuộc (24 chi bộ ấp, 7 chi bộ cơ quan)": parts of the count before
            }
            if (counted && verb == Verb.STOCK && before == null && left.matches(".*(?<![a-z])cho\\s*$")) {
                continue; // "trao giấy khen cho 12 chi bộ": the object of an action the rules do not know, never a stock
            }
            if (counted && verb == Verb.STOCK && before == null && !part && !within && label == null
                    && noun.value() != Noun.MONEY && noun.value() != Noun.AREA
                    && !left.isBlank() && !STOCK_LEFT.matcher(left).find()) {
                // "bổ nhiệm 41 đồng chí", "lực lượng dân quân tự vệ 9.860 đồng chí": after a word the rules do not
                // know, a count of people is an act's object or another body's, not the members the unit has
                continue;
            }
            if (counted && verb == Verb.STOCK && !part && !STOCK_TAIL.matcher(right).matches()) {
                // "57 đảng viên chuyển … ra ngoài Đảng bộ" with a predicate the rules do not know: not a count at a date.
                continue;
            }
            if (counted && (verb == Verb.STOCK || verb == Verb.ATTEND) && (noun.value() == Noun.DELEGATE
                    || nounText.equals("dong chi")) && ELECTED.matcher(left).find()) {
                // "bầu Ban Chấp hành gồm 15 đồng chí", "bầu 9 đại biểu đi dự Đại hội cấp trên": an election, not members.
                continue;
            }
            Matcher total = TOTAL.matcher(folded);
            total.region(noun.end(), sentenceEnd(noun.end()));
            if (of == null && total.lookingAt()) {
                // "140 đảng viên tham dự trên tổng số 152 đảng viên": the total is the ratio's base, not a figure.
                of = number(total.group(1), null);
                while (t + 1 < tokens.size() && tokens.get(t + 1).start() < total.end()) {
                    tokens.remove(t + 1);
                }
            }
            if (noun.value() == Noun.CLASS) {
                classType = classType(folded.substring(noun.end(), clauseEnd(noun.end(),
                        Math.min(nextStart, sentenceEnd(noun.end())))), left);
                if (NEW_MEMBERS_TAUGHT.matcher(folded.substring(noun.end(), clauseEnd(noun.end(), sentenceEnd(noun.end()))))
                        .find()) {
                    classType = ".newMembers"; // "lớp bồi dưỡng lý luận chính trị cho 19 đảng viên mới"
                }
                kind = classType == null ? null : "training.classes" + classType;
            } else if (classContext && (noun.value() == Noun.MEMBER || noun.value() == Noun.CANDIDATE
                    || noun.value() == Noun.PARTICIPANT)) {
                kind = "training.participants" + classType;
            } else if (verb == Verb.ENROL && noun.value() != Noun.CANDIDATE) {
                String type = classType(after == null ? right : right.substring(after.end()), "");
                kind = type != null && !type.isEmpty() ? "training.participants" + type
                        : noun.value() == Noun.PARTICIPANT ? "training.participants" : null;
            } else {
                int said = cStart;
                if ((noun.value() == Noun.MONEY || noun.value() == Noun.AREA) && verb != Verb.DONATE) {
                    // "ủng hộ các quỹ xã hội, từ thiện với tổng số tiền 65 triệu đồng": the call may open the sentence
                    Found<Verb> call = nearest(BEFORE, folded.substring(sStart, token.start()));
                    if (call != null && call.value() == Verb.DONATE) {
                        verb = Verb.DONATE;
                        said = sStart + call.start();
                    }
                }
                // "đảng viên chính thức 968 đồng chí, dự bị 44 đồng chí": the status may come before the number
                String status = left.matches(".*(?<![a-z])(?:chinh thuc|du bi)\\s*(?::|la)?\\s*$")
                        ? left.replaceFirst(".*(?<![a-z])(chinh thuc|du bi)\\s*(?::|la)?\\s*$", " $1") : "";
                kind = kind(noun.value(), verb, nounText, status + right, classType);
                if ("targets.reached".equals(kind) && below100(noun.end())) {
                    kind = "targets.partlyReached"; // "01 chỉ tiêu đạt 85% kế hoạch"
                }
                if (noun.value() == Noun.MONEY) {
                    value = value.multiply(multiplier(nounText));
                    if (ECONOMY.matcher(folded.substring(Math.min(said, cStart), rEnd)).find()) {
                        kind = null;
                    }
                }
                if ("conferences.attendees".equals(kind) && noun.value() != Noun.DELEGATE && studied(token.start())) {
                    kind = "training.participants.resolution";
                } else if (kind == null && noun.value() == Noun.PARTICIPANT && left.matches(".*(?<![a-z])(?:cho|voi)\\s*$")
                        && studied(token.start())) {
                    kind = "training.participants.resolution"; // "… hội nghị học tập nghị quyết cho 4.500 lượt cán bộ"
                }
            }
            if (kind == null) {
                continue;
            }
            int end = noun.end();
            if (after != null && noun.value() != Noun.CLASS && verb == after.value()) {
                end = noun.end() + after.end();
            }
            Figure f = figure(kind, value, of, null, qualifier, period, verbStart, trimEnd(end));
            out.add(f);
            prev = f;
            prevIndex = out.size() - 1;
            prevVerb = verb;
            prevNoun = noun.value();
        }
        out.removeIf(f -> !VOCABULARY.contains(f.kind()));
        // a stock told twice ("… 1.012 đảng viên …, nâng tổng số đảng viên lên 1.012 đồng chí") is one figure
        Set<String> stocks = new java.util.HashSet<>();
        out.removeIf(f -> STOCKS.contains(f.kind()) && !stocks.add(f.kind() + "=" + f.value().stripTrailingZeros()));
        return out;
    }

    /**
     * The words that name what a number counts when they stand before it: a heading before a colon ("- Kết nạp đảng
     * viên mới: 15", "Số chi bộ trực thuộc: 23", in a table written as lines) or a subject before "là" / "lên" ("số đảng
     * viên mới kết nạp là 15 đồng chí", "nâng tổng số đảng viên lên 1.245"). Null when the number has none.
     */
    private String label(int cStart, String left, int sStart) {
        if (left.matches("[\\s\\-+*•–]*") && cStart > sStart && folded.charAt(cStart - 1) == ':') {
            int from = clauseStart(cStart - 1, sStart);
            return folded.substring(from, cStart - 1).replaceFirst("^[\\s\\-+*•–]*(?:\\d+(?:\\.\\d+)*[.)]\\s*)?", "");
        }
        Matcher m = SUBJECT_IS.matcher(left);
        return m.find() ? left.substring(m.start(1), m.end(1)) : null;
    }

    private static final Pattern SUBJECT_IS = Pattern.compile("(?<![a-z])((?:tong )?so [^:]+?)\\s+(?:la|len)\\s*$");

    /** What a heading says happened: a verb before its noun ("kết nạp đảng viên") or a predicate after ("đảng viên được kết nạp"). */
    private static Found<Verb> labelVerb(String label) {
        Found<Noun> noun = nounIn(label);
        Found<Verb> after = noun == null ? null : nearestAfter(label.substring(noun.end()));
        if (after != null) {
            return after;
        }
        Found<Verb> level = ratingLabel(label);
        return level != null ? level : nearest(BEFORE, noun == null ? label : label.substring(0, noun.start()));
    }

    private static Found<Noun> nounIn(String label) {
        Found<Noun> best = null;
        for (Rule<Noun> r : NOUNS) {
            Matcher m = r.pattern().matcher(label);
            if (m.find() && (best == null || m.start() < best.start() || m.start() == best.start() && m.end() > best.end())) {
                best = new Found<>(r.value(), m.start(), m.end());
            }
        }
        return best;
    }

    /**
     * A number with no counted noun after it: what it counts is named before it, by a heading ("Số đảng viên được kết
     * nạp: 15", "nâng tổng số đảng viên lên 1.245") or, in a breakdown of the count before it, by a verb or a discipline
     * form alone ("3 đồng chí bị kỷ luật (khiển trách 2, cảnh cáo 1)", "trong đó khai trừ 02").
     */
    private Figure bare(Token token, String label, String left, Noun prevNoun, String qualifier, String period, int start) {
        Matcher form = FORM_AFTER.matcher(folded);
        form.region(token.end(), folded.length());
        boolean formAfter = form.lookingAt();
        if (token.percent() || !formAfter && !BARE_END.matcher(folded).region(token.end(), folded.length()).lookingAt()) {
            return null; // "kết nạp 120 đoàn viên": a word the rules do not count follows the number
        }
        Noun noun;
        Verb verb;
        String rest = "";
        if (label != null) {
            Found<Noun> named = nounIn(label);
            if (named == null || EVENTS.contains(named.value()) || named.value() == Noun.CLASS) {
                return null;
            }
            noun = named.value();
            rest = label.substring(named.end());
            Found<Verb> said = labelVerb(label);
            if (said != null) {
                verb = said.value();
            } else if (label.matches("(?:tong )?so .*|.*(?<![a-z])(?:tong so|hien co)(?![a-z]).*") && LABEL_STOCK.matcher(rest).matches()) {
                verb = Verb.STOCK;
            } else {
                return null;
            }
        } else {
            Matcher m = PART_OF.matcher(left);
            Found<Verb> part = m.matches() ? nearest(BEFORE, m.group(1)) : null;
            if (part != null && !m.group(1).substring(part.end()).isBlank()) {
                part = null;
            }
            if (part == null && left.isBlank() && formAfter) {
                part = nearest(BEFORE, form.group(1)); // "(2 khiển trách, 1 cảnh cáo, 1 khai trừ)"
            }
            if (part == null) {
                return null;
            }
            // "chuyển đến 5, chuyển đi 3; từ trần 2": verbs that only members undergo need no noun
            noun = prevNoun != null ? prevNoun : MEMBERS_ONLY.contains(part.value()) ? Noun.MEMBER : null;
            if (noun == null) {
                return null;
            }
            verb = part.value();
        }
        if (noun == Noun.MONEY || noun == Noun.AREA) {
            return null;
        }
        String kind = kind(noun, verb, "", rest, null);
        return kind == null ? null : figure(kind, token.value(), token.of(), null, qualifier, period, start, trimEnd(token.end()));
    }

    /** What may follow the noun of a heading that counts a stock: "Số chi bộ trực thuộc", "Tổng số đảng viên của Đảng bộ". */
    private static final Pattern LABEL_STOCK = Pattern.compile("\\s*(?:(?:truc thuoc|chinh thuc|du bi|co so|hien co|hien nay|"
            + "den nay|(?:cua|trong|toan) [a-z ]+)(?![a-z]))?\\s*");

    /** What may follow a number that has no noun: the end of its clause. */
    private static final Pattern BARE_END = Pattern.compile("\\s*(?:[,;.)\\n]|va(?![a-z])|$)");

    private static final Set<Verb> MEMBERS_ONLY = Set.of(Verb.ADMIT, Verb.RECOGNIZE, Verb.DECEASED, Verb.EXPEL,
            Verb.STRIKE_OFF, Verb.LEFT, Verb.TRANSFER_IN, Verb.TRANSFER_OUT, Verb.EXEMPT);

    /** A discipline form right after a bare number, in a breakdown: "2 khiển trách, 1 cảnh cáo". */
    private static final Pattern FORM_AFTER = Pattern.compile("\\s*(khien trach|canh cao|cach chuc|khai tru|xoa ten)(?![a-z])"
            + "\\s*(?:[,;)]|va |$)");

    /** A part named by its verb alone, in parentheses or after "trong đó": "(khiển trách 2, cảnh cáo 1)". */
    private static final Pattern PART_OF = Pattern.compile("\\s*(?:trong do,?\\s*)?(?:co\\s+)?([a-z ]{3,40}?)\\s*:?\\s*");

    private static final Set<String> STOCKS = Set.of("members.atDate", "members.officialAtDate", "units.branches",
            "units.grassroots");

    /** Whether a clause starts inside the parentheses opened right after the figure before: "… (24 chi bộ ấp, 7 …)". */
    private boolean partOf(List<Figure> out, int clauseStart) {
        int open = folded.lastIndexOf('(', clauseStart);
        if (open < 0 || folded.substring(open, clauseStart).indexOf(')') >= 0) {
            return false;
        }
        return rightAfterWhole(out, open);
    }

    /** Whether the last figure before {@code marker} ("(", "gồm") is its whole: a few words at most between them. */
    private boolean rightAfterWhole(List<Figure> out, int marker) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Figure whole = out.get(i);
            if (whole.end() <= marker) {
                return folded.substring(whole.end(), marker).matches("[^,;.:()]{0,30}?[\\s,]*(?:trong do)?[\\s,]*");
            }
        }
        return false;
    }

    /** What a count of what there is follows: "có", "gồm", "với", "là", "tổng số", a colon, an opening bracket. */
    private static final Pattern STOCK_LEFT = Pattern.compile("(?:(?<![a-z])(?:tong so|hien co|con|co|gom|bao gom|voi|la|len|"
            + "toan dang bo|hien nay|hien|tong cong|tong|cong|trong do|trong|tren|gan|hon|khoang|chi|thi|nhung|va|cung|cua|"
            + "chinh thuc|du bi|duoi)|[:(,;\"'“–-])\\s*$");

    private static final Pattern INCLUDES = Pattern.compile("(?<![a-z])(?:bao gom|gom|trong do)(?![a-z])\\s*:?");

    /**
     * "46 chi bộ trực thuộc, gồm 32 chi bộ thôn, 9 chi bộ cơ quan và 5 chi bộ công an": parts listed after "gồm" right
     * behind the whole, in the same sentence.
     */
    private boolean listedAfter(List<Figure> out, int sentenceStart, int at) {
        int stop = Math.max(sentenceStart - 1, Math.max(folded.lastIndexOf(';', at - 1), folded.lastIndexOf(':', at - 1)));
        Matcher m = INCLUDES.matcher(folded).region(Math.max(0, stop + 1), at);
        int includes = -1;
        while (m.find()) {
            includes = m.start();
        }
        if (includes < 0) {
            int colon = folded.lastIndexOf(':', at - 1);
            if (colon < 0 || colon != stop) {
                return false;
            }
            m = INCLUDES.matcher(folded).region(Math.max(0, colon - 12), colon + 1);
            if (!m.find()) {
                return false; // "…, gồm: 32 chi bộ thôn, …"
            }
            includes = m.start();
        }
        return rightAfterWhole(out, includes);
    }

    /** The predicate said of the counted noun after a token, if any: what a subject before it and "và" shares. */
    private Found<Verb> predicateOf(Token next) {
        Found<Noun> n = noun(next.end());
        if (n == null) {
            return null;
        }
        return nearestAfter(folded.substring(n.end(), clauseEnd(n.end(), sentenceEnd(n.end()))));
    }

    /** The last member or organization noun named in a stretch of text, counted or not. */
    private static Noun lastSubject(String stretch) {
        Found<Noun> best = null;
        for (Rule<Noun> r : NOUNS) {
            Noun n = r.value();
            if (n != Noun.MEMBER && n != Noun.BRANCH && n != Noun.GRASSROOTS && n != Noun.ORG) {
                continue;
            }
            Matcher m = r.pattern().matcher(stretch);
            while (m.find()) {
                if (best == null || m.start() > best.start()) {
                    best = new Found<>(n, m.start(), m.end());
                }
            }
        }
        return best == null ? null : best.value();
    }

    /** "đạt 85%" right after the counted targets, below a hundred: reached in part. */
    private boolean below100(int from) {
        Matcher m = PART.matcher(folded);
        m.region(from, Math.min(folded.length(), from + 40));
        return m.lookingAt() && number(m.group(1), m.group(2)).compareTo(BigDecimal.valueOf(100)) < 0;
    }

    private static final Pattern PART = Pattern.compile("\\s*dat\\s+(?:gan |khoang |hon |tren )?(\\d+)(?:,(\\d+))?\\s*%");

    /** A rating level that ends the clause before a count, with at most "là", "có", "gồm" or "được" between. */
    private static Found<Verb> ratingLabel(String left) {
        Matcher m = RATING_LABEL.matcher(left);
        if (!m.find()) {
            return null;
        }
        // "HTTNV: 200 đồng chí", "hoàn thành nhiệm vụ 12 đồng chí": levels the conventions give no kind (RATED has none)
        Verb level = m.group(1) != null ? Verb.RATE_FAILED : m.group(2) != null ? Verb.RATE_EXCELLENT
                : m.group(3) != null ? Verb.RATE_GOOD_OR_BETTER : Verb.RATED;
        return new Found<>(level, m.start(), m.end());
    }

    private static final Pattern RATING_LABEL = Pattern.compile("(?<![a-z])(?:(khong hoan thanh nhiem vu|khtnv)|"
            + "(hoan thanh xuat sac nhiem vu|htxsnv|htxs)|(hoan thanh tot nhiem vu tro len|httnv tro len)|"
            + "hoan thanh tot nhiem vu|httnv|hoan thanh nhiem vu|htnv)"
            + "\\s*(?:(?:la|co|gom|duoc|voi)\\s*)?:?\\s*$");

    private int trimEnd(int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private Figure figure(String kind, BigDecimal value, BigDecimal of, BigDecimal percent, String qualifier,
            String period, int start, int end) {
        BigDecimal pct = percent;
        if (pct == null && of != null && of.signum() > 0) {
            pct = value.multiply(BigDecimal.valueOf(100)).divide(of, 1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return new Figure(kind, CATALOG.contains(kind) ? kind : null, value.stripTrailingZeros(), of, pct, qualifier,
                period, start, end, text.substring(start, end));
    }

    private String percentKind(Found<Noun> noun, String left, int leftStart, int nextToken, int at, String classType) {
        int sStart = sentenceStart(at);
        String sentence = folded.substring(sStart, at);
        int pctEnd = folded.indexOf('%', at) + 1;
        String rest = folded.substring(pctEnd, Math.min(nextToken, sentenceEnd(pctEnd)));
        if (noun != null && (noun.value() == Noun.MEMBER || noun.value() == Noun.BRANCH
                || noun.value() == Noun.GRASSROOTS || noun.value() == Noun.ORG)) {
            int rEnd = clauseEnd(noun.end(), Math.min(nextToken, sentenceEnd(noun.end())));
            return shareKind(noun.value(), folded.substring(noun.end(), rEnd));
        }
        if (noun != null && noun.value() == Noun.PARTICIPANT) {
            // "100% học viên tốt nghiệp / được cấp giấy chứng nhận hoàn thành chương trình" of a class other than awareness
            int rEnd = clauseEnd(noun.end(), Math.min(nextToken, sentenceEnd(noun.end())));
            return COMPLETED.matcher(folded.substring(noun.end(), rEnd)).lookingAt() && !".awareness".equals(classType)
                    ? "training.completion" : null;
        }
        if (noun == null) {
            // "Đối với đảng viên, 94,6% được xếp loại…": the subject was named earlier in the sentence
            String said = folded.substring(pctEnd, clauseEnd(pctEnd, Math.min(nextToken, sentenceEnd(pctEnd))));
            Found<Verb> predicate = nearestAfter(said);
            Noun subject = lastSubject(sentence);
            if (predicate != null && said.substring(0, predicate.start()).isBlank() && subject != null) {
                String rating = rating(predicate.value(), subject == Noun.MEMBER);
                if (rating != null) {
                    return rating;
                }
            }
        }
        if (left.matches(".*(?:ty le (?:dang vien )?|dang vien )(?:du|tham gia|tham du) sinh hoat.*")) {
            return "meetings.attendance";
        }
        if (sentence.matches(".*(?<![a-z])(?:dang vien|dv)(?:\\s*\\([^()]*\\))?\\s*,?\\s*(?:chi |da |hien )?chiem\\s*$")
                        && STAFF.matcher(rest).lookingAt()
                || sentence.matches(".*(?<![a-z])(?:dang vien|dv) (?:tren|trong) (?:tong )?so [0-9.]+ (?:lao dong|can bo|cong nhan"
                        + "|vien chuc|nguoi lao dong|quan nhan|giao vien)[a-z ,]*?,?\\s*chiem\\s*$")
                || sentence.matches(".*(?<![a-z])ty le (?:can bo|cong chuc|vien chuc|nguoi lao dong|cong nhan|giao vien|quan nhan|"
                        + "chien si)(?:,? [a-z]+){0,3} la dang vien (?:dat|la|chiem)(?:\\s+(?:gan|hon|tren|khoang))?\\s*$")
                || sentence.matches(".*(?<![a-z])ty le (?:so )?dang vien (?:trong|tren|so voi)[^;]*(?:dat|la|chiem|:)"
                        + "(?:\\s+(?:gan|hon|tren|khoang))?\\s*$")) {
            return "members.shareOfStaff"; // "… 517 đảng viên, chiếm 12,6% tổng số cán bộ, công nhân lao động"
        }
        Matcher rate = RATE_OF.matcher(left);
        if (rate.find()) {
            // "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 95%": the share is described before it.
            Found<Noun> subject = noun(leftStart + rate.start(1));
            if (subject != null && subject.end() <= leftStart + rate.end(1)) {
                String share = shareKind(subject.value(), folded.substring(subject.end(), leftStart + rate.end(1)));
                if (share != null) {
                    return share;
                }
            }
        }
        if (left.matches(".*sinh hoat thuong ky.*dat\\s*$")) {
            return "meetings.monthlyHeldShare";
        }
        if (left.matches(".*ty le dang vien.*dat\\s*$")) {
            return "members.shareOfStaff";
        }
        return null;
    }

    /** What a share of members or organizations doing something is: a rating level, attendance at study, meetings held. */
    private String shareKind(Noun noun, String predicate) {
        if (noun != Noun.MEMBER && noun != Noun.BRANCH && noun != Noun.GRASSROOTS && noun != Noun.ORG) {
            return null;
        }
        Found<Verb> after = nearestAfter(predicate);
        if (after == null) {
            return null;
        }
        boolean member = noun == Noun.MEMBER;
        String rating = rating(after.value(), member);
        if (rating != null) {
            return rating;
        }
        return switch (after.value()) {
            case QUALIFIED -> member ? "members.qualified" : null;
            case STUDY -> member ? "training.attendance.resolution" : null;
            case RATED -> member ? "members.ratedShare" : null;
            case MONTHLY_HELD -> member ? null : "meetings.monthlyHeldShare";
            case THEMED_HELD -> member ? null : "meetings.themedHeldShare";
            default -> null;
        };
    }

    private static String kind(Noun noun, Verb verb, String nounText, String right, String classType) {
        boolean official = right.matches("^\\s*chinh thuc.*");
        boolean probationary = right.matches("^\\s*du bi.*");
        return switch (noun) {
            case MEMBER -> switch (verb) {
                case ADMIT -> "members.admitted";
                case RECOGNIZE -> "members.recognized";
                case EXPEL -> "members.expelled";
                case STRIKE_OFF -> "members.struckOff";
                case LEFT -> "members.left";
                case DISCIPLINE -> "members.disciplined";
                case REVIEW -> "members.reviewed";
                case DECEASED -> "members.deceased";
                case TRANSFER_IN, RECEIVE -> "members.transferredIn";
                case TRANSFER_OUT -> "members.transferredOut";
                case INSPECT -> "inspection.members";
                case BADGE -> "members.badgesAwarded";
                case EXEMPT -> "members.exempted";
                case ATTEND -> "conferences.attendees";
                case STUDY -> "training.participants.resolution";
                case RATED -> "members.rated";
                case RATE_FAILED, RATE_COMPLETED, RATE_GOOD, RATE_GOOD_OR_BETTER, RATE_EXCELLENT -> rating(verb, true);
                case STOCK -> official ? "members.officialAtDate" : probationary ? "members.probationaryAtDate" : "members.atDate";
                default -> null;
            };
            case CANDIDATE -> switch (verb) {
                case INTRODUCE -> "candidates.introduced";
                case ADMIT -> "members.admitted";
                case CERTIFY -> "candidates.certified";
                case TRANSFER_IN, RECEIVE -> "candidates.transferredIn";
                case AWARE, ENROL -> "training.participants.awareness";
                case FOSTER -> "candidates.atDate";
                // a bare "đối tượng" is a candidate only when fostered or introduced: "bắt giữ 386 đối tượng" is police work
                case STOCK -> nounText.equals("doi tuong") ? null : "candidates.atDate";
                default -> null;
            };
            case GRASSROOTS, BRANCH, ORG -> switch (verb) {
                case RECEIVE -> noun == Noun.ORG ? null : "units.received";
                case DISSOLVE -> "units.dissolved";
                case ESTABLISH -> "units.established";
                case MERGE -> "units.merged";
                case INSPECT -> "inspection.organizations";
                case SUPERVISE -> "supervision.cases";
                case DISCIPLINE -> noun == Noun.BRANCH && nounText.startsWith("chi, ") ? null : "units.disciplined";
                case RATE_FAILED, RATE_COMPLETED, RATE_GOOD, RATE_GOOD_OR_BETTER, RATE_EXCELLENT -> rating(verb, false);
                case THEMED_HELD -> "meetings.themedHeldBranches";
                // "52/52 chi bộ duy trì sinh hoạt thường kỳ": the branches that hold their monthly meetings, out of all
                case MONTHLY_HELD -> noun == Noun.ORG ? null : "meetings.monthlyHeldShare";
                case STOCK, ATTEND -> noun == Noun.GRASSROOTS ? "units.grassroots" : noun == Noun.BRANCH ? "units.branches" : null;
                default -> null;
            };
            case TARGET -> switch (verb) {
                case COMPLETE -> "targets.reached";
                case EXCEED -> "targets.exceeded";
                case PARTLY -> "targets.partlyReached";
                default -> null;
            };
            case DELEGATE -> verb == Verb.ATTEND || verb == Verb.STOCK ? "conferences.attendees" : null;
            // "… cho 47 quần chúng, có 45 học viên được cấp giấy chứng nhận": the awareness class's certificates
            case PARTICIPANT -> verb == Verb.CERTIFY ? (classType == null || classType.isEmpty() || classType.equals(".awareness")
                    ? "candidates.certified" : null)
                    : classType != null ? "training.participants" + classType : switch (verb) {
                case CERTIFY -> "candidates.certified";
                case AWARE -> "training.participants.awareness";
                case STUDY -> "training.participants.resolution";
                case ATTEND -> "conferences.attendees";
                default -> null;
            };
            case PERSON -> switch (verb) {
                case ADMIT -> "members.admitted";
                case RECOGNIZE -> "members.recognized";
                case EXPEL -> "members.expelled";
                case STRIKE_OFF -> "members.struckOff";
                case DISCIPLINE -> "members.disciplined";
                case INTRODUCE -> "candidates.introduced";
                // "7/7 em được cấp giấy chứng nhận" after the awareness class: the candidates' certificates
                case CERTIFY -> classType == null || classType.isEmpty() || classType.equals(".awareness")
                        ? "candidates.certified" : null;
                default -> null;
            };
            case INSPECTION -> "inspection.cases";
            case SUPERVISION -> "supervision.cases";
            case CONFERENCE -> "conferences.held";
            case MONTHLY -> "meetings.monthlyHeld";
            case THEMED -> "meetings.themedHeld";
            case MONEY -> verb == Verb.DONATE ? "money.raised" : null;
            case AREA -> verb == Verb.DONATE ? "land.donated" : null;
            case CLASS -> "training.classes" + classType;
            // handed out, whatever verb says so; proposed ones ("đề nghị xét tặng 25 Huy hiệu") are not yet
            case BADGE -> verb == Verb.INTRODUCE || verb == Verb.UNMET || verb == Verb.DONATE ? null : "members.badgesAwarded";
        };
    }

    /** A rating level, per member or per organization: "ratings.members.excellent", "ratings.organizations.failed". */
    private static String rating(Verb verb, boolean member) {
        String level = switch (verb) {
            case RATE_EXCELLENT -> "excellent";
            case RATE_GOOD_OR_BETTER -> "goodOrBetter";
            case RATE_GOOD -> "good";
            case RATE_COMPLETED -> "completed";
            case RATE_FAILED -> "failed";
            default -> null;
        };
        return level == null ? null : "ratings." + (member ? "members." : "organizations.") + level;
    }

    /**
     * Whether the meeting the paragraph is about (the last one named, not counting "Hội nghị được…") studies a resolution
     * or directive: its attendance counts as the study's participants ("hội nghị học tập, quán triệt Nghị quyết…").
     */
    private boolean studied(int at) {
        // The meeting named right after the count it is attended by: "cử 54 đồng chí dự hội nghị học tập, quán triệt …"
        Matcher next = NAMED_AFTER.matcher(folded).region(at, Math.min(folded.length(), at + 80));
        if (next.lookingAt()) {
            return STUDY_EVENT.matcher(folded).region(next.end(), Math.min(folded.length(), next.end() + 120)).lookingAt();
        }
        // The study told in the same paragraph without naming a meeting: "đã tổ chức học tập, quán triệt Nghị quyết số
        // 57-NQ/TW …, có 3.611/3.874 đảng viên tham gia", "số đảng viên thuộc diện phải học tập là 2.047 đồng chí. … có
        // 1.986/2.047 đảng viên tham dự hội nghị"
        int paragraph = folded.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (STUDIED_HERE.matcher(folded).region(paragraph, at).find()) {
            return true;
        }
        // The meeting may be named paragraphs before, or only in the title: "Tham dự hội nghị có 612 cán bộ…"
        Matcher m = EVENT.matcher(folded);
        m.region(0, at);
        List<Integer> ends = new ArrayList<>();
        while (m.find()) {
            ends.add(m.end());
        }
        for (int i = ends.size() - 1; i >= 0; i--) {
            int end = ends.get(i);
            String after = folded.substring(end, Math.min(folded.length(), end + 120));
            if (i > 0 && BACK_REFERENCE.matcher(after).lookingAt()) {
                continue; // "Hội nghị được tổ chức tại 28 điểm cầu…" names the meeting described before (or in the title)
            }
            return STUDY_EVENT.matcher(after).lookingAt();
        }
        return false;
    }

    /**
     * The type of class from the words that describe it, as a measure suffix: "" for a training class of no named
     * type ("18 lớp bồi dưỡng"), ".other" for one on another subject ("lớp bồi dưỡng nghiệp vụ công tác đảng"), and
     * null for a class that is not a training class at all ("trường có 34 lớp", "học sinh lớp 9").
     */
    /** A class whose participants are new members is the class for new members, whatever its subject is called. */
    private static final Pattern NEW_MEMBERS_TAUGHT = Pattern.compile(
            "(?<![a-z])(?:cho|voi)\\s+(?:[0-9.]+|[a-z]+(?: [a-z]+)?)\\s+(?:dong chi |dang vien |dv )?(?:dang vien|dv) moi(?![a-z])");

    static String classType(String description, String before) {
        if (description.matches(".*(?:dang vien moi).*")) {
            return ".newMembers";
        }
        if (description.matches(".*(?:nhan thuc ve dang|cam tinh dang|doi tuong ket nap|quan chung).*")) {
            return ".awareness";
        }
        if (description.matches(".*(?:nghi quyet|quan triet|hoc tap|chuyen de).*")) {
            return ".resolution";
        }
        if (description.matches(".*(?:ly luan chinh tri|trung cap|so cap|cao cap).*")) {
            return ".theory";
        }
        if (description.matches(".*(?:nghiep vu|ky nang|cong tac (?:dang|kiem tra|tuyen giao|dan van|to chuc|van phong)|"
                + "cap uy vien|bi thu|tap huan|quoc phong).*")) {
            return ".other";
        }
        if (description.matches("\\s*(?:boi duong|dao tao|hoc|tap huan)(?![a-z]).*")
                || before.matches(".*(?<![a-z])(?:mo|mo duoc|to chuc|khai giang|phoi hop)\\s*$")) {
            return "";
        }
        return null;
    }

    private static BigDecimal multiplier(String noun) {
        return switch (noun) {
            case "ty dong" -> new BigDecimal("1000000000");
            case "trieu dong" -> new BigDecimal("1000000");
            case "nghin dong", "ngan dong" -> new BigDecimal("1000");
            default -> BigDecimal.ONE;
        };
    }

    /** The counted noun right after a number, allowing a few filler words ("77/110 đảng viên", "30 năm"). */
    private Found<Noun> noun(int from) {
        int i = from;
        while (i < folded.length() && folded.charAt(i) == ' ') {
            i++;
        }
        String rest = folded.substring(i, Math.min(folded.length(), i + 40));
        for (Rule<Noun> r : NOUNS) {
            Matcher m = r.pattern().matcher(rest);
            if (m.lookingAt()) {
                return new Found<>(r.value(), i, i + m.end());
            }
        }
        return null;
    }

    private static <T> Found<T> nearest(List<Rule<T>> rules, String left) {
        Found<T> best = null;
        for (Rule<T> r : rules) {
            Matcher m = r.pattern().matcher(left);
            while (m.find()) {
                if (best == null || m.end() > best.end()) {
                    best = new Found<>(r.value(), m.start(), m.end());
                }
            }
        }
        return best;
    }

    /** What may not stand between a noun and its predicate: a conjunction starting another clause, or many words. */
    private static final Pattern BETWEEN = Pattern.compile("(?<![a-z])(?:va|hoac|nhung|roi|de|nham|sau khi|khi|cho|dang ky)(?![a-z])"
            + "|(?:[^ ]+ +){7}");

    /**
     * Asides between a noun and its predicate that do not part them: a date ("từ ngày 01/11/2025") and the committee
     * that acted ("đã được Chi bộ làm thủ tục", "được Đảng ủy ra quyết định"), as in "01 đồng chí nghỉ hưu từ ngày
     * 01/11/2025 đã được Chi bộ làm thủ tục chuyển sinh hoạt đảng về nơi cư trú".
     */
    private static final Pattern ASIDE = Pattern.compile("(?<![a-z])(?:(?:tu|vao|den) )?(?:ngay|thang) [\\d/]+(?: nam \\d{4})?"
            + "|(?<![a-z])(?:da )?(?:duoc|bi) (?:chi bo|dang uy|dang bo|cap uy|ban thuong vu|uy ban kiem tra|cap tren)"
            + "(?: [a-z]+){0,3}? (?:lam thu tuc|ra quyet dinh|quyet dinh|giai quyet)(?![a-z])");

    /** The predicate nearest the noun; of two starting at the same place, the longer. */
    private static Found<Verb> nearestAfter(String right) {
        Found<Verb> best = null;
        for (Rule<Verb> r : AFTER) {
            Matcher m = r.pattern().matcher(right);
            if (m.find() && !BETWEEN.matcher(ASIDE.matcher(right.substring(0, m.start())).replaceAll(" ")).find()
                    && (best == null || m.start() < best.start()
                    || (m.start() == best.start() && m.end() > best.end()))) {
                best = new Found<>(r.value(), m.start(), m.end());
            }
        }
        return best;
    }

    private List<Token> tokens(boolean[] masked) {
        List<Token> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(folded);
        while (m.find()) {
            if (masked[m.start()] || masked[m.end() - 1]) {
                continue;
            }
            BigDecimal value = number(m.group(1), m.group(2));
            BigDecimal of = m.group(3) == null ? null : number(m.group(3), null);
            out.add(new Token(m.start(), m.end(), value, of, m.group(4) != null));
        }
        Matcher w = WORDS.matcher(folded);
        while (w.find()) {
            if (masked[w.start()]) {
                continue;
            }
            Found<Noun> noun = noun(w.end());
            if (noun == null || noun.value() == Noun.MONEY || noun.value() == Noun.AREA || noun.value() == Noun.CLASS
                    || EVENTS.contains(noun.value())) {
                continue; // "sau hội nghị", "sau lớp học" are "after", not "six": meetings and classes are counted in digits
            }
            if (w.group(1).matches("tu|lam|linh|le|(?:tu|lam|linh|le) .*")) {
                continue; // "từ đảng viên dự bị…", "làm…": these words are numbers only after mươi
            }
            Integer value = words(w.group(1));
            if (value != null && value > 0) {
                out.add(new Token(w.start(), w.end(), BigDecimal.valueOf(value), null, false));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Token::start));
        return out;
    }

    private static BigDecimal number(String integer, String decimals) {
        String digits = integer.replace(".", "");
        return new BigDecimal(decimals == null ? digits : digits + "." + decimals);
    }

    /** Vietnamese number words up to the thousands: "mười hai", "ba mươi hai", "một trăm linh năm". */
    static Integer words(String w) {
        int total = 0;
        int current = 0;
        boolean any = false;
        for (String word : w.trim().split("\\s+")) {
            switch (word) {
                case "mot" -> current += 1;
                case "hai" -> current += 2;
                case "ba" -> current += 3;
                case "bon", "tu" -> current += 4;
                case "nam", "lam" -> current += 5;
                case "sau" -> current += 6;
                case "bay" -> current += 7;
                case "tam" -> current += 8;
                case "chin" -> current += 9;
                case "muoi" -> current = (current == 0 ? 1 : current) * 10;
                case "tram" -> {
                    total += (current == 0 ? 1 : current) * 100;
                    current = 0;
                }
                case "nghin", "ngan" -> {
                    total = (total + (current == 0 ? 1 : current)) * 1000;
                    current = 0;
                }
                case "linh", "le" -> {
                }
                default -> {
                    return null;
                }
            }
            any = true;
        }
        return any ? total + current : null;
    }

    private String period(int sentenceStart, int at, String documentPeriod) {
        Matcher m = PERIOD.matcher(folded);
        m.region(sentenceStart, at);
        String found = null;
        while (m.find()) {
            found = text.substring(m.start(), m.end());
        }
        return found != null ? found : documentPeriod;
    }

    /** The start of the sentence with the items its semicolons separate: a goal stated at its head governs them all. */
    private int listStart(int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = folded.charAt(i);
            if (c == '\n' || c == '!' || c == '?' || (c == '.' || c == '…') && !Character.isDigit(folded.charAt(i + 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether the last heading before a place ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027") opens the plan for the next period. */
    /** A line written in capitals ("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"), as a section's heading is, numbered or not. */
    private static boolean capitals(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 8 && line.length() <= 120;
    }

    /** Whether a place of the text lies in the section of the plan for the next period, whoever read a figure there. */
    boolean planned(int at) {
        return underPlanHeading(at);
    }

    private boolean underPlanHeading(int at) {
        int line = folded.lastIndexOf('\n', Math.max(0, at - 1));
        while (line > 0) {
            int from = folded.lastIndexOf('\n', line - 1) + 1;
            String heading = folded.substring(from, line).strip();
            if (heading.indexOf('|') < 0 && (HEADING.matcher(heading).matches() || capitals(text.substring(from, line).strip()))) {
                return PLAN_HEADING.matcher(heading).find();
            }
            line = from - 1;
        }
        return false;
    }

    /** A line that heads a section: numbered ("2.", "II.", "a)") or short, without a sentence's last stop. */
    private static final Pattern HEADING = Pattern.compile("(?:[ivx]+\\.|\\d+(?:\\.\\d+)*\\.?|[a-z]\\))\\s+[^.;]{0,100}[^.;:]"
            + "|[^.;]{3,80}[^.;:,]");

    private static final Pattern PLAN_HEADING = Pattern.compile("(?<![a-z])(?:phuong huong|nhiem vu (?:trong tam )?(?:nam|nhiem ky|"
            + "giai doan|thoi gian) (?:toi|\\d{4})|ke hoach nam \\d{4}|muc tieu)(?![a-z])");

    private int skipBlanks(int at) {
        while (at < folded.length() && Character.isWhitespace(folded.charAt(at))) {
            at++;
        }
        return at;
    }

    int sentenceStart(int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (isSentenceEnd(i)) {
                return i + 1;
            }
        }
        return 0;
    }

    int sentenceEnd(int at) {
        for (int i = at; i < folded.length(); i++) {
            if (isSentenceEnd(i)) {
                return i;
            }
        }
        return folded.length();
    }

    private boolean isSentenceEnd(int i) {
        char c = folded.charAt(i);
        if (c == '\n' || c == ';' || c == '!' || c == '?') {
            return true;
        }
        if (c == '.' || c == '…') {
            return i + 1 >= folded.length() || !Character.isDigit(folded.charAt(i + 1));
        }
        return false;
    }

    private int clauseStart(int at, int floor) {
        for (int i = at - 1; i >= floor; i--) {
            if (isClauseBreak(i)) {
                return i + 1;
            }
        }
        return floor;
    }

    private int clauseEnd(int from, int ceiling) {
        for (int i = from; i < ceiling; i++) {
            if (isClauseBreak(i)) {
                return i;
            }
        }
        return ceiling;
    }

    private boolean isClauseBreak(int i) {
        char c = folded.charAt(i);
        if (c == ':' || c == '(' || c == ')') {
            return true;
        }
        if (c == ',') {
            int j = i + 1;
            while (j < folded.length() && folded.charAt(j) == ' ') {
                j++;
            }
            boolean digitBefore = i > 0 && Character.isDigit(folded.charAt(i - 1));
            if (folded.startsWith("xep loai", j) && folded.startsWith("danh gia", Math.max(0, i - 8))) {
                return false; // "được đánh giá, xếp loại hoàn thành tốt nhiệm vụ": one predicate written with a comma
            }
            return !(digitBefore && j < folded.length() && Character.isDigit(folded.charAt(j)));
        }
        return false;
    }
}
