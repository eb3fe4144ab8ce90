package vn.dangvu.extraction;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dangvu.extraction.Extraction.Figure;
import vn.dangvu.extraction.Extraction.Furniture;

/**
 * The list and table lines of an administrative report (báo cáo), where the figures stand as "label: value unit
 * (parts)" rather than in sentences: "- Kết nạp mới: 42 đảng viên, đạt 105% chỉ tiêu", "+ Khiển trách: 3 đ/c; cảnh
 * cáo: 1 đ/c", "Hoàn thành xuất sắc nhiệm vụ 14 13,5%". What a line counts comes from its label, the unit after
 * its value and, when they do not say, the numbered headings above it ("a) Đánh giá, xếp loại tổ chức cơ sở
 * đảng:"). A line whose shape is read here is decided here — a figure or, for a distractor, nothing — and the
 * sentence rules' figures on it are dropped; a line of any other shape is left to {@link FigureRules}. Sections
 * about the future (phương hướng, chỉ tiêu…) and the "Nơi nhận" block give no figures at all.
 */
final class ReportLines {

    enum Act { ADMIT, RECOGNIZE, EXPEL, DISCIPLINE, STRIKE_OFF, LEFT, DECEASED, TRANSFER_IN, TRANSFER_OUT, RECEIVE,
        EXEMPT, BADGE, INSPECT, SUPERVISE, REVIEW, INTRODUCE, CERTIFY, FOSTER, TRAIN, STUDY, MONTHLY, THEMED,
        ATTEND_MEETING, ATTEND, CONVENE, STAFF, QUALIFIED, ESTABLISH, DISSOLVE, MERGE, DONATE, EXCELLENT, GOOD_OR_BETTER,
        GOOD, COMPLETED, FAILED, RATED, REACHED, EXCEEDED, HOLD, STOCK }

    enum Thing { MEMBER, GRASSROOTS, ORG, BRANCH, SUBCOMMITTEE, CANDIDATE, CLASS, PARTICIPANT, CASE, MONTHLY_SESSION,
        THEMED_SESSION, SESSION, CONFERENCE, TARGET, BADGE, MONEY, TIME, MEASURE, FOREIGN }

    private record Rule<T>(Pattern pattern, T value) {
    }

    private static <T> Rule<T> rule(String regex, T value) {
        return new Rule<>(Pattern.compile("(?<![a-z0-9])(?:" + regex + ")(?![a-z0-9])"), value);
    }

    /** What a label says happened; of two found, the earlier wins, then the longer, then the one listed first. */
    private static final List<Rule<Act>> ACTS = List.of(
            rule("kiem diem rut kinh nghiem", Act.REVIEW),
            rule("kiem tra(?! dang vien (?:la|giu))", Act.INSPECT),
            rule("giam sat", Act.SUPERVISE),
            rule("(?:cap |nhan |duoc cap )?(?:giay chung nhan|gcn)|cap chung nhan", Act.CERTIFY),
            rule("gioi thieu(?! (?:di |cho )?hoc)|de nghi (?:[a-z]+ ){0,5}?ket nap|xem xet ket nap", Act.INTRODUCE),
            rule("nguon (?:phat trien dang|ket nap)|(?:dang|trong dien|dien) (?:duoc )?boi duong|theo doi,? boi duong|boi duong,? theo doi"
                    + "|(?:dang )?theo doi", Act.FOSTER),
            rule("(?:so )?chi tieu (?:dat va vuot|dat|hoan thanh)|chi tieu da dat", Act.REACHED),
            rule("chi tieu vuot", Act.EXCEEDED),
            rule("khong hoan thanh(?: nhiem vu)?|khtnv", Act.FAILED),
            rule("(?:hoan thanh )?xuat sac(?: nhiem vu)?|htxsnv|htxs", Act.EXCELLENT),
            rule("(?:hoan thanh )?tot (?:nhiem vu )?tro len|httnv tro len|htt tro len", Act.GOOD_OR_BETTER),
            rule("hoan thanh tot(?: nhiem vu)?|httnv|tot(?! nghiep)", Act.GOOD),
            rule("hoan thanh nhiem vu|htnv", Act.COMPLETED),
            rule("huy hieu", Act.BADGE),
            rule("khai tru(?: ra khoi dang)?", Act.EXPEL),
            rule("xoa ten", Act.STRIKE_OFF),
            rule("(?:xin |cho )?ra khoi dang", Act.LEFT),
            rule("tu tran|qua doi|tu the|tu vong", Act.DECEASED),
            rule("mien (?:cong tac va )?sinh hoat(?: dang)?", Act.EXEMPT),
            rule("ky luat|khien trach|canh cao|cach chuc|giai tan", Act.DISCIPLINE),
            rule("(?:xet )?cong nhan|chuyen (?:dang |thanh )?(?:vien )?chinh thuc|chuyen dang vien du bi", Act.RECOGNIZE),
            rule("chuyen (?:sinh hoat )?(?:dang )?(?:chinh thuc |tam thoi )?(?:di|ra|sang)|chuyen (?:sinh hoat (?:dang )?)?ve "
                    + "(?:sinh hoat (?:dang )?)?(?:tai |o )?(?:noi cu tru|dia phuong|co so|que)", Act.TRANSFER_OUT),
            rule("chuyen (?:sinh hoat )?(?:dang )?(?:chinh thuc |tam thoi )?(?:den|vao)|tiep nhan (?:dang vien|sinh hoat)",
                    Act.TRANSFER_IN),
            rule("tiep nhan", Act.RECEIVE),
            rule("thanh lap(?: moi)?", Act.ESTABLISH),
            rule("giai the", Act.DISSOLVE),
            rule("(?<!sau )(?<!truoc )(?<!khi )(?:sap nhap|hop nhat)", Act.MERGE), // "sau hợp nhất" is a time
            // "Tỷ lệ đảng viên dự (%)" under "Sinh hoạt chi bộ": the share present at the meetings
            rule("(?:du|tham gia|tham du) sinh hoat|ty le (?:dang vien )?du(?=\\s*(?:\\(|$))", Act.ATTEND_MEETING),
            rule("tham gia|tham du|co mat|du hoc", Act.ATTEND),
            rule("hoi nghi (?:ban chap hanh|bch)(?: [a-z]+){0,3} mo rong|hoi nghi (?:ban chap hanh|bch)|hoi nghi(?: [a-z]+){0,3} mo rong",
                    Act.CONVENE),
            rule("sinh hoat(?: chi bo| dang)? (?:thuong ky|dinh ky|hang thang)|hop chi bo(?: thuong ky| dinh ky)?|"
                    + "sinh hoat chi bo(?! chuyen de)", Act.MONTHLY),
            rule("sinh hoat(?: chi bo)? chuyen de", Act.THEMED),
            rule("ty le dang vien ?(?:/|(?:trong|tren|so voi) )(?: ?tong so)? ?(?:can bo|cong chuc|vien chuc|nguoi lao dong"
                    + "|giao vien|congxnhan|lao dong|chien si|nhan vien|(?:toan )?don vi|co quan|luc luong|quan so)", Act.STAFF),
            rule("hoc tap|quan triet|trien khai nghi quyet", Act.STUDY),
            rule("(?:cu )?di hoc|hoc lop|theo hoc|du lop|mo lop|to chuc lop|lop|dao tao|boi duong", Act.TRAIN),
            rule("ket nap|phat trien dang vien|dang vien moi", Act.ADMIT),
            rule("du tu cach", Act.QUALIFIED),
            rule("ung ho|quyen gop|dong gop|van dong", Act.DONATE),
            rule("danh gia|xep loai|kiem diem|duoc kiem diem", Act.RATED),
            rule("duy tri|tien hanh|(?<!so |tong so |cac |luong )to chuc(?=\\s*$| (?:duoc )?\\d)", Act.HOLD), // "… tổ chức 6 hội nghị"
            rule("tong so|so luong|hien co|hien nay|co(?! so)|gom|toan dang bo|(?:tinh )?den (?:nay|thoi diem nay)", Act.STOCK));

    /** Counted nouns, longest first: after a number they are its unit, in a label the thing it is about. */
    private static final List<Rule<Thing>> THINGS = List.of(
            rule("to chuc co so dang|to chuc co so|tccs dang|tccsd|tccs|dang bo co so|chi bo co so|dbcs|cbcs", Thing.GRASSROOTS),
            rule("dang bo bo phan|dbbp", Thing.SUBCOMMITTEE),
            rule("to chuc dang|to chuc|tcd", Thing.ORG),
            rule("(?<!sinh hoat )chi bo(?: truc thuoc)?", Thing.BRANCH), // "Sinh hoạt chi bộ" names the meetings, not branches
            rule("dang vien|dong chi|d/c|d\\.c|dv", Thing.MEMBER),
            rule("quan chung(?: uu tu)?|doi tuong(?: ket nap dang| ket nap| dang| phat trien dang)?|cam tinh dang", Thing.CANDIDATE),
            rule("lop", Thing.CLASS),
            rule("hoc vien|luot(?: nguoi| dang vien| can bo,? dang vien)?|can bo,? dang vien|nguoi", Thing.PARTICIPANT),
            rule("(?:buoi|ky|cuoc|lan) sinh hoat(?: chi bo| dang)? (?:thuong ky|dinh ky|hang thang)", Thing.MONTHLY_SESSION),
            rule("(?:buoi|ky|cuoc|lan) sinh hoat(?: chi bo)? chuyen de", Thing.THEMED_SESSION),
            rule("cuoc", Thing.CASE),
            rule("buoi|ky(?! (?:luat|niem|hop|thuat|su))", Thing.SESSION),
            rule("hoi nghi", Thing.CONFERENCE),
            rule("chi tieu", Thing.TARGET),
            rule("huy hieu", Thing.BADGE),
            rule("ty dong|trieu dong|nghin dong|ngan dong|dong", Thing.MONEY),
            rule("nam|thang|ngay|tuoi|quy|gio|lan", Thing.TIME),
            rule("ho|km2|km|ha|m2|tan|bai|tin|ty|trieu|ca|giuong|truong hop|ho so", Thing.MEASURE),
            // "công nhân" is left out: folded, it is "công nhận" (recognition as official)
            rule("doan vien|hoi vien|doi vien|thanh nien|hoc sinh|sinh vien|lao dong|can bo(?:,? (?:chien si|cong chuc|vien chuc"
                    + "|giao vien|nhan vien|congxnhan vien))*|chien si|cong chuc|vien chuc|nhan vien|giao vien|congxnhan(?: vien)?",
                    Thing.FOREIGN));

    /** The same nouns at the end of a row's label, where a table's unit column (ĐVT) puts them. */
    private static final List<Rule<Thing>> UNIT_CELLS = THINGS.stream()
            .map(r -> new Rule<>(Pattern.compile("(?:" + r.pattern().pattern() + ")\\s*$"), r.value())).toList();

    /** Labels that count what no Party figure counts: the elected, delegates, dues, the economy, contacts. */
    private static final Pattern STOP = Pattern.compile("(?<![a-z])(?:uy vien|ban chap hanh|bch|ban thuong vu|btv|cap uy|"
            + "chi uy|dai bieu|bi thu|pho bi thu|chu nhiem|dan so|dien tich|ngan sach|dang phi|kinh phi|thu nhap|doanh thu|"
            + "san luong|gia tri|dien thoai|fax|email|dia chi|so hieu|tang truong|binh quan|ho ngheo|von|bai thu hoach|bai viet|bai du thi)(?![a-z])"); // … and essays written

    /** A label about what is planned, not done ("theo kế hoạch" and "so với chỉ tiêu" are measured results). */
    private static final Pattern FUTURE = Pattern.compile("(?<![a-z])(?:(?<!theo )ke hoach|phan dau|du kien|muc tieu|"
            + "(?<!so voi )chi tieu(?! (?:dat|hoan thanh|vuot|da dat))|nam toi|thoi gian toi|sap toi|se|phuong huong|"
            + "nhiem vu (?:trong tam )?(?:nam \\d{4}|\\d+ thang|sau thang|chin thang|quy|thoi gian|giai doan|nhiem ky|nua))(?![a-z])");

    /** A list line that starts by planning: the whole line is a target. */
    private static final Pattern FUTURE_LINE = Pattern.compile("(?:phan dau|du kien|ke hoach|muc tieu|"
            + "chi tieu (?:nam|giai doan|nhiem ky|de ra|giao|cua))(?![a-z]).*");

    /** A heading that opens a section about the future: its lines are targets and tasks, not figures. */
    private static final Pattern FUTURE_HEADING = Pattern.compile("(?:(?:ve|cong tac|mot so)\\s+)?(?:phuong huong|nhiem vu|"
            + "muc tieu|chi tieu(?! (?:dat|hoan thanh|vuot))|ke hoach|giai phap|de xuat|kien nghi|du kien|phan dau)(?![a-z]).*");

    /** A heading of a section about mass organizations, government or the economy, not Party building. */
    private static final Pattern FOREIGN_HEADING = Pattern.compile("(?<![a-z])(?:kinh te|van hoa|xa hoi|quoc phong|an ninh|"
            + "mat tran|doan the|doan thanh nien|hoi cuu chien binh|hoi phu nu|hoi nong dan|cong doan|chinh quyen|dan van|"
            + "thi dua)(?![a-z])");
    private static final Pattern PARTY_WORDS = Pattern.compile("(?<![a-z])(?:xay dung dang|dang vien|to chuc dang|"
            + "to chuc co so dang|chi bo|kiem tra|giam sat|ky luat|ket nap)(?![a-z])");

    /** The words that qualify a part of a count ("nữ: 15", "dân tộc thiểu số 4"): the part keeps its parent's kind. */
    private static final String GROUP_WORD = "(?:nu|nguoi dan toc(?: thieu so)?|dan toc(?: thieu so)?|dong bao dan toc(?: thieu so)?|"
            + "ton giao|nguoi co dao|theo ton giao|doan vien(?: thanh nien)?|thanh nien|tre|tri thuc|nong dan|congxnhan(?: [a-z ]+)?|"
            + "can bo|cong chuc|vien chuc(?: quoc phong)?|hoc sinh|sinh vien|hoc vien|giao vien|giang vien|bac si|quan nhan"
            + "(?: chuyen nghiep)?|ha si quan|si quan|binh si|chien si|dan quan(?: tu ve)?|huu tri|doanh nhan|chu doanh nghiep|"
            + "nguoi lao dong|trong doanh nghiep(?: [a-z ]+)?|khu vuc [a-z ]+)(?: tre| uu tu| tieu bieu| lop \\d+| khoi [a-z0-9]+)?";
    private static final Pattern QUALIFIER = Pattern.compile("(?:trong do:?\\s*)?(?:la\\s+)?(?:(?:dang vien|dong chi)\\s+)?"
            + GROUP_WORD + "(?:(?:,|\\s+va|\\s+hoac)\\s+" + GROUP_WORD + ")*"); // "hạ sĩ quan, binh sĩ: 61"

    /** Words after which an act is named, not done: the committee's name, "việc …", "nhiệm vụ …", "công tác …". */
    private static final Pattern OBJECT_BEFORE = Pattern.compile("(?<![a-z])(?:uy ban|(?:viec|nhiem vu|cong tac)(?: [a-z]+){0,3}"
            + "(?:,| va)?)\\s*$");
    private static final Pattern PASSIVE = Pattern.compile("(?<![a-z])(?:duoc|bi)(?![a-z])");
    private static final Pattern COORDINATED = Pattern.compile("(?:kiem tra|giam sat|thi hanh ky luat|ky luat)\\s*(?:,|va)\\s*"
            + "(?:va\\s+)?(?:kiem tra|giam sat|thi hanh ky luat|ky luat)(?![a-z])");

    /** A label that names a count or a share, then "đạt", "là" or "chiếm" where a colon would stand. */
    private static final Pattern SEPARATOR = Pattern.compile("((?:ty le|tong so|so luong|so)(?![a-z])[^0-9():]*?)\\s+"
            + "(?:dat|la|chiem)\\s+(?=(?:(?:gan|hon|tren|khoang)\\s+)?\\d)");

    /** A period written as a label ("6 tháng đầu năm: 9 đồng chí"): its heading says what is counted. */
    private static final String PERIOD = "(?:trong |tu dau |ca |rieng |tu )?(?:(?:6|sau|9|chin) thang"
            + "(?: dau| cuoi)?(?: nam)?(?: \\d{4})?|quy [ivx1-4]+(?: nam \\d{4})?|nam \\d{4}|ca nam|trong nam|nam|"
            + "nhiem ky(?: \\d{4} ?[-–] ?\\d{4})?|(?:tu )?dau nhiem ky(?: den nay)?|giua nhiem ky|nua (?:dau|cuoi) nhiem ky|"
            + "dot [0-9/]+|thang \\d{1,2}(?:/\\d{4})?)";
    private static final Pattern PERIOD_LABEL = Pattern.compile(PERIOD + "(?:\\s*(?:,|va|den|-|–)\\s*" + PERIOD + ")*(?: den nay)?");

    /** The words before a counted thing in the label of a stock ("Tổng số", "Đảng bộ hiện có"). */
    private static final Pattern STOCK_HEAD = Pattern.compile("(?:(?:tong so|so luong|so|tong|hien co|co|toan dang bo|"
            + "(?:toan )?dang bo(?: hien)? co)\\s*)?");

    /** The words after it ("chính thức", "trực thuộc Đảng ủy", "toàn Đảng bộ", "tính đến 31/12/2025", "nữ"). */
    private static final Pattern STOCK_TAIL = Pattern.compile("(?:\\s+(?:chinh thuc|du bi|truc thuoc|co so|moi|hien co|hien nay|"
            + "(?:(?:truc thuoc|thuoc|cua|trong|o|tai) )?(?:dang uy|dang bo|chi bo|cac chi bo|cac dang bo|toan dang bo)(?: [a-z]+)*+|"
            + "(?:tinh )?den (?:nay|ngay|thoi diem|het|cuoi|\\d)[a-z0-9/ ]*|(?:dau|cuoi) (?:nam|ky|nhiem ky|quy|thang)[a-z0-9/ ]*|"
            + "(?:tai )?thoi diem [a-z0-9/ ]++|(?:dang )?sinh hoat (?:tai|o)(?: [a-z0-9]+)++|toan [a-z]+|la(?:,? [a-z]+)++|"
            + "(?:sau|truoc)(?: khi)? (?:hop nhat|sap nhap|sap xep|kien toan)(?: [a-z0-9/]+)*+))*");

    private static final Pattern FOR = Pattern.compile("\\s*cho\\s+");
    private static final Pattern WORKERS = Pattern.compile("(?iu)(?<!\\p{L})công nhân(?!\\p{L})");

    /** Words of a predicate: after a part's unit they say what happened to it, not who it is. */
    private static final Pattern PREDICATE = Pattern.compile("(?<![a-z])(?:duoc|bi|da|vang|co mat|tham du|tham gia|khong|"
            + "chua|tang|giam|so voi|dat|vuot|chiem|con)(?![a-z])");

    /** The years of a party badge ("30 năm", "Huy hiệu 55 năm tuổi Đảng"): never a value. */
    private static final Pattern BADGE_YEARS = Pattern.compile("(?:huy hieu\\s+)?\\d{2}\\s+nam(?:\\s+tuoi dang)?");

    /** A unit named in a breakdown ("Chi bộ thôn 1: 5"): the place words, then a name. */
    private static final Pattern PLACE = Pattern.compile("(chi bo|dang bo|thon|ap|khu pho|to dan pho|ban|xom|khom|"
            + "truong|cong ty|phong|khoa) ((?:[a-z0-9]+(?: ?[–-] ?| )?){1,10})");

    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?";
    private static final Pattern NUM = Pattern.compile("(?:[≥≤]\\s*|[<>]=?\\s*)?(?:(gan|hon|tren|khoang|duoi|it nhat|dat|la)\\s+)?" + NUMBER
            + "(?:\\s*/\\s*(\\d{1,3}(?:\\.\\d{3})+|\\d+))?(\\s*%)?(?![0-9a-z])");
    private static final Pattern WORD_NUMBER = Pattern.compile("(?:(gan|hon|tren|khoang)\\s+)?((?:mot|hai|ba|bon|nam|sau|bay|tam|"
            + "chin|muoi|tram|nghin|ngan|linh|le|lam|tu)(?:\\s+(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nghin|ngan|linh|le|"
            + "lam|tu))*)(?![a-z])");
    private static final Pattern ZERO = Pattern.compile("(?:khong(?: co)?|chua(?: co)?|0+)(?![0-9a-z,.])");
    private static final Pattern UNIT_TAIL = Pattern.compile("\\s+(?:chinh thuc|du bi|truc thuoc|moi|nu)(?![a-z])");
    private static final Pattern PERCENT_TAIL = Pattern.compile("\\s*,?\\s*(?:(?:dat|bang|chiem|vuot)(?:\\s+ty le)?|=)"
            + "(?:\\s+(?:gan|hon|tren|khoang))?\\s*" + NUMBER + "\\s*%[^,;()0-9]*");
    private static final Pattern CHANGE_TAIL = Pattern.compile("\\s*,?\\s*(?:tang|giam|so voi|cao hon|thap hon|bang)(?![a-z]).*");
    private static final Pattern PARTS_INTRO = Pattern.compile("\\s*[,;]?\\s*(?:trong do|bao gom|gom)\\s*:?\\s*");
    private static final Pattern ATTEND_TAIL = Pattern.compile("\\s+(?:(?:da|deu) )?(?:duoc )?(?:tham gia|tham du|du hoc|du|"
            + "co mat|hoc tap|theo hoc)(?![a-z])");
    private static final Pattern REASON_TAIL = Pattern.compile("\\s+(?:(?:co )?vi pham|do|vi|ly do|ve viec)(?![a-z]).*");
    private static final Pattern TARGET_WORDS = Pattern.compile("(?<![a-z])(?:chi tieu|ke hoach|nghi quyet)(?![a-z])");
    private static final Pattern NOUN_REST = Pattern.compile("(?:[a-z]+ ){0,3}[a-z]+(?=\\s*(?:\\(|,?\\s*(?:gom|bao gom|trong do)\\s*:))");
    private static final Pattern ATTACHED = Pattern.compile(",?\\s*(?:gom|bao gom|trong do|cu the|(?:voi )?(?:cac )?hinh thuc)"
            + "\\s*:\\s*");
    private static final Pattern NEXT_VALUE = Pattern.compile("\\s*(?:,|va)\\s*");
    private static final Pattern BARE_PERCENT = Pattern.compile("\\s+" + NUMBER + "\\s*%");
    private static final Pattern PERCENT = Pattern.compile(NUMBER + "\\s*%");
    private static final Pattern DIGIT = Pattern.compile("(?<![0-9a-z])\\d");
    private static final Pattern FIRST_VALUE = Pattern.compile("(?<![0-9a-z])(?:(?:gan|hon|tren|khoang)\\s+)?\\d");
    private static final Pattern PART_INTRO = Pattern.compile("(?:trong do|bao gom|gom)\\s*:?\\s*");

    /** "I.", "2.", "1.2.", "a)", "-", "+": the marker that opens a line, and how it ranks among headings. */
    private static final Pattern MARKER = Pattern.compile("\\s*(?:(phan (?:thu )?(?:nhat|hai|ba|bon|nam|[ivx]+|\\d+))\\s*[.:\\-–—]?"
            + "|([ivxlc]+)[.)/]|(\\d+(?:\\.\\d+)+)\\.?|(\\d+)[./]|(\\d+)\\)|([a-z])[)./]|([-–—+•*●○▪◦⁃·])"
            + "|(bieu (?:so )?\\d+)[.:]?)\\s+(?=\\S)");
    private static final Pattern ADMINISTRATIVE = Pattern.compile("(?miu)^\\s*(?:ĐẢNG CỘNG SẢN VIỆT NAM|"
            + "Số\\s*:?\\s*\\d+\\s*[-–]\\s*(?:BC|KH|CV|TB|HD|BB|TTr|NQ)/[\\p{L}/]+)\\s*$");
    private static final Pattern ORDINAL = Pattern.compile("\\s*(\\d+)\\.?\\s+(?=[a-z])");
    private static final Pattern RECIPIENTS = Pattern.compile("\\s*noi nhan\\s*:?.*");

    /**
     * Column headings of a flattened table; the value columns say what their numbers count. A plan's column holds
     * targets, a unit's column (ĐVT) a word, not a number.
     */
    private static final String COLUMN_PERIOD = "(?: (?:nam(?: \\d{4})?|(?:6|9) thang(?: dau nam)?|quy [ivx]+|ca nam|nhiem ky))?";
    private static final Pattern COLUMN = Pattern.compile("\\s*(?:((?:ke hoach|chi tieu (?:giao|nam|nhiem ky|nghi quyet)|"
            + "nghi quyet|chi tieu nghi quyet)" + COLUMN_PERIOD + ")"
            + "|(dvt|don vi tinh)|(stt|tt|so tt|noi dung|chi tieu|muc xep loai|xep loai|muc|hinh thuc|danh muc|don vi|ghi chu|doi tuong|danh gia"
            + "|nhan xet|loai(?: [a-z]+){1,3}?(?=\\s{2,}|\\s*$)|khoi(?: don vi)?|ten (?:don vi|chi bo|dang bo|to chuc|co quan)|co quan)"
            + "|((?:so luong|ket qua thuc hien|ket qua|so lieu|tong so|thuc hien|dat duoc|so dong chi|so nguoi)" + COLUMN_PERIOD
            + "|nam (?:19|20)\\d{2}|(?:6|9) thang(?: dau nam)?(?: (?:19|20)\\d{2})?|quy [ivx]+(?:/(?:19|20)\\d{2})?|ca nam|luy ke"
            + "|tong cong|cong)"
            + "|(ty le(?: dat| so voi ke hoach| so voi nghi quyet)?(?:\\s*\\(?%\\)?)?(?: so voi (?:ke hoach|kh|nghi quyet|nq|chi tieu))?|so voi ke hoach(?:\\s*\\(%\\))?|%)"
            + "|((?:so |so luong |tong so )?(?:to chuc co so dang|tccs dang|tccs|to chuc dang(?! vien)|to chuc))"
            + "|((?:so |so luong |tong so )?chi bo)|((?:so |so luong |tong so )?(?:dang vien|dv)(?! (?:tham gia|du|moi|duoc)))"
            + "|(htxsnv|hoan thanh xuat sac(?: nhiem vu)?|xuat sac)|(httnv tro len|hoan thanh tot(?: nhiem vu)? tro len|tot tro len)"
            + "|(khtnv|khong hoan thanh(?: nhiem vu)?)|(httnv|hoan thanh tot(?: nhiem vu)?|tot)|(htnv|hoan thanh nhiem vu|hoan thanh)"
            + "|(ma so|ma chi tieu|ma)|(nam|thang|quy|ky bao cao|thoi gian|giai doan|dot)"
            + "|(trong do(?: [a-z]+){1,3}?(?=\\s*$|\\s+(?:ty le|ghi chu|trong do)(?![a-z]))))"
            + "(?![a-z])\\s*");

    /** A column that names an act: a few words up to the next column's name or the end. */
    private static final Pattern ACT_COLUMN = Pattern.compile("([a-z]+(?: [a-z]+){0,4}?)(?: (?:\\d+ thang(?: dau nam)?|nam \\d{4}|quy [ivx]+))?"
            + "(?=\\s+(?:ghi chu|ty le|so luong|trong do)(?![a-z])|\\s*$|\\s{2,}|"
            + "\\s+(?:ket nap|khai tru|xoa ten|tu tran|qua doi|chuyen den|chuyen di|cong nhan|ky luat|kiem tra|giam sat)(?![a-z]))\\s*");

    /** A period in a row of a table by periods: a year, "Quý I", "6 tháng đầu năm". */
    private static final Pattern PERIOD_CELL = Pattern.compile("(?:nam )?(?:19|20)\\d{2}(?![0-9.,])|quy [ivx1-4]+|thang \\d{1,2}");

    /** A numbered row of a table this reading cannot place: an ordinal, a label, two numbers or more. */
    private static final Pattern ROW_LIKE = Pattern.compile("\\s*\\d+\\.?\\s+[^0-9:;()]+?(?:\\s+\\d[\\d.,]*\\s*%?){2,}\\s*");

    /**
     * What a label says: the act and the thing it names, and flags — a part's qualifier, a distractor ({@code stop}),
     * a share (tỷ lệ), a class, two acts it cannot choose between, words around the thing that are not a stock's.
     */
    private record Meaning(Act act, Thing thing, boolean official, boolean probationary, boolean total, boolean qualifier,
            boolean stop, boolean share, boolean classContext, String classType, boolean ambiguous, boolean predicate,
            boolean result) {

        Meaning withAct(Act other) {
            return new Meaning(other, thing, official, probationary, total, qualifier, stop, share, classContext, classType,
                    ambiguous, predicate, result);
        }
    }

    /** What the lines under a heading, or the parts of a value, count. */
    private record Frame(Act act, Thing thing, String kind, boolean future, boolean foreign, boolean ambiguous) {
        static final Frame NONE = new Frame(null, null, null, false, false, false);
    }

    private record Level(String marker, int rank, Frame frame) {
    }

    private record Num(int start, int end, BigDecimal value, BigDecimal of, boolean percent) {
    }

    private record Unit(Thing thing, boolean official, boolean probationary, int end, BigDecimal multiplier) {
    }

    private record Value(Num num, Unit unit, int end, List<int[]> parts, BigDecimal percent, int percentEnd) {
        int figureEnd() {
            return Math.max(end, percentEnd);
        }
    }

    /** The values after a label; {@code zero} for "không", "0"; null when the text is not a plain value. */
    private record Values(List<Value> values, boolean zero) {
    }

    /** What each kind counts, for the parts of a figure the sentence rules found. */
    private static final java.util.Map<String, Frame> FRAMES = frames();

    private static java.util.Map<String, Frame> frames() {
        java.util.Map<String, Frame> out = new java.util.HashMap<>();
        for (Thing t : Thing.values()) {
            for (Act a : Act.values()) {
                String k = kind(a, t, false, false, false, null, false);
                if (k != null) {
                    out.putIfAbsent(k, new Frame(a, t, k, false, false, false));
                }
            }
        }
        out.put("members.officialAtDate", new Frame(Act.STOCK, Thing.MEMBER, "members.officialAtDate", false, false, false));
        return java.util.Map.copyOf(out);
    }

    private enum Column {
        LABEL, PERIOD, NOTE, CODE, UNIT, PLAN, COUNT, PERCENT, ORG, GRASSROOTS, BRANCH, MEMBER, EXCELLENT, GOOD_OR_BETTER, GOOD,
        COMPLETED, FAILED, ACT, PART;

        boolean holdsValue() {
            return compareTo(PLAN) >= 0;
        }
    }

    private static final java.util.Set<Column> RATING_LEVELS = java.util.EnumSet.of(Column.EXCELLENT, Column.GOOD_OR_BETTER,
            Column.GOOD, Column.COMPLETED, Column.FAILED);

    /** A table's column: what it holds, and the act it names when it names one. */
    private record Col(Column type, Act act) {
    }

    private final String text;
    private final String folded;
    /** The tables whose cells "|" sets apart, by the start of their heading's first line. */
    private final java.util.Map<Integer, TableGrid.Table> cellTables = new java.util.HashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<int[]> claimed = new ArrayList<>();
    private final List<int[]> silenced = new ArrayList<>();
    /** Rows of a table of results against the plan, which restate figures the report gives elsewhere. */
    private final java.util.Set<Figure> restated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The cells of a cell table's rows that are not totals: restated only when their table restates the text. */
    private final java.util.Set<Figure> rowCells = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean read;
    /** The count a line breaks down by groups, which the next pieces of the line go on breaking down. */
    private Frame brokenDown;
    /** What the ratings in the table being read are of, as its caption says ("Kết quả xếp loại đảng viên theo …"). */
    private Thing tableThing;
    /** Which table a figure was read from (1, 2, …): a totals row restates the text, not its own table's rows. */
    private final java.util.Map<Figure, Integer> tableOf = new java.util.IdentityHashMap<>();
    private int tables;

    private static final Pattern RATED_IN_CAPTION = Pattern.compile("xep loai(?: chat luong)?(?: (?:cho|doi voi))? "
            + "(?:(dang vien)|(to chuc co so dang|tccs|to chuc dang|chi bo|tap the))(?![a-z])");

    /** The thing a table's caption, the line right above its heading, says its ratings are of; null when it says none. */
    private Thing captionThing(int headingStart) {
        if (headingStart < 2) {
            return null;
        }
        int end = headingStart - 1;
        int start = folded.lastIndexOf('\n', end - 1) + 1;
        Matcher m = RATED_IN_CAPTION.matcher(folded).region(start, end);
        return !m.find() ? null : m.group(1) != null ? Thing.MEMBER : Thing.ORG;
    }

    private static final Pattern RATED_IN_HEADING = Pattern.compile("(?<![a-z])so (?:(dang vien)|(to chuc co so dang|tccs(?: dang)?|"
            + "to chuc dang|chi bo))(?![a-z])[a-z ]{0,20}?(?:danh gia|xep loai)");

    /** A ratings table says in a column what it rates: "Số đảng viên được xếp loại", "Số TCCS đảng được xếp loại". */
    private Thing ratedInHeading(TableGrid.Table t) {
        for (TableGrid.Column c : t.columns()) {
            for (TableGrid.Cell h : c.heading()) {
                Matcher m = RATED_IN_HEADING.matcher(folded).region(h.start(), h.end());
                if (m.find()) {
                    return m.group(1) != null ? Thing.MEMBER : Thing.ORG;
                }
            }
        }
        return null;
    }

    ReportLines(String text) {
        this.text = text;
        String marked = distinguished(text, FigureRules.fold(text));
        for (TableGrid.Table t : TableGrid.tables(marked)) {
            cellTables.put(t.start(), t);
        }
        this.folded = unwrapped(text, marked.replace('|', ' '));
        Matcher title = STUDY_TITLE.matcher(folded).region(0, Math.min(folded.length(), 700));
        this.studyReport = title.find();
    }

    /** A report whose title is the study of a resolution: those who attend, in its tables, attend the study. */
    private static final Pattern STUDY_TITLE = Pattern.compile("(?<![a-z])(?:bao cao|thong bao|ket qua)[^|]{0,80}?(?:hoc tap|"
            + "quan triet)[a-z ,\\n]{0,40}?nghi quyet");

    private final boolean studyReport;

    /**
     * The folded text with each line break that only wraps a line (as a PDF wraps it) made a space: the line before
     * ends without punctuation and the next begins in lower case without a list marker ("… mới 4\nđồng chí).").
     */
    private static String unwrapped(String text, String folded) {
        StringBuilder out = new StringBuilder(folded);
        for (int i = folded.indexOf('\n'); i > 0 && i + 1 < folded.length(); i = folded.indexOf('\n', i + 1)) {
            int before = i - 1;
            while (before >= 0 && folded.charAt(before) == ' ') {
                before--;
            }
            if (before < 0 || folded.charAt(before) == '\n' || ".:;!?".indexOf(folded.charAt(before)) >= 0) {
                continue;
            }
            int next = i + 1;
            while (next < folded.length() && folded.charAt(next) == ' ') {
                next++;
            }
            int from = folded.lastIndexOf('\n', i - 1) + 1;
            int to = folded.indexOf('\n', i + 1);
            if (text.substring(from, to < 0 ? text.length() : to).indexOf('|') >= 0) {
                continue; // a table's rows are lines of their own
            }
            if (next >= folded.length() || !Character.isLowerCase(text.charAt(next))
                    || MARKER.matcher(folded).region(i + 1, folded.length()).lookingAt()) {
                continue;
            }
            out.setCharAt(i, ' ');
        }
        return out.toString();
    }

    /**
     * The folded text with "công nhân" (workers) kept apart from "công nhận" (recognition as official), which fold
     * alike: the worker's is written "congxnhan", one character for one.
     */
    private static String distinguished(String text, String folded) {
        Matcher m = WORKERS.matcher(text);
        if (!m.find()) {
            return folded;
        }
        StringBuilder out = new StringBuilder(folded);
        do {
            out.setCharAt(m.start() + 4, 'x');
        } while (m.find());
        return out.toString();
    }

    /** The furniture without the blocks that are lists: a short block broken over lines is a caption only in news. */
    List<Furniture> withoutLists(List<Furniture> furniture) {
        // An administrative report (its header names the Party or gives a document number) has no photo captions.
        boolean report = ADMINISTRATIVE.matcher(text.substring(0, Math.min(text.length(), 1500))).find();
        return furniture.stream().filter(f -> !"caption".equals(f.kind()) || !report && !isList(f.start(), f.end())).toList();
    }

    /**
     * The sentence rules' figures, less those on lines read here and in silenced sections, with this reading's,
     * and with the parts written right after a sentence's figure ("27 chi bộ trực thuộc (9 chi bộ ấp, 18 …)").
     */
    List<Figure> merge(List<Figure> sentenceFigures) {
        readOnce();
        List<Figure> kept = new ArrayList<>();
        int mine = figures.size();
        for (Figure f : sentenceFigures) {
            if (!overlaps(f.start(), f.end(), claimed) && !overlaps(f.start(), f.end(), silenced)) {
                kept.add(f);
                attachParts(f);
            }
        }
        List<int[]> parts = figures.subList(mine, figures.size()).stream().map(f -> new int[] {f.start(), f.end()}).toList();
        List<Figure> out = new ArrayList<>();
        for (Figure f : kept) {
            if (!overlaps(f.start(), f.end(), parts)) {
                out.add(f);
            }
        }
        out.addAll(figures);
        // A report's table of results against the plan restates its figures: one said elsewhere is proposed once.
        List<Figure> text = out.stream().filter(f -> !restated.contains(f) && !rowCells.contains(f)).toList();
        // A table whose rows mostly restate figures of the text restates them all; else its rows are its own parts.
        java.util.Map<Integer, int[]> echoed = new java.util.HashMap<>();
        for (Figure f : rowCells) {
            int[] count = echoed.computeIfAbsent(tableOf.get(f), k -> new int[2]);
            count[0]++;
            count[1] += text.stream().anyMatch(g -> g.kind().equals(f.kind()) && g.value().compareTo(f.value()) == 0
                    && tableOf.get(g) == null) ? 1 : 0;
        }
        for (Figure f : rowCells) {
            int[] count = echoed.get(tableOf.get(f));
            if (2 * count[1] >= count[0]) {
                restated.add(f);
            }
        }
        List<Figure> said = out.stream().filter(f -> !restated.contains(f)).toList();
        out.removeIf(f -> restated.contains(f) && said.stream().anyMatch(g -> g.kind().equals(f.kind())
                && g.value().compareTo(f.value()) == 0 && tableOf.get(g) != tableOf.get(f)));
        out.sort(Comparator.comparingInt(Figure::start));
        return out;
    }

    /** The parts in parentheses, or after "gồm:" / "trong đó:", right after a figure the sentence rules found. */
    private void attachParts(Figure f) {
        Frame parent = FRAMES.get(f.kind());
        if (parent == null || f.end() >= folded.length()) {
            return;
        }
        int le = lineEnd(f.end(), folded.length());
        int at = skipSpaces(f.end(), le);
        Matcher words = NOUN_REST.matcher(folded).region(at, le);
        if (words.lookingAt()) {
            at = skipSpaces(words.end(), le); // "27 chi bộ trực thuộc (9 chi bộ ấp, …)"
        }
        List<int[]> parts;
        if (at < le && folded.charAt(at) == '(') {
            int close = close(at, le);
            if (close < 0) {
                return;
            }
            parts = split(at + 1, close);
        } else {
            Matcher intro = ATTACHED.matcher(folded).region(at, le);
            if (!intro.lookingAt()) {
                return;
            }
            int end = intro.end();
            while (end < le && !(folded.charAt(end) == ';' && !isPart(end + 1, le)) && !(folded.charAt(end) == '.'
                    && (end + 1 >= le || !Character.isDigit(folded.charAt(end + 1)))) && folded.charAt(end) != '(') {
                end++;
            }
            parts = split(intro.end(), end);
        }
        for (int[] p : parts) {
            if (!percentPart(p[0], p[1])) {
                readPart(p[0], p[1], parent);
            }
        }
    }

    private static boolean overlaps(int start, int end, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (start < r[1] && r[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** A block with a numbered or bulleted line and a number somewhere, or with two such lines. */
    private boolean isList(int start, int end) {
        int marked = 0;
        boolean digits = false;
        int at = start;
        while (at < end) {
            int le = lineEnd(at, end);
            if (MARKER.matcher(folded).region(at, le).lookingAt()) {
                marked++;
            }
            digits |= folded.substring(at, le).matches(".*\\d.*");
            at = le + 1;
        }
        return marked >= 2 || marked == 1 && digits;
    }

    private int lineEnd(int at, int limit) {
        int n = folded.indexOf('\n', at);
        return n < 0 || n > limit ? limit : n;
    }

    private void readOnce() {
        if (read) {
            return;
        }
        read = true;
        Deque<Level> stack = new ArrayDeque<>();
        List<Col> table = null;
        Frame lastLine = null;
        boolean header = true;
        int first = folded.indexOf('\n');
        int at = first < 0 ? folded.length() : first + 1;
        while (at < folded.length()) {
            int ls = at;
            int le = lineEnd(at, folded.length());
            at = le + 1;
            String line = folded.substring(ls, le);
            if (line.isBlank()) {
                table = null;
                continue;
            }
            if (RECIPIENTS.matcher(line).matches()) {
                silenced.add(new int[] {ls, folded.length()});
                return;
            }
            Matcher mk = MARKER.matcher(folded).region(ls, le);
            boolean marked = mk.lookingAt();
            int bs = marked ? mk.end() : skipSpaces(ls, le);
            int be = trimEnd(bs, le);
            if (bs >= be) {
                continue;
            }
            String marker = marked ? markerType(mk) : null;
            TableGrid.Table grid = cellTables.get(ls);
            Frame cells = grid == null ? null : cellTable(grid, context(stack));
            if (cells != null) {
                header = false;
                table = null;
                lastLine = cells.kind() != null ? cells : lastLine;
                at = grid.end() + 1;
                continue;
            }
            List<int[]> pairs = pairs(bs, be);
            if (header) {
                // The header block (committees, number, place and day, title) ends at the first list line or paragraph.
                if (!marked && le - ls < 100 && columns(bs, be) == null && !knownValue(pairs)) {
                    continue;
                }
                header = false;
            }
            List<Col> heads = columns(bs, be);
            if (heads != null) {
                table = heads;
                tableThing = captionThing(ls);
                tables++;
                continue;
            }
            Frame row = table == null ? null : row(ls, le, table, context(stack), lastLine);
            if (row != null) {
                lastLine = row.kind() != null ? row : lastLine;
                continue;
            }
            table = null;
            if (ROW_LIKE.matcher(folded).region(ls, le).matches()) {
                claimed.add(new int[] {ls, le}); // "1 Chi bộ thôn 1 45 2 0": a row whose columns are not known
                continue;
            }
            boolean lead = pairs.isEmpty() && folded.charAt(be - 1) == ':' || pairs.isEmpty() && folded.charAt(le - 1) == ':';
            boolean caps = !marked && pairs.isEmpty() && isCaps(bs, be);
            if (marked) {
                pop(stack, marker, rank(marker));
            } else if (caps) {
                pop(stack, "caps", 1);
            } else if (lead) {
                pop(stack, "plain", 10);
            } else if (pairs.isEmpty()) {
                pop(stack, "prose", 10);
            }
            Frame parent = marked && isBullet(marker) && !stack.isEmpty() && stack.peek().frame().kind() != null
                    ? stack.peek().frame() : null;
            if (parent == null && lastLine != null && folded.startsWith("trong do", bs)) {
                parent = lastLine; // "- Tổng số: 1.245\n- Trong đó nữ: 412"
            }
            Frame context = context(stack);
            Frame own = null;
            if (context.future() || (marked && FUTURE_LINE.matcher(folded).region(bs, be).matches())) {
                silenced.add(new int[] {ls, le});
                own = new Frame(null, null, null, true, false, false);
            } else if (pairs.isEmpty()) {
                if (marked || caps || lead) {
                    own = heading(bs, be);
                }
            } else {
                own = readPairs(bs, pairs, context, parent, marked);
                lastLine = own.kind() != null ? own : lastLine;
                if (own == Frame.NONE && (marked || caps)) {
                    own = heading(bs, pairs.get(0)[1]);
                }
            }
            if (own != null && (marked || caps || lead)) {
                stack.push(new Level(marked ? marker : caps ? "caps" : "plain", marked ? rank(marker) : caps ? 1 : 10, own));
            }
        }
    }

    /** A line of the header block ends it when it is a value under a label this reading knows. */
    private boolean knownValue(List<int[]> pairs) {
        for (int[] p : pairs) {
            Meaning m = meaning(p[0], p[1]);
            if (p[4] == 1 && !m.stop() && (m.act() != null || m.thing() != null) && values(p[2], p[3], false) != null) {
                return true;
            }
        }
        return false;
    }

    private String markerType(Matcher m) {
        if (m.group(1) != null) {
            return "part";
        }
        if (m.group(2) != null) {
            // "I.", "IV." are sections; "c)", "i." are letters of a list.
            return Character.isUpperCase(text.charAt(m.start(2))) ? "roman" : "letter";
        }
        if (m.group(3) != null) {
            return "dotted" + m.group(3).split("\\.").length;
        }
        if (m.group(4) != null) {
            return "arabic";
        }
        if (m.group(5) != null) {
            return "arabic)";
        }
        if (m.group(6) != null) {
            return Character.isUpperCase(text.charAt(m.start(6))) ? "upper" : "letter";
        }
        if (m.group(8) != null) {
            return "table"; // "Biểu 2. Đảng viên": the title of a table, a heading for its rows
        }
        String b = m.group(7);
        return "–—".contains(b) ? "-" : b;
    }

    private static int rank(String marker) {
        return switch (marker) {
            case "part" -> 0;
            case "roman" -> 2;
            case "upper" -> 3;
            case "arabic", "table" -> 4;
            case "letter" -> 8;
            case "arabic)" -> 9;
            default -> marker.startsWith("dotted") ? 4 + Integer.parseInt(marker.substring(6)) : 11;
        };
    }

    private static boolean isBullet(String marker) {
        return rank(marker) == 11;
    }

    /** Closes the levels a new line ends: a bullet closes its own kind; a numbered heading every level at or below it. */
    private static void pop(Deque<Level> stack, String marker, int rank) {
        if (rank == 11) {
            if (stack.stream().anyMatch(l -> l.marker().equals(marker))) {
                while (!stack.isEmpty() && !stack.pop().marker().equals(marker)) {
                    // up to and including the same bullet
                }
            }
            return;
        }
        while (!stack.isEmpty() && (stack.peek().rank() >= rank || stack.peek().rank() >= 10)) {
            stack.pop();
        }
    }

    /** What the open headings say, the nearest first; a heading naming several acts or things stops the search. */
    private static Frame context(Deque<Level> stack) {
        Act act = null;
        Thing thing = null;
        boolean actDone = false;
        boolean thingDone = false;
        boolean future = false;
        boolean foreign = false;
        for (Level l : stack) {
            Frame f = l.frame();
            future |= f.future();
            foreign |= f.foreign();
            if (!actDone && (f.act() != null || f.ambiguous())) {
                act = f.act();
                actDone = true;
            }
            if (!thingDone && f.thing() != null) {
                thing = f.thing();
                thingDone = true;
            }
        }
        return new Frame(act, thing, null, future, foreign, false);
    }

    private Frame heading(int bs, int be) {
        String h = folded.substring(bs, be).replaceAll("[:.]\\s*$", "").replaceAll("^[-–—:.\\s]+", "");
        if (FUTURE_HEADING.matcher(h).matches()) {
            return new Frame(null, null, null, true, false, false);
        }
        boolean foreign = FOREIGN_HEADING.matcher(h).find() && !PARTY_WORDS.matcher(h).find();
        Act act = null;
        boolean ambiguous = false;
        for (Rule<Act> r : ACTS) {
            if (r.value() == Act.STOCK) {
                continue;
            }
            if (r.pattern().matcher(h).find()) {
                if (act != null && act != r.value() && !(act == Act.RATED || r.value() == Act.RATED)) {
                    ambiguous = true;
                }
                if (act == null || act == Act.RATED) {
                    act = r.value();
                }
            }
        }
        if (h.matches(".*(?:tinh hinh|so luong|cong tac to chuc).*") && act == null) {
            act = Act.STOCK;
        }
        Thing thing = null;
        for (Rule<Thing> r : THINGS) {
            Matcher m = r.pattern().matcher(h);
            if (m.find() && r.value().compareTo(Thing.MONEY) < 0 && !unitOnly(r.value())) {
                Thing t = group(r.value());
                if (thing != null && thing != t) {
                    thing = null;
                    break;
                }
                thing = t;
            }
        }
        if (ambiguous) {
            act = null;
        }
        return new Frame(act, thing, null, false, foreign, ambiguous);
    }

    /** Organizations of any level are rated, inspected and supervised alike. */
    private static Thing group(Thing t) {
        return t == Thing.GRASSROOTS || t == Thing.BRANCH || t == Thing.SUBCOMMITTEE ? Thing.ORG : t;
    }

    private Meaning meaning(int ls, int le) {
        return meaning(ls, le, false);
    }

    /**
     * The meaning of a label. Its act is the first one written, a stock or rating word before it not hiding it
     * ("Tổng số đảng viên được kết nạp"); a label written before its value without a colon ({@code governed}) is
     * ruled by the act it starts with, else by the act nearest its value ("Sau khi kiểm tra, đã kết nạp 5").
     */
    private Meaning meaning(int ls, int le, boolean governed) {
        String label = folded.substring(ls, le).strip();
        boolean share = label.matches("(?:.*\\s)?ty le(?:\\s.*)?");
        Act act = null;
        int actAt = -1;
        int actEnd = -1;
        boolean rated = false;
        boolean stock = false;
        boolean held = false;
        boolean attend = false;
        for (Rule<Act> r : ACTS) {
            Matcher m = r.pattern().matcher(label);
            while (m.find()) {
                if (r.value() == Act.RATED || r.value() == Act.STOCK || r.value() == Act.HOLD || r.value() == Act.ATTEND) {
                    attend |= r.value() == Act.ATTEND;
                    rated |= r.value() == Act.RATED;
                    stock |= r.value() == Act.STOCK;
                    held |= r.value() == Act.HOLD;
                    continue;
                }
                if (governed && m.start() > 0 && OBJECT_BEFORE.matcher(label.substring(0, m.start())).find()) {
                    continue; // "… kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát của 4 chi bộ"
                }
                boolean better;
                if (act == null) {
                    better = true;
                } else if (governed && actAt != 0) {
                    better = m.start() == 0 || m.end() > actEnd;
                } else {
                    better = m.start() < actAt || m.start() == actAt && m.end() > actEnd;
                }
                if (better) {
                    act = r.value();
                    actAt = m.start();
                    actEnd = m.end();
                }
            }
        }
        // "Kiểm tra, giám sát: 8 tổ chức": two acts written as one, neither can be chosen.
        boolean ambiguous = act != null && COORDINATED.matcher(label).region(actAt, label.length()).lookingAt();
        if (act != null && !governed) {
            // "… hoàn thành xuất sắc nhiệm vụ 5 năm liền được tặng bằng khen": a commendation, not a rating
            Matcher passive = PASSIVE.matcher(label).region(actEnd, label.length());
            if (passive.find()) {
                String after = label.substring(passive.end());
                ambiguous |= ACTS.stream().noneMatch(r -> r.value() != Act.STOCK && r.value() != Act.HOLD
                        && r.pattern().matcher(after).find());
            }
        }
        if (act == null) {
            // weak words, used only when no act is written: "được đánh giá", "tham gia", "duy trì", "tổng số"
            act = rated ? Act.RATED : attend ? Act.ATTEND : held ? Act.HOLD : stock ? Act.STOCK : null;
        }
        Thing thing = null;
        int thingAt = Integer.MAX_VALUE;
        Matcher best = null;
        for (Rule<Thing> r : THINGS) {
            Matcher m = r.pattern().matcher(label);
            if (r.value() != Thing.TIME && r.value() != Thing.MEASURE && !unitOnly(r.value()) && m.find()
                    && m.start() < thingAt) {
                thing = r.value();
                thingAt = m.start();
                best = m;
            }
        }
        boolean predicate = false;
        if (best != null && (act == null || act == Act.STOCK)) {
            // "Số đảng viên tham dự", "Đảng viên được khen thưởng": a predicate the rules do not know is not a stock.
            String head = label.substring(0, best.start());
            String tail = label.substring(best.end());
            predicate = !STOCK_HEAD.matcher(head).matches() || PREDICATE.matcher(tail).find()
                    || !STOCK_TAIL.matcher(tail).matches() && !QUALIFIER.matcher(tail.strip()).matches();
        }
        boolean official = false;
        boolean probationary = false;
        if (thing == Thing.MEMBER) {
            String after = label.substring(best.end());
            official = after.matches("\\s*chinh thuc.*");
            probationary = after.matches("\\s*du bi.*");
        }
        if (label.matches("(?:trong do:? )?(?:so |tong so )?(?:dang vien )?chinh thuc")) {
            official = true; // "Trong đó chính thức" under "Đảng viên cuối kỳ": the official members among them
            thing = Thing.MEMBER;
        } else if (label.matches("(?:trong do:? )?(?:so |tong so )?(?:dang vien )?du bi")) {
            probationary = true;
            thing = Thing.MEMBER;
        }
        boolean total = label.matches("(?:tong so|tong cong|tong|cong|so luong|so|toan dang bo)");
        boolean result = label.matches("(?:ket qua(?: dat duoc| thuc hien)?|da thuc hien|thuc hien|dat duoc)")
                || PERIOD_LABEL.matcher(label).matches();
        boolean qualifier = QUALIFIER.matcher(label).matches() || BADGE_YEARS.matcher(label).matches() || place(ls, le);
        boolean stop = (act == null || act == Act.STOCK) && STOP.matcher(label).find() || FUTURE.matcher(label).find()
                || thing == Thing.FOREIGN && !qualifier;
        String classType = FigureRules.classType(label, "");
        boolean classContext = thing == Thing.CLASS || act == Act.TRAIN || act == Act.STUDY
                || label.matches(".*(?:nhan thuc ve dang|cam tinh dang|ly luan chinh tri|trung cap|cao cap|so cap).*");
        if (qualifier) {
            act = null; // "Đoàn viên thanh niên: 30", "Chi bộ thôn 1: 5": who the part is, not what it counts
            thing = null;
        }
        return new Meaning(act, thing, official, probationary, total, qualifier, stop, share, classContext, classType,
                ambiguous, predicate && !qualifier, result);
    }

    /** "Chi bộ thôn 1", "Chi bộ Trường Tiểu học": a unit named, as in a breakdown of a count by unit. */
    private boolean place(int ls, int le) {
        String label = folded.substring(ls, le).strip();
        Matcher m = PLACE.matcher(label);
        if (!m.matches() || m.group(2).matches("(?:truc thuoc|co so|bo phan).*") || STOP.matcher(label).find()
                || ACTS.stream().anyMatch(r -> r.value() != Act.STOCK && r.pattern().matcher(m.group(2)).find())) {
            return false; // "Ban Thường vụ Đảng ủy kiểm tra": a board and an act, not a unit's name
        }
        int nameAt = skipSpaces(ls, le) + m.start(2);
        char c = text.charAt(nameAt);
        return Character.isUpperCase(c) || Character.isDigit(c) || m.group(2).matches(".*\\d.*");
    }

    /** The "label: value" pairs of a line, split at ";" and before each later label; a label with its values without a colon. */
    private List<int[]> pairs(int bs, int be) {
        List<int[]> out = new ArrayList<>();
        for (int[] piece : pieces(bs, be)) {
            int ps = skipSpaces(piece[0], piece[1]);
            int pe = trimEnd(ps, piece[1]);
            if (ps >= pe) {
                continue;
            }
            List<Integer> colons = new ArrayList<>();
            int depth = 0;
            for (int i = ps; i < pe; i++) {
                char c = folded.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (c == ':' && depth == 0) {
                    colons.add(i);
                }
            }
            Matcher sep = SEPARATOR.matcher(folded).region(ps, pe);
            if (colons.isEmpty() && sep.lookingAt()) {
                // "tỷ lệ đảng viên trong cán bộ, chiến sĩ đạt 86,9%", "Số đảng viên … là 18 đồng chí": a colon in words
                out.add(new int[] {ps, trimEnd(ps, sep.end(1)), sep.end(), pe, 2});
                continue;
            }
            if (colons.isEmpty()) {
                Matcher n = FIRST_VALUE.matcher(folded).region(ps, pe);
                if (n.find() && n.start() > ps && !folded.substring(ps, n.start()).matches(".*[0-9()].*")) {
                    out.add(new int[] {ps, trimEnd(ps, n.start()), n.start(), pe, 0});
                }
                continue;
            }
            // A colon opens a new pair when the words before it, back to a comma or "và", are a label;
            // one after "trong đó" opens the parts of the value before it.
            List<int[]> bounds = new ArrayList<>();
            bounds.add(new int[] {ps, colons.get(0), -1});
            for (int k = 1; k < colons.size(); k++) {
                int colon = colons.get(k);
                for (int i = colon - 1; i > colons.get(k - 1); i--) {
                    char c = folded.charAt(i);
                    boolean and = c == ' ' && folded.startsWith(" va ", i - 3);
                    if (c == ',' || and) {
                        String between = folded.substring(i + 1, colon).strip();
                        if (!between.matches(".*[0-9()].*") && !between.matches("(?:trong do|bao gom|gom)")) {
                            bounds.add(new int[] {i + 1, colon, and ? i - 3 : i});
                        }
                        break;
                    }
                }
            }
            for (int k = 0; k < bounds.size(); k++) {
                int[] b = bounds.get(k);
                int valueEnd = k + 1 < bounds.size() ? bounds.get(k + 1)[2] : pe;
                int ve = trimEnd(b[1] + 1, valueEnd);
                if (skipSpaces(b[1] + 1, ve) < ve) {
                    int ls = skipSpaces(b[0], b[1]);
                    out.add(new int[] {ls, trimEnd(ls, b[1]), b[1] + 1, ve, 1});
                }
            }
        }
        return out;
    }

    /** The line cut at ";" and at sentence ends outside parentheses. */
    private List<int[]> pieces(int bs, int be) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = bs;
        boolean parts = false;
        for (int i = bs; i < be; i++) {
            char c = folded.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            parts |= depth == 0 && folded.startsWith("trong do", i) && (i == 0 || !Character.isLetter(folded.charAt(i - 1)));
            boolean sentence = c == '.' && i + 1 < be && folded.charAt(i + 1) == ' ';
            if (depth == 0 && (c == ';' || c == '|' || sentence)) {
                if (c == ';' && parts && isPart(i + 1, be)) {
                    continue; // "…, trong đó: 30 năm 8 đồng chí; 40 năm 7 đồng chí": the parts go on
                }
                if (c == ';' && folded.startsWith("trong do", skipSpaces(i + 1, be))) {
                    parts = true;
                    continue; // "Kết nạp: 164 đảng viên; trong đó ở doanh nghiệp ngoài nhà nước 37 đảng viên"
                }
                out.add(new int[] {start, i});
                start = i + 1;
                parts = false;
            }
        }
        out.add(new int[] {start, be});
        return out;
    }

    /** Whether the text from {@code at} to the next ";" is a part: a value first, badge years, a qualifier, "chính thức". */
    private boolean isPart(int at, int be) {
        int end = folded.indexOf(';', at);
        end = end < 0 || end > be ? be : end;
        Matcher n = DIGIT.matcher(folded).region(at, end);
        String label = n.find() ? folded.substring(at, n.start()).strip().replaceAll(":$", "").strip() : null;
        return label != null && (label.isEmpty() || QUALIFIER.matcher(label).matches()
                || label.matches("(?:dang vien )?(?:chinh thuc|du bi)"));
    }

    /** Reads the pairs of a line; returns what the line says for the lines under it. */
    private Frame readPairs(int bs, List<int[]> pairs, Frame context, Frame parent, boolean marked) {
        Frame first = null;
        Frame previous = null;
        for (int[] p : pairs) {
            int claims = claimed.size();
            int made = figures.size();
            Thing said = lastThing(bs, p[0]);
            Frame here = said == null ? context
                    : new Frame(context.act(), said, null, context.future(), context.foreign(), context.ambiguous());
            Frame line = readPair(p, here, parent, marked, previous);
            if (p[4] == 2 && figures.size() == made) {
                // "… đạt 48,7%" read as a label and its value decides only when it gives a figure
                claimed.subList(claims, claimed.size()).clear();
                continue;
            }
            if (line != null) {
                previous = line;
                if (first == null) {
                    first = line;
                }
            }
        }
        return first == null ? Frame.NONE : first;
    }

    /** Whether a label holds a number with a counted noun after it. */
    private boolean holdsFigure(int ls, int le) {
        Matcher d = DIGIT.matcher(folded).region(ls, le);
        while (d.find()) {
            Matcher n = NUM.matcher(folded).region(d.start(), le);
            if (n.lookingAt()) {
                Unit u = unit(n.end(), le);
                if (u != null && u.thing() != Thing.TIME && u.thing() != Thing.MEASURE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The last member or organization named between two points of a line ("100% tổ chức cơ sở đảng …; tỷ lệ …: 88,9%"). */
    private Thing lastThing(int from, int to) {
        Thing last = null;
        int at = -1;
        String before = folded.substring(from, to);
        for (Rule<Thing> r : THINGS) {
            if (r.value().compareTo(Thing.SUBCOMMITTEE) > 0 && r.value() != Thing.MEMBER) {
                continue;
            }
            Matcher m = r.pattern().matcher(before);
            while (m.find()) {
                if (m.start() > at) {
                    at = m.start();
                    last = group(r.value());
                }
            }
        }
        return last;
    }

    /** Reads one pair; returns its frame, or null when it gives none. */
    private Frame readPair(int[] p, Frame context, Frame parent, boolean marked, Frame previous) {
        boolean colon = p[4] >= 1;
        if (colon && holdsFigure(p[0], p[1])) {
            return null; // "Đảng bộ có 14 tổ chức cơ sở đảng, gồm: 9 … và 5 …": a figure and its parts, not a label
        }
        Meaning m = meaning(p[0], p[1], !colon);
        boolean partsOfPrevious = previous != null && folded.substring(p[0], p[1]).strip().matches("trong do|bao gom");
        if (context.foreign() && m.act() != Act.DONATE) {
            if (colon) {
                claimed.add(new int[] {p[0], p[3]});
            }
            return null;
        }
        Frame whole = previous != null ? previous : parent;
        if (colon && whole != null && whole.kind() != null
                && folded.substring(p[0], p[1]).strip().matches("trong do|bao gom|gom")) {
            // "Trong đó: đảng viên chính thức 1.089, đảng viên dự bị 53; đảng viên nữ 431"
            claimed.add(new int[] {p[0], p[3]});
            for (int[] part : split(p[2], p[3])) {
                readPart(part[0], part[1], whole);
            }
            return null;
        }
        if (m.stop() && (colon || m.act() == null)) {
            if (FUTURE.matcher(folded.substring(p[0], p[1])).find() || values(p[2], p[3], m.classContext()) != null) {
                claimed.add(new int[] {p[0], p[3]});
            }
            return null;
        }
        boolean attending = m.classContext() || context.act() == Act.STUDY || context.act() == Act.TRAIN;
        Values vs = values(p[2], p[3], attending);
        if (vs == null) {
            Frame listed = m.act() == Act.BADGE && (colon || marked) ? listedParts(p, m) : null;
            if (listed != null) {
                return listed;
            }
            Frame broken = colon && m.act() == null && m.thing() == null && !m.stop() && !m.total() && !m.result()
                    && !m.qualifier() ? breakdown(p, context) : null;
            if (broken != null) {
                return broken;
            }
            return colon && !m.stop() && m.act() != Act.STOCK ? nested(p, m, context) : null;
        }
        if (!colon && previous != null && previous == brokenDown && m.act() == null && subgroup(p[0], p[1], m)) {
            claimed.add(new int[] {p[0], p[3]}); // "…: sau đại học 19 đ/c; đại học 38 đ/c": the next group of the same count
            for (Value v : vs.values()) {
                part(new Meaning(null, null, false, false, false, true, false, false, false, "", false, false, false), v,
                        previous, p[0]);
            }
            return previous;
        }
        boolean known = m.act() != null || m.thing() != null || m.total() || m.result() || m.qualifier() || m.official()
                || m.probationary();
        if (!known && !partsOfPrevious) {
            if (colon) {
                // "Tặng giấy khen: 45 đảng viên": a label the rules do not know says nothing they could read.
                claimed.add(new int[] {p[0], p[3]});
            }
            return null;
        }
        boolean stockLabel = m.act() == Act.STOCK && m.thing() != null && !m.predicate() && !m.stop()
                && folded.substring(p[0], p[1]).strip().matches("(?:tong so|so luong|so) .*");
        Unit first = vs.values().isEmpty() ? null : vs.values().get(0).unit();
        boolean selfCounted = marked && first != null && (first.thing() == Thing.MONTHLY_SESSION
                || first.thing() == Thing.THEMED_SESSION)
                && (m.act() == null || m.act() == Act.STOCK || m.act() == Act.HOLD); // "+ …; có 1 kỳ sinh hoạt chuyên đề"
        if (!colon && !stockLabel && !selfCounted && (!(m.act() != null && m.act() != Act.STOCK || m.qualifier())
                || !marked && !text.substring(p[1], p[2]).contains("  "))) {
            return null; // without a colon, only a list line or a column-like line is read
        }
        claimed.add(new int[] {p[0], p[3]});
        if (vs.zero()) {
            return null;
        }
        Frame base = partsOfPrevious || parent == null && m.qualifier() && previous != null && previous.kind() != null
                ? previous : parent;
        Frame line = null;
        for (int i = 0; i < vs.values().size(); i++) {
            Value v = vs.values().get(i);
            Frame f = partsOfPrevious ? part(m, v, previous, v.num().start())
                    : resolve(m, v, context, base, i == 0 ? p[0] : v.num().start());
            if (line == null) {
                line = f;
            }
        }
        return line;
    }

    /**
     * "Trình độ chuyên môn: sau đại học 19 đ/c" under a heading that says what is counted (đảng viên mới): a label
     * naming a dimension, then a group and its count.
     */
    private Frame breakdown(int[] p, Frame context) {
        Act act = context.act();
        if (act == null || act == Act.STOCK || act == Act.RATED || act == Act.HOLD || act == Act.ATTEND) {
            return null;
        }
        int vs = skipSpaces(p[2], p[3]);
        Matcher n = FIRST_VALUE.matcher(folded).region(vs, p[3]);
        if (!n.find() || n.start() == vs) {
            return null;
        }
        int ge = trimEnd(vs, n.start());
        Meaning group = meaning(vs, ge);
        Values values = values(n.start(), p[3], false);
        if (values == null || values.zero() || !subgroup(vs, ge, group)) {
            return null;
        }
        Thing thing = memberOnly(act) ? Thing.MEMBER : context.thing() != null ? context.thing() : natural(act);
        Frame whole = new Frame(act, thing, kind(act, thing, false, false, false, null, false), false, false, false);
        if (whole.kind() == null) {
            return null;
        }
        claimed.add(new int[] {p[0], p[3]});
        Meaning part = new Meaning(null, null, false, false, false, true, false, false, false, "", false, false, false);
        for (Value v : values.values()) {
            part(part, v, whole, p[0]);
        }
        brokenDown = whole;
        return whole;
    }

    /** "Huy hiệu Đảng: 30 năm: 58 đ/c", "Trao Huy hiệu Đảng 40 năm cho 2 đ/c, 50 năm cho 1 đ/c": parts without a total. */
    private Frame listedParts(int[] p, Meaning m) {
        Frame frame = new Frame(m.act(), Thing.MEMBER, kind(m.act(), Thing.MEMBER, false, false, false, null, false), false,
                false, false);
        int made = figures.size();
        for (int[] part : split(p[2], p[3])) {
            int s = skipSpaces(part[0], part[1]);
            if (BADGE_YEARS.matcher(folded).region(s, part[1]).lookingAt()) {
                readPart(part[0], part[1], frame);
            }
        }
        if (figures.size() == made) {
            return null;
        }
        claimed.add(new int[] {p[0], p[3]});
        return frame;
    }

    /**
     * "Đảng viên: hoàn thành xuất sắc nhiệm vụ 31 đồng chí": the label says who, the value is a label of its own with
     * its value.
     */
    private Frame nested(int[] p, Meaning outer, Frame context) {
        int vs = skipSpaces(p[2], p[3]);
        Matcher n = FIRST_VALUE.matcher(folded).region(vs, p[3]);
        if (!n.find() || n.start() == vs || folded.substring(vs, n.start()).matches(".*[0-9():].*")) {
            return null;
        }
        Meaning m = meaning(vs, trimEnd(vs, n.start()), true);
        if (m.stop() || m.predicate() || m.ambiguous()) {
            return null;
        }
        if (m.act() == Act.RATED && values(n.start(), p[3], false) != null) {
            claimed.add(new int[] {p[0], p[3]}); // "Đảng viên: tổng số được đánh giá 680 đồng chí"
            return Frame.NONE;
        }
        if (m.act() == null || m.act() == Act.STOCK || m.act() == Act.RATED || m.act() == Act.HOLD) {
            // "Thi hành kỷ luật: cảnh cáo 01 đảng viên": the act outside; "Sinh hoạt: duy trì 12/12 kỳ sinh hoạt thường kỳ"
            boolean strong = outer.act() != null && outer.act() != Act.STOCK && outer.act() != Act.RATED && outer.act() != Act.HOLD;
            if (strong && m.thing() == null) {
                m = m.withAct(outer.act());
            } else if (m.act() != Act.HOLD) {
                return null;
            }
        }
        Values values = values(n.start(), p[3], m.classContext());
        if (values == null) {
            return null;
        }
        claimed.add(new int[] {p[0], p[3]});
        Frame inside = new Frame(context.act(), outer.thing() != null ? outer.thing() : context.thing(), null, false, false,
                false);
        Frame first = null;
        for (Value v : values.values()) {
            Frame f = resolve(m, v, inside, null, first == null ? p[0] : v.num().start());
            first = first == null ? f : first;
        }
        return first;
    }

    /** The figure of one value after a label, and of its parts; returns the value's frame. */
    private Frame resolve(Meaning m, Value v, Frame context, Frame parent, int start) {
        Act act;
        if (m.qualifier() || (m.official() || m.probationary()) && m.act() == null) {
            if (parent != null) {
                return part(m, v, parent, start);
            }
            act = m.official() || m.probationary() ? Act.STOCK : context.act();
        } else if (m.act() != null && m.act() != Act.STOCK) {
            act = m.act();
        } else if (m.result()) {
            act = context.act(); // "Kết quả: 18 đồng chí" under "1. Kết nạp đảng viên"
        } else if (m.total() || m.act() == null) {
            // "Tổng số: 96 chi bộ" under "Đánh giá, xếp loại": what is counted; the rated are "được đánh giá: 96".
            act = context.act() != null && context.act() != Act.RATED ? context.act() : Act.STOCK;
        } else {
            act = Act.STOCK;
        }
        boolean self = v.unit() != null && (v.unit().thing() == Thing.MONTHLY_SESSION || v.unit().thing() == Thing.THEMED_SESSION);
        if (self && act == null) {
            act = Act.HOLD; // "31 buổi sinh hoạt chuyên đề": the unit says what is counted, whatever the label's words
        }
        if (m.ambiguous() || act == null || !self && m.predicate() && (m.act() == null || m.act() == Act.STOCK)) {
            return null;
        }
        Thing thing = v.unit() != null && !(v.unit().thing() == Thing.TARGET && v.num().of() != null) ? v.unit().thing()
                : m.thing();
        if (thing == Thing.PARTICIPANT && (m.thing() == Thing.MEMBER || m.thing() == Thing.CANDIDATE)
                && folded.startsWith("nguoi", v.num().end() + 1)) {
            thing = m.thing(); // "Số quần chúng ưu tú đang được bồi dưỡng: 18 người"
        }
        if (act == Act.ATTEND && (context.act() == Act.STUDY || context.act() == Act.TRAIN)) {
            act = context.act(); // "Số đảng viên tham gia: 389/402" under "… học tập, quán triệt …"
        }
        if (thing == null) {
            thing = memberOnly(act) ? Thing.MEMBER : candidateOnly(act) ? Thing.CANDIDATE
                    : act == Act.MONTHLY || act == Act.THEMED ? Thing.SESSION // "Số kỳ sinh hoạt thường kỳ: 12"
                    : context.thing() != null ? context.thing() : natural(act);
        }
        boolean official = v.unit() != null ? v.unit().official() : m.official();
        boolean probationary = v.unit() != null ? v.unit().probationary() : m.probationary();
        String classType = m.classContext() ? m.classType() : null;
        String kind = kind(act, thing, v.num().percent(), official, probationary, classType, m.share());
        if (kind == null && act != Act.STOCK && (m.act() == null || m.act() == Act.STOCK) && !m.result()) {
            // "- Số chi bộ trực thuộc: 23" under "2. Công tác phát triển đảng viên": the heading's act does not apply to
            // what the label counts, so the label counts what there is
            String stock = kind(Act.STOCK, thing, v.num().percent(), official, probationary, classType, m.share());
            if (stock != null) {
                act = Act.STOCK;
                kind = stock;
            }
        }
        Frame frame = new Frame(act, thing, kind, false, false, false);
        emit(kind, v, start);
        if (kind == null && v.percent() != null && !v.num().percent()) {
            // "Số đảng viên dự sinh hoạt bình quân: 31 đồng chí, đạt 83,8%": only the share has a kind
            String share = kind(act, thing, true, official, probationary, classType, true);
            if (share != null) {
                int ps = v.end();
                while (ps < v.percentEnd() && !Character.isDigit(folded.charAt(ps))) {
                    ps++;
                }
                figures.add(figure(share, v.percent(), null, v.percent(), ps, v.percentEnd()));
            }
        }
        for (int[] part : v.parts()) {
            readPart(part[0], part[1], frame);
        }
        return frame;
    }

    /** A part of a value ("chính thức 1.180", "khai trừ 1", "30 năm: 12", "12 đảng bộ cơ sở"): its own kind or its parent's. */
    private Frame part(Meaning m, Value v, Frame parent, int start) {
        String kind = null;
        Thing unit = v.unit() == null ? null : v.unit().thing();
        if (unit == Thing.TIME || unit == Thing.MEASURE || unit == Thing.MONEY && parent.thing() != Thing.MONEY) {
            return new Frame(parent.act(), parent.thing(), null, false, false, false); // "bỏ sinh hoạt 3 tháng liền"
        }
        if (m.act() != null && m.act() != Act.STOCK && m.act() != Act.RATED && !m.ambiguous()) {
            Thing thing = unit != null ? unit : m.thing() != null ? m.thing() : parent.thing();
            kind = kind(m.act(), thing, v.num().percent(), false, false, m.classContext() ? m.classType() : null, m.share());
        } else if (m.official() || m.probationary() || unit != null && v.unit().official()) {
            kind = "members.atDate".equals(parent.kind()) && !m.probationary() ? "members.officialAtDate" : null;
        } else if (unit != null && group(unit) != group(parent.thing() == null ? unit : parent.thing())) {
            kind = parent.act() == null ? null : kind(parent.act(), unit, v.num().percent(), false, false, null, false);
        } else if (m.qualifier() || unit != null && m.act() == null && m.thing() == null || unit != null && unit == m.thing()
                || unit == null && m.thing() != null && parent.thing() != null && group(m.thing()) == group(parent.thing())) {
            kind = v.num().percent() ? null : unit != null && unit != parent.thing() && parent.act() != null
                    ? kind(parent.act(), unit, false, false, false, null, false) : parent.kind();
        }
        emit(kind, v, start);
        return new Frame(parent.act(), parent.thing(), kind, false, false, false);
    }

    private void readPart(int ps, int pe, Frame parent) {
        int s = skipSpaces(ps, pe);
        int e = trimEnd(s, pe);
        if (s >= e) {
            return;
        }
        Matcher intro = PART_INTRO.matcher(folded).region(s, e);
        if (intro.lookingAt()) {
            s = intro.end();
        }
        String part = folded.substring(s, e);
        int colon = part.indexOf(':');
        int ls;
        int le;
        int vs;
        Matcher years = BADGE_YEARS.matcher(folded).region(s, e);
        if (colon < 0 && years.lookingAt() && DIGIT.matcher(folded).region(years.end(), e).find()) {
            ls = s; // "30 năm tuổi Đảng 8 đồng chí", "40 năm cho 2 đ/c"
            le = years.end();
            Matcher to = FOR.matcher(folded).region(years.end(), e);
            vs = to.lookingAt() ? to.end() : years.end();
        } else if (colon > 0) {
            ls = s;
            le = trimEnd(s, s + colon);
            vs = s + colon + 1;
        } else {
            Matcher n = DIGIT.matcher(folded).region(s, e);
            if (!n.find()) {
                return;
            }
            ls = s;
            le = trimEnd(s, n.start());
            vs = n.start();
            if (folded.substring(s, n.start()).matches(".*(?<![a-z])(?<!tong )(?:so|thon|ap|to|khu pho|doi|xom)\\s*")) {
                return; // "(Chi bộ Tổ dân phố số 5)", "(chi bộ thôn 3)": a name's number, not a count
            }
        }
        Values values;
        Meaning m;
        if (le > ls && folded.substring(ls, le).strip().matches("co|la|gom")) {
            ls = le; // "có 27 đảng viên …": the value first after all
        }
        if (le > ls) {
            m = meaning(ls, le);
            values = values(vs, e, false);
            if (subgroup(ls, le, m)) {
                m = new Meaning(null, null, false, false, false, true, false, false, false, "", false, false, false);
            }
        } else {
            // "12 đảng bộ cơ sở", "15 nữ": the value first, what it counts after
            Matcher num = NUM.matcher(folded).region(vs, e);
            if (!num.lookingAt()) {
                return;
            }
            Unit unit = unit(num.end(), e);
            if (unit != null && unit.thing() == Thing.FOREIGN && QUALIFIER.matcher(folded.substring(num.end(), e).strip()).matches()) {
                unit = null; // "(2 giáo viên trẻ, 1 đoàn viên)": the group a part is, not another body's people
            }
            int after = unit == null ? num.end() : unit.end();
            String rest = folded.substring(after, e).strip();
            boolean described = unit != null && unit.thing().compareTo(Thing.MONEY) < 0 && !rest.matches(".*\\d.*")
                    && !PREDICATE.matcher(rest).find()
                    && ACTS.stream().noneMatch(r -> r.value() != Act.STOCK && r.pattern().matcher(rest).find());
            Meaning said = rest.isEmpty() ? null : meaning(after, e, true);
            boolean act = said != null && said.act() != null && said.act() != Act.STOCK && said.act() != Act.HOLD
                    && said.act() != Act.ATTEND && !said.ambiguous();
            if (!rest.isEmpty() && !QUALIFIER.matcher(rest).matches() && !described && !act) {
                return; // "5 đảng viên vắng mặt": a predicate, not who the part is
            }
            m = act ? said // "27 đảng viên được miễn công tác và sinh hoạt đảng"
                    : new Meaning(null, null, false, false, false, !rest.isEmpty(), false, false, false, "", false, false, false);
            values = values(vs, after, false);
            if (values != null && !rest.isEmpty()) {
                Value v = values.values().get(0);
                values = new Values(List.of(new Value(v.num(), v.unit(), e, v.parts(), v.percent(), v.percentEnd())), false);
            }
        }
        if (values == null || values.zero() || m.stop() || m.total()) {
            return;
        }
        if (le <= ls || m.qualifier() || m.act() != null || m.official() || m.probationary() || m.thing() != null) {
            for (Value v : values.values()) {
                part(m, v, parent, le > ls ? ls : v.num().start());
            }
        }
    }

    /** A part's label with no act, no predicate and no distractor in it names who the part is. */
    private boolean subgroup(int ls, int le, Meaning m) {
        String label = folded.substring(ls, le).strip();
        boolean person = m.thing() == null || m.thing() == Thing.FOREIGN && !m.qualifier();
        return person && (m.act() == null || m.act() == Act.STOCK) && !m.official() && !m.probationary() && !m.total()
                && !m.result() && !label.matches(".*\\d.*") && !PREDICATE.matcher(label).find() && !FUTURE.matcher(label).find()
                && !STOP.matcher(label).find() && !label.startsWith("trong do") && label.length() <= 40;
    }

    private void emit(String kind, Value v, int start) {
        if (kind == null) {
            return;
        }
        Num n = v.num();
        BigDecimal value = n.value();
        if (v.unit() != null && v.unit().multiplier() != null) {
            value = value.multiply(v.unit().multiplier());
        }
        if (value.signum() == 0) {
            return;
        }
        BigDecimal percent = n.percent() ? n.value() : v.percent();
        if (percent == null && n.of() != null && n.of().signum() > 0) {
            percent = value.multiply(BigDecimal.valueOf(100)).divide(n.of(), 1, java.math.RoundingMode.HALF_UP);
        }
        boolean training = kind.startsWith("training.participants") && v.percent() != null;
        int end = training ? v.end() : v.parts().isEmpty() ? v.figureEnd() : v.end();
        figures.add(figure(kind, value, n.of(), percent, start, end));
        if (training) {
            // "… học tập nghị quyết: 1.150, đạt 96,5%": the percentage is the attendance of the same study.
            String attendance = "training.attendance" + kind.substring("training.participants".length());
            int ps = v.end();
            while (ps < v.percentEnd() && !Character.isDigit(folded.charAt(ps))) {
                ps++;
            }
            figures.add(figure(attendance, v.percent(), null, v.percent(), ps, v.percentEnd()));
        }
    }

    private Figure figure(String kind, BigDecimal value, BigDecimal of, BigDecimal percent, int start, int end) {
        int s = skipSpaces(start, end);
        int e = trimEnd(s, end);
        return new Figure(kind, FigureRules.CATALOG.contains(kind) ? kind : null, value.stripTrailingZeros(), of,
                percent == null ? null : percent.stripTrailingZeros(), null, null, s, e, text.substring(s, e));
    }

    /** Sessions are counted after a number; in a label or heading "kỳ", "buổi" say when, not what. */
    private static boolean unitOnly(Thing t) {
        return t == Thing.SESSION || t == Thing.MONTHLY_SESSION || t == Thing.THEMED_SESSION;
    }

    /** Acts done to candidates whatever the heading counts: introduced, fostered, certified after the class. */
    private static boolean candidateOnly(Act act) {
        return act == Act.INTRODUCE || act == Act.FOSTER || act == Act.CERTIFY;
    }

    private static boolean memberOnly(Act act) {
        return switch (act) {
            case ADMIT, RECOGNIZE, EXPEL, STRIKE_OFF, LEFT, DECEASED, TRANSFER_IN, TRANSFER_OUT, EXEMPT, BADGE, REVIEW,
                    QUALIFIED, ATTEND_MEETING, STAFF -> true;
            default -> false;
        };
    }

    private static Thing natural(Act act) {
        return switch (act) {
            case DISCIPLINE -> Thing.MEMBER; // khiển trách, cảnh cáo: in reports, of members unless an organization is named
            case INTRODUCE, FOSTER, CERTIFY -> Thing.CANDIDATE;
            case MONTHLY, THEMED -> Thing.SESSION;
            case ESTABLISH, DISSOLVE, MERGE -> Thing.BRANCH;
            case REACHED, EXCEEDED -> Thing.TARGET;
            case STUDY -> Thing.MEMBER;
            case CONVENE -> Thing.CONFERENCE;
            default -> null;
        };
    }

    /** The kind of a count or share from what was done and to what; null when the vocabulary has none. */
    private static String kind(Act act, Thing thing, boolean percent, boolean official, boolean probationary,
            String classType, boolean share) {
        if (thing == null || thing == Thing.FOREIGN) {
            return null;
        }
        boolean member = thing == Thing.MEMBER;
        boolean org = thing == Thing.ORG || thing == Thing.GRASSROOTS || thing == Thing.BRANCH || thing == Thing.SUBCOMMITTEE;
        String level = switch (act) {
            case EXCELLENT -> "excellent";
            case GOOD_OR_BETTER -> "goodOrBetter";
            case FAILED -> "failed";
            default -> null;
        };
        if (percent) {
            if (level != null && (member || org)) {
                return "ratings." + (member ? "members." : "organizations.") + level;
            }
            return switch (act) {
                case ATTEND_MEETING -> member || thing == Thing.PARTICIPANT ? "meetings.attendance" : null;
                case MONTHLY -> org ? "meetings.monthlyHeldShare" : null;
                case STUDY -> member || thing == Thing.PARTICIPANT ? "training.attendance.resolution" : null;
                case QUALIFIED -> member ? "members.qualified" : null;
                case STAFF -> member ? "members.shareOfStaff" : null;
                case TRAIN -> classType != null && !classType.isEmpty() && (member || thing == Thing.PARTICIPANT
                        || thing == Thing.CANDIDATE) ? "training.attendance" + classType : null;
                default -> null;
            };
        }
        if (share) {
            return null;
        }
        if (classType != null && (act == Act.TRAIN || act == Act.STUDY || act == Act.FOSTER || act == Act.ADMIT
                || act == Act.STOCK || act == Act.CERTIFY)) {
            String type = act == Act.STUDY && classType.isEmpty() ? ".resolution" : classType;
            if (thing == Thing.CLASS) {
                return "training.classes" + type;
            }
            if (act != Act.CERTIFY && (member || thing == Thing.PARTICIPANT || thing == Thing.CANDIDATE)) {
                return type.isEmpty() ? null : "training.participants" + type;
            }
        }
        return switch (thing) {
            case MEMBER -> switch (act) {
                case ADMIT -> "members.admitted";
                case RECOGNIZE -> "members.recognized";
                case EXPEL -> "members.expelled";
                case DISCIPLINE -> "members.disciplined";
                case STRIKE_OFF -> "members.struckOff";
                case LEFT -> "members.left";
                case DECEASED -> "members.deceased";
                case TRANSFER_IN, RECEIVE -> "members.transferredIn";
                case TRANSFER_OUT -> "members.transferredOut";
                case EXEMPT -> "members.exempted";
                case BADGE -> "members.badgesAwarded";
                case INSPECT -> "inspection.members";
                case REVIEW -> "members.reviewed";
                case STUDY -> "training.participants.resolution";
                case EXCELLENT, GOOD_OR_BETTER, FAILED -> "ratings.members." + level;
                case STOCK -> official ? "members.officialAtDate" : probationary ? null : "members.atDate";
                default -> null;
            };
            case BADGE -> act == Act.BADGE ? "members.badgesAwarded" : null;
            case CANDIDATE -> switch (act) {
                case INTRODUCE -> "candidates.introduced";
                case CERTIFY -> "candidates.certified";
                case FOSTER, STOCK -> "candidates.atDate";
                case ADMIT -> "members.admitted";
                default -> null;
            };
            case PARTICIPANT -> switch (act) {
                case CERTIFY -> "candidates.certified";
                case STUDY -> "training.participants.resolution";
                default -> null;
            };
            case GRASSROOTS, BRANCH, ORG, SUBCOMMITTEE -> switch (act) {
                case INSPECT -> "inspection.organizations";
                case SUPERVISE -> "supervision.cases";
                case DISCIPLINE -> "units.disciplined";
                case DISSOLVE -> "units.dissolved";
                case ESTABLISH -> "units.established";
                case MERGE -> "units.merged";
                case RECEIVE -> thing == Thing.ORG ? null : "units.received";
                case EXCELLENT, GOOD_OR_BETTER, FAILED -> "ratings.organizations." + level;
                case STOCK -> thing == Thing.GRASSROOTS ? "units.grassroots" : thing == Thing.BRANCH ? "units.branches" : null;
                default -> null;
            };
            case CASE -> act == Act.INSPECT ? "inspection.cases" : act == Act.SUPERVISE ? "supervision.cases" : null;
            case MONTHLY_SESSION -> "meetings.monthlyHeld"; // "12/12 kỳ sinh hoạt thường kỳ": the unit says what is counted
            case THEMED_SESSION -> "meetings.themedHeld";
            case CONFERENCE -> act == Act.CONVENE || act == Act.HOLD ? "conferences.held" : null;
            case SESSION -> act == Act.MONTHLY ? "meetings.monthlyHeld" : act == Act.THEMED ? "meetings.themedHeld" : null;
            case TARGET -> act == Act.REACHED ? "targets.reached" : act == Act.EXCEEDED ? "targets.exceeded" : null;
            case MONEY -> act == Act.DONATE ? "money.raised" : null;
            default -> null;
        };
    }

    /** The values after a label, strictly: numbers with their units, parts, a percentage of the target; else null. */
    private Values values(int vs, int ve, boolean attending) {
        int at = skipSpaces(vs, ve);
        Matcher zero = ZERO.matcher(folded).region(at, ve);
        if (zero.lookingAt()) {
            int after = zero.end();
            Unit u = unit(after, ve);
            String rest = folded.substring(u == null ? after : u.end(), ve).strip();
            if (rest.isEmpty() || rest.matches("[.,;]*")) {
                return new Values(List.of(), true);
            }
            if (zero.group().startsWith("0")) {
                return null;
            }
        }
        List<Value> out = new ArrayList<>();
        while (true) {
            Num num = number(at, ve);
            if (num == null) {
                return null;
            }
            Unit unit = unit(num.end(), ve);
            if (unit == null && !out.isEmpty() && !num.percent()) {
                return null; // "8 tổ chức, 14": a later value names what it counts
            }
            int end = unit == null ? num.end() : unit.end();
            List<int[]> parts = new ArrayList<>();
            BigDecimal percent = null;
            int percentEnd = end;
            at = end;
            boolean more = false;
            boolean target = false;
            Matcher reason = REASON_TAIL.matcher(folded).region(at, ve);
            if (unit != null && reason.lookingAt()) {
                at = ve; // "khiển trách 1 đảng viên vi phạm quy định về y đức": why, not what
            }
            Matcher attend = ATTEND_TAIL.matcher(folded).region(at, ve);
            if (attending && unit != null && (unit.thing() == Thing.MEMBER || unit.thing() == Thing.PARTICIPANT)
                    && attend.lookingAt()) {
                at = attend.end(); // "… học tập nghị quyết: 588/612 đảng viên tham gia"
            }
            while (at < ve) {
                int s = at;
                while (s < ve && folded.charAt(s) == ' ') {
                    s++;
                }
                if (s >= ve || folded.substring(s, ve).matches("[.,;:]*")) {
                    at = ve;
                    break;
                }
                if (folded.charAt(s) == '(') {
                    int close = close(s, ve);
                    if (close < 0) {
                        return null;
                    }
                    if (target) {
                        at = close + 1; // "đạt 56,7% chỉ tiêu năm (30 đồng chí)": the target, not a part
                        target = false;
                        continue;
                    }
                    for (int[] p : split(s + 1, close)) {
                        if (percentPart(p[0], p[1])) {
                            if (percent == null) {
                                percent = percentOf(p[0], p[1]);
                            }
                        } else {
                            parts.add(p);
                        }
                    }
                    at = close + 1;
                    continue;
                }
                Matcher pct = PERCENT_TAIL.matcher(folded).region(at, ve);
                if (pct.lookingAt()) {
                    percent = number(pct.group(1), pct.group(2));
                    if (folded.substring(at, pct.end()).matches("\\s*,?\\s*vuot.*")) {
                        percent = percent.add(BigDecimal.valueOf(100));
                    }
                    percentEnd = pct.end();
                    target = TARGET_WORDS.matcher(folded).region(at, pct.end()).find();
                    at = pct.end();
                    continue;
                }
                Matcher intro = PARTS_INTRO.matcher(folded).region(at, ve);
                if (intro.lookingAt()) {
                    if (intro.end() < ve) {
                        parts.addAll(split(intro.end(), ve));
                    }
                    at = ve; // "…, trong đó:" at the end: the parts are the lines below
                    break;
                }
                Matcher bp = BARE_PERCENT.matcher(folded).region(at, ve);
                if (!num.percent() && percent == null && bp.lookingAt()) {
                    percent = number(bp.group(1), bp.group(2));
                    percentEnd = bp.end();
                    at = bp.end();
                    continue;
                }
                Matcher next = NEXT_VALUE.matcher(folded).region(at, ve);
                if (next.lookingAt() && NUM.matcher(folded).region(next.end(), ve).lookingAt()) {
                    at = next.end();
                    more = true;
                    break;
                }
                if (CHANGE_TAIL.matcher(folded).region(at, ve).matches()) {
                    at = ve;
                    break;
                }
                int described = unit != null && unit.thing().compareTo(Thing.MONEY) < 0 ? description(at, ve) : -1;
                if (described > at) {
                    at = described; // "3 chi bộ khu dân cư", "1 đảng bộ cơ sở từ Đảng bộ thành phố"
                    continue;
                }
                return null;
            }
            out.add(new Value(num, unit, end, parts, percent, percentEnd));
            if (!more) {
                break;
            }
        }
        return new Values(out, false);
    }

    /** A number at {@code at}, in figures ("1.245", "3/4", "96,5%") or in words before a counted noun ("ba đồng chí"). */
    private Num number(int at, int limit) {
        Matcher n = NUM.matcher(folded).region(at, limit);
        if (n.lookingAt()) {
            int start = n.group(1) != null ? n.start(1) : n.start(2);
            return new Num(start, n.end(), number(n.group(2), n.group(3)), n.group(4) == null ? null : number(n.group(4), null),
                    n.group(5) != null);
        }
        Matcher w = WORD_NUMBER.matcher(folded).region(at, limit);
        if (!w.lookingAt() || w.group(2).matches("(?:tu|lam|linh|le)(?: .*)?") || unit(w.end(), limit) == null) {
            return null;
        }
        Integer value = FigureRules.words(w.group(2));
        return value == null || value <= 0 ? null
                : new Num(w.group(1) != null ? w.start(1) : w.start(2), w.end(), BigDecimal.valueOf(value), null, false);
    }

    /**
     * The end of a few words after a unit that only describe what is counted — no number, no predicate, no act —
     * up to a comma, semicolon or parenthesis; -1 when they are anything else.
     */
    private int description(int at, int ve) {
        int end = at;
        while (end < ve && ",;(".indexOf(folded.charAt(end)) < 0) {
            end++;
        }
        String words = folded.substring(at, end).strip();
        if (words.isEmpty() || words.matches(".*\\d.*") || words.split(" ").length > 6
                || words.matches("(?:trong do|gom|bao gom|dat|bang|chiem|vuot|tang|giam|so voi|va|hoac)(?![a-z]).*")
                || PREDICATE.matcher(words).find()
                || ACTS.stream().anyMatch(r -> r.value() != Act.STOCK && r.pattern().matcher(words).find())) {
            return -1;
        }
        return end;
    }

    private boolean percentPart(int s, int e) {
        return folded.substring(s, e).strip().matches("(?:(?:chiem|dat|bang|vuot)(?:\\s+ty le)?\\s*)?(?:gan |hon |tren |khoang )?"
                + "\\d[\\d.,]*\\s*%.*");
    }

    private BigDecimal percentOf(int s, int e) {
        Matcher m = PERCENT.matcher(folded).region(s, e);
        if (!m.find()) {
            return null;
        }
        BigDecimal p = number(m.group(1), m.group(2));
        return folded.substring(s, m.start()).contains("vuot") ? p.add(BigDecimal.valueOf(100)) : p;
    }

    private int close(int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = folded.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A list of parts cut at "," and ";" outside parentheses, a number's decimal comma kept. */
    private List<int[]> split(int s, int e) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = s;
        for (int i = s; i < e; i++) {
            char c = folded.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            boolean decimal = c == ',' && i > s && Character.isDigit(folded.charAt(i - 1)) && i + 1 < e
                    && Character.isDigit(folded.charAt(i + 1));
            boolean and = c == ' ' && folded.startsWith(" va ", i) && i + 4 < e && Character.isDigit(folded.charAt(i + 4));
            if (depth == 0 && (c == ';' || c == ',' && !decimal || and)) {
                out.add(new int[] {start, i});
                start = and ? i + 4 : i + 1;
            }
        }
        out.add(new int[] {start, e});
        // A piece without a number continues the one before when that one starts with its value ("12 chi bộ cơ quan,
        // đơn vị sự nghiệp"), else it starts the label of the next ("chi bộ cơ quan, trường học: 8").
        List<int[]> merged = new ArrayList<>();
        int from = -1;
        for (int[] p : out) {
            int begin = from < 0 ? p[0] : from;
            if (!folded.substring(p[0], p[1]).matches(".*\\d.*")) {
                int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (from < 0 && last != null && folded.substring(last[0], last[1]).matches("\\s*(?:trong do:?\\s*)?\\d.*")) {
                    last[1] = p[1];
                } else {
                    from = begin;
                }
                continue;
            }
            merged.add(new int[] {begin, p[1]});
            from = -1;
        }
        return merged;
    }

    private Unit unit(int at, int limit) {
        int i = at;
        while (i < limit && folded.charAt(i) == ' ') {
            i++;
        }
        for (Rule<Thing> r : THINGS) {
            Matcher m = r.pattern().matcher(folded).region(i, limit);
            m.useTransparentBounds(true);
            if (m.lookingAt()) {
                int end = m.end();
                boolean official = false;
                boolean probationary = false;
                Matcher tail = UNIT_TAIL.matcher(folded).region(end, limit);
                if (tail.lookingAt()) {
                    official = tail.group().strip().equals("chinh thuc");
                    probationary = tail.group().strip().equals("du bi");
                    end = tail.end();
                }
                BigDecimal multiplier = switch (folded.substring(m.start(), m.end())) {
                    case "ty dong" -> new BigDecimal("1000000000");
                    case "trieu dong" -> new BigDecimal("1000000");
                    case "nghin dong", "ngan dong" -> new BigDecimal("1000");
                    default -> null;
                };
                return new Unit(r.value(), official && r.value() == Thing.MEMBER, probationary && r.value() == Thing.MEMBER,
                        end, multiplier);
            }
        }
        return null;
    }

    /**
     * A table's heading row: only column names, the first a column of labels (or of periods), at least one a column of
     * values; a column may name an act ("Kết nạp", "Khai trừ") or a rating level ("HTXSNV").
     */
    private List<Col> columns(int bs, int be) {
        if (MARKER.matcher(folded).region(bs, be).lookingAt()) {
            return null;
        }
        List<Col> out = new ArrayList<>();
        int at = bs;
        boolean ordinalOnly = false; // only the "TT" column so far
        while (at < be) {
            Matcher m = COLUMN.matcher(folded).region(at, be);
            Col col = null;
            if (m.lookingAt()) {
                col = new Col(m.group(1) != null ? Column.PLAN : m.group(2) != null ? Column.UNIT : m.group(3) != null
                        ? (m.group(3).matches("ghi chu|danh gia|nhan xet") ? Column.NOTE : Column.LABEL) : m.group(4) != null ? Column.COUNT
                        : m.group(5) != null ? Column.PERCENT : m.group(6) != null
                        ? (m.group(6).matches(".*(?:tccs|co so).*") ? Column.GRASSROOTS : Column.ORG) : m.group(7) != null
                        ? Column.BRANCH : m.group(8) != null ? Column.MEMBER : m.group(9) != null ? Column.EXCELLENT
                        : m.group(10) != null ? Column.GOOD_OR_BETTER : m.group(11) != null ? Column.FAILED
                        : m.group(12) != null ? Column.GOOD : m.group(13) != null ? Column.COMPLETED
                        : m.group(14) != null ? Column.CODE : m.group(15) != null ? Column.PERIOD : Column.PART, null);
                if (col.type() == Column.PART && (out.isEmpty() || !out.get(out.size() - 1).type().holdsValue())) {
                    return null; // "Trong đó sinh viên" breaks down the column before it
                }
                if ((col.type() == Column.ORG || col.type() == Column.GRASSROOTS || col.type() == Column.BRANCH
                        || col.type() == Column.MEMBER)
                        && ordinalOnly && !m.group().trim().matches("(?:so|tong so|so luong) .*")) {
                    col = new Col(Column.LABEL, null); // "TT | Chi bộ | Số đảng viên": the bare name heads the rows' names
                }
                at = m.end();
            } else {
                Matcher a = ACT_COLUMN.matcher(folded).region(at, be);
                if (!a.lookingAt() || out.isEmpty()) {
                    return null;
                }
                Meaning named = meaning(at, a.end(1));
                if (named.act() == null || named.act() == Act.STOCK || named.ambiguous()) {
                    return null;
                }
                col = new Col(Column.ACT, named.act()); // "Năm | Kết nạp | Khai trừ"
                at = a.end();
            }
            if (out.isEmpty() && col.type() != Column.LABEL && col.type() != Column.PERIOD) {
                return null;
            }
            ordinalOnly = out.isEmpty() && m.lookingAt() && m.group().trim().matches("stt|tt|so tt");
            out.add(col);
        }
        List<Col> values = out.stream().filter(c -> c.type().holdsValue()).toList();
        return out.size() >= 2 && !values.isEmpty() && values.stream().anyMatch(c -> c.type() != Column.PLAN) ? out : null;
    }

    /**
     * A row of a table: an optional ordinal, a label (or a period, in a table by periods), one number per value column,
     * then the notes' words. Returns null when the line is no such row.
     */
    private boolean insideParentheses(int from, int at) {
        int depth = 0;
        for (int i = from; i < at; i++) {
            char c = folded.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    private Frame row(int ls, int le, List<Col> table, Frame context, Frame above) {
        int bs = skipSpaces(ls, le);
        int be = trimEnd(bs, le);
        boolean byPeriod = table.get(0).type() == Column.PERIOD;
        boolean notes = table.get(table.size() - 1).type() == Column.NOTE;
        int labelEnd;
        int valuesAt;
        if (byPeriod) {
            Matcher period = PERIOD_CELL.matcher(folded).region(bs, be);
            if (!period.lookingAt()) {
                return null;
            }
            labelEnd = period.end(); // "2021 | 11": the year is the row's label
            valuesAt = skipSpaces(period.end(), be);
        } else {
            Matcher ord = ORDINAL.matcher(folded).region(bs, le);
            if (ord.lookingAt()) {
                bs = ord.end();
            }
            Matcher n = DIGIT.matcher(folded).region(bs, be);
            boolean found = n.find();
            while (found && insideParentheses(bs, n.start())) {
                found = n.find(); // "Chi bộ ấp (26 chi bộ) | 896 | 98": the label's own aside
            }
            if (!found || n.start() == bs || folded.substring(bs, n.start()).replaceFirst("^trong do:?", "")
                    .replaceAll("\\([^()]*\\)", "").matches(".*[0-9:].*")) {
                return null;
            }
            labelEnd = trimEnd(bs, n.start());
            valuesAt = n.start();
            int aside = folded.indexOf('(', bs);
            if (aside > bs && aside < labelEnd && folded.substring(aside, labelEnd).matches("\\([^()]*\\d[^()]*\\)")) {
                labelEnd = trimEnd(bs, aside); // "Chi bộ ấp (26 chi bộ)": the aside says how many, not what is counted
            }
        }
        boolean part = folded.startsWith("trong do", bs) && above != null && above.kind() != null;
        int labelStart = bs;
        Matcher intro = PART_INTRO.matcher(folded).region(bs, labelEnd);
        if (part && intro.lookingAt()) {
            labelStart = skipSpaces(intro.end(), labelEnd); // "Trong đó: chi bộ ấp | 02 | 11": a part of the row above
        }
        Thing unitCell = null;
        boolean shareRow = false;
        List<Col> columns = table.stream().filter(c -> c.type().holdsValue() || c.type() == Column.CODE).toList();
        if (table.stream().anyMatch(c -> c.type() == Column.UNIT)) {
            // The unit's cell ends the label: "Kết nạp đảng viên | Đảng viên | 40 | 42".
            for (Rule<Thing> r : UNIT_CELLS) {
                Matcher u = r.pattern().matcher(folded).region(labelStart, labelEnd);
                if (u.find() && u.start() > labelStart) {
                    unitCell = r.value();
                    labelEnd = trimEnd(labelStart, u.start());
                    break;
                }
            }
            if (unitCell == null && folded.substring(labelStart, labelEnd).endsWith("%")) {
                labelEnd = trimEnd(labelStart, labelEnd - 1);
                shareRow = true;
            }
        }
        List<Num> nums = new ArrayList<>();
        int at = valuesAt;
        while (at < be && nums.size() < columns.size()) {
            Matcher num = NUM.matcher(folded).region(at, be);
            if (!num.lookingAt() || num.group(1) != null) {
                return null;
            }
            nums.add(new Num(num.start(), num.end(), number(num.group(2), num.group(3)), null, num.group(5) != null));
            at = skipSpaces(num.end(), be);
        }
        if (nums.size() != columns.size() || at < be && !notes) {
            return null;
        }
        claimed.add(new int[] {bs, be});
        if (context.foreign() || context.future()) {
            return Frame.NONE;
        }
        Meaning m = byPeriod ? new Meaning(null, null, false, false, false, true, false, false, false, "", false, false, false)
                : meaning(labelStart, labelEnd);
        if (part && m.act() == null && !m.official() && !m.probationary()) {
            m = new Meaning(null, null, false, false, false, true, false, false, false, "", false, false, false);
        }
        // Where the columns say what is counted ("HTXSNV", "Kết nạp", "Số đảng viên"), a row's label only names its group.
        boolean columnsSay = columns.stream().anyMatch(c -> c.type() == Column.ACT || RATING_LEVELS.contains(c.type())
                || c.type() == Column.MEMBER || c.type() == Column.ORG || c.type() == Column.GRASSROOTS
                || c.type() == Column.BRANCH);
        if (m.stop() || m.ambiguous() || m.predicate() && !columnsSay && (m.act() == null || m.act() == Act.STOCK)) {
            return Frame.NONE;
        }
        Act act = m.act() != null && m.act() != Act.STOCK ? m.act() : context.act() != null ? context.act() : Act.STOCK;
        Frame row = null;
        int count = indexOf(columns, Column.COUNT);
        int pct = indexOf(columns, Column.PERCENT);
        String lastKind = null;
        for (int i = 0; i < columns.size(); i++) {
            Col c = columns.get(i);
            Num num = nums.get(i);
            if (c.type() == Column.PLAN || c.type() == Column.CODE) {
                lastKind = null;
                continue; // the plan's column holds targets; a code column, the form's line numbers
            }
            if (c.type() == Column.PART) {
                if (lastKind != null && num.value().signum() != 0) {
                    Figure f = figure(lastKind, num.value(), null, null, num.start(), num.end());
                    figures.add(f);
                    tableOf.put(f, tables);
                    if (m.total()) {
                        restated.add(f);
                    }
                }
                continue; // "Kết nạp mới | Trong đó sinh viên": a part of the column before, of its kind
            }
            // "Đối tượng | HTXSNV | HTTNV | …" with a row per thing: the column is the rating level
            Act level = switch (c.type()) {
                case EXCELLENT -> Act.EXCELLENT;
                case GOOD_OR_BETTER -> Act.GOOD_OR_BETTER;
                case GOOD -> Act.GOOD;
                case COMPLETED -> Act.COMPLETED;
                case FAILED -> Act.FAILED;
                case ACT -> c.act();
                // "Số đảng viên | Kết nạp mới": beside columns that name acts, a thing's column is its count at the date
                case ORG, GRASSROOTS, BRANCH, MEMBER -> columns.stream().anyMatch(o -> o.type() == Column.ACT) ? Act.STOCK : act;
                default -> act;
            };
            Thing thing = switch (c.type()) {
                case ORG -> Thing.ORG;
                case GRASSROOTS -> level == Act.STOCK ? Thing.GRASSROOTS : Thing.ORG;
                case BRANCH -> Thing.BRANCH;
                case MEMBER -> Thing.MEMBER;
                default -> tableThing != null && RATING_LEVELS.contains(c.type()) ? tableThing
                        : unitCell != null && unitCell != Thing.TARGET ? unitCell : m.thing() != null ? m.thing()
                        : memberOnly(level) ? Thing.MEMBER : candidateOnly(level) ? Thing.CANDIDATE
                        : context.thing() != null ? context.thing() : natural(level);
            };
            boolean percent = c.type() == Column.PERCENT || num.percent() || shareRow && c.type() == Column.COUNT;
            if (percent && count >= 0 && c.type() != Column.COUNT) {
                continue;
            }
            String kind = part && m.qualifier() && c.type() == Column.COUNT ? above.kind()
                    : kind(level, thing, percent, m.official(), m.probationary(), m.classContext() ? m.classType() : null,
                            m.share());
            if (part && m.official() && "members.atDate".equals(above.kind())) {
                kind = "members.officialAtDate";
            }
            lastKind = kind;
            if (kind == null || num.value().signum() == 0) {
                continue;
            }
            BigDecimal p = percent ? num.value() : c.type() == Column.COUNT && pct >= 0 ? nums.get(pct).value() : null;
            Figure f = figure(kind, num.value(), null, p, row == null ? bs : num.start(), num.end());
            figures.add(f);
            tableOf.put(f, tables);
            if (table.stream().anyMatch(t -> t.type() == Column.PLAN) || m.total()) {
                restated.add(f); // a table against the plan, or its totals row, restates what the text says
            }
            row = row == null ? new Frame(level, thing, kind, false, false, false) : row;
        }
        return row == null ? Frame.NONE : row;
    }

    // ---- Tables whose cells are set apart by "|" (text, Word and HTML tables): read cell by cell -------------------

    /** What a column of a cell table holds. */
    private enum Role { ORDINAL, LABEL, UNIT, SKIP, WORDED, VALUE, PERCENT, PART }

    /** A column's role and, for a value column, what its heading says is counted. */
    private record Sense(Role role, Act act, Thing thing, boolean official, boolean probationary, boolean total,
            String classType, boolean share) {
        static Sense of(Role role) {
            return new Sense(role, null, null, false, false, false, null, false);
        }
    }

    /** Headings of columns that hold no result: plans, differences, notes, codes. */
    private static final Pattern PLAN_CELL = Pattern.compile("(?:ke hoach|kh|chi tieu|nq|nghi quyet|muc tieu|du kien|phan dau)(?![a-z]).*"
            + "|.*(?<![a-z])(?:de ra|giao|dang ky)(?![a-z]).*"
            + "|.*(?<![a-z])(?:so voi|cung ky|tang giam|tang, giam|tang/giam|chenh lech|\\+/-|\\+ / -|±|ghi chu|nhan xet"
            + "|ly do|ma so|ma chi tieu|nam sinh|ngay vao dang|ho va ten|ho ten)(?![a-z]).*");
    /** A column of the plan: "Kế hoạch", "KH năm", "Chỉ tiêu NQ", "Nghị quyết đề ra". */
    private static final Pattern PLAN_NAME = Pattern.compile("(?:ke hoach|kh|chi tieu|nq|nghi quyet)(?![a-z]).*");
    /** The words before a table's caption: "Bảng 1.", "Biểu số 02:", "Phụ lục II -". */
    private static final Pattern CAPTION_PREFIX = Pattern.compile("\\s*(?:bang|bieu|phu luc)(?: so)?\\s*[0-9ivx]*\\s*[.:\\-–]?\\s*");
    private static final Pattern SHARE_CELL = Pattern.compile(".*(?:(?<![a-z])ty le(?![a-z])|%).*");
    private static final Pattern ORDINAL_CELL = Pattern.compile("(?:\\d{1,3}|[ivxlc]+|[a-z])[.)]?");
    private static final Pattern TOTAL_LABEL = Pattern.compile("(?:tong cong|cong|tong so|tong|toan dang bo|toan dang bo [a-z ]+|"
            + "chung|tinh chung|ca nam|luy ke|toan nhiem ky|ca nhiem ky)(?:\\s*\\(.*\\))?\\s*:?");
    /** A row's period: "2021", "Năm 2021", "2020 - 2021", "Quý I", "6 tháng đầu năm 2025", "Năm học 2022-2023". */
    private static final Pattern PERIOD_ROW = Pattern.compile("(?:nam(?: hoc)? |nk |nhiem ky )?(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2})?"
            + "|quy [ivx1-4]+(?:[ /](?:nam )?(?:19|20)\\d{2})?|(?:6|9|sau|chin) thang(?: dau nam| cuoi nam)?(?: (?:19|20)\\d{2})?"
            + "|thang \\d{1,2}(?:/(?:19|20)\\d{2})?|ca nam(?: (?:19|20)\\d{2})?");
    /** A column of those called to attend or study, out of whom the next column counts those who came. */
    private static final Pattern CALLED_COLUMN = Pattern.compile("(?<![a-z])(?:duoc |phai )?trieu tap|phai (?:tham gia|hoc tap|du)"
            + "(?![a-z])|thuoc dien (?:hoc|tham gia)");

    /** A label column whose rows name who acted: the level that decided, the body that inspected. */
    private static final Pattern ACTOR_COLUMN = Pattern.compile("(?:cap|co quan|chu the|to chuc|don vi|cap uy)"
            + " (?:quyet dinh|thi hanh(?: ky luat)?|thuc hien|tien hanh|kiem tra|giam sat|ky luat)|chu the|cap thuc hien");

    private static final Pattern COLUMN_NUMBERS = Pattern.compile("\\s*\\(\\d+\\)\\s*");

    /**
     * Reads a cell table: each value column's heading, read bottom up, says what it counts where it says so, else the
     * row's label, the caption above the table or the open headings do. Per-row cells and the totals row are figures;
     * plan, difference and note columns give none. Returns what the last row counted, or null when no cell gave a figure,
     * for the line reading to try.
     */
    private Frame cellTable(TableGrid.Table t, Frame context) {
        List<TableGrid.Column> columns = t.columns();
        int n = columns.size();
        Sense[] senses = new Sense[n];
        Frame caption = Frame.NONE;
        int captionEnd = t.start() - 1;
        if (captionEnd > 0 && folded.substring(folded.lastIndexOf('\n', captionEnd - 1) + 1, captionEnd).isBlank()) {
            captionEnd = Math.max(0, folded.lastIndexOf('\n', captionEnd - 1)); // the caption, then an empty line
        }
        if (captionEnd > 0) {
            int cs = folded.lastIndexOf('\n', captionEnd - 1) + 1;
            String line = folded.substring(cs, captionEnd);
            if (!line.isBlank() && line.indexOf('|') < 0) {
                Matcher prefix = CAPTION_PREFIX.matcher(folded).region(cs, captionEnd);
                int bs = prefix.lookingAt() ? prefix.end() : skipSpaces(cs, captionEnd);
                if (bs < captionEnd) {
                    caption = heading(bs, trimEnd(bs, captionEnd));
                }
            }
        }
        if (context.foreign() || context.future() || caption.future() || caption.foreign() && !PARTY_WORDS.matcher(
                folded.substring(t.start(), t.end())).find()) {
            claimed.add(new int[] {t.start(), t.end()});
            return Frame.NONE;
        }
        Thing rated = captionThing(t.start());
        if (rated == null) {
            rated = ratedInHeading(t);
        }
        boolean plan = false;
        int levels = 0;
        for (int c = 0; c < n; c++) {
            senses[c] = sense(t, c);
            Sense before = c == 0 ? null : actBefore(senses, c);
            if (c > 0 && senses[c - 1].role() == Role.VALUE && senses[c - 1].act() == Act.ATTEND
                    && senses[c - 1].thing() == Thing.MEMBER) {
                before = senses[c - 1]; // "Số đảng viên tham gia | Tỷ lệ (%)": the share of those right before it
            }
            if (before != null && senses[c].role() == Role.PERCENT && !strong(senses[c].act())) {
                // "Tham gia học tập | Tỷ lệ (%)": a share beside a count is the share of what that count counts
                // "Số kỳ sinh hoạt | Chuyên đề | Tỷ lệ đảng viên dự (%)": beside the meetings, the share present at them
                Act act = senses[c].act() == Act.ATTEND && (before.act() == Act.MONTHLY || before.act() == Act.THEMED)
                        ? Act.ATTEND_MEETING : before.act();
                senses[c] = new Sense(Role.PERCENT, act, senses[c].thing() != null ? senses[c].thing() : before.thing(),
                        false, false, false, before.classType(), true);
            } else if (before != null && senses[c].role() == Role.VALUE && senses[c].act() == null && senses[c].total()) {
                // "30 năm | 40 năm | … | Tổng số" under "Số đồng chí được trao Huy hiệu": a row's total counts what the
                // columns before it count
                Act act = before.act() == Act.EXPEL && formsBefore(senses, c) ? Act.DISCIPLINE : before.act();
                senses[c] = new Sense(Role.VALUE, act, before.thing(), false, false, true, before.classType(), false);
            }
            levels += RATING.contains(senses[c].act()) ? 1 : 0;
            plan |= senses[c].role() == Role.SKIP && columns.get(c).heading().stream()
                    .anyMatch(h -> PLAN_NAME.matcher(folded.substring(h.start(), h.end())).matches());
        }
        boolean ratings = levels >= 2; // "Tổng số | HTXSNV | HTTNV | …": a table of ratings
        boolean[] called = new boolean[n]; // "Số đảng viên được triệu tập": those a count of participants is out of
        for (int c = 0; c < n; c++) {
            if (senses[c].role() == Role.VALUE && columns.get(c).heading().stream().anyMatch(h -> CALLED_COLUMN
                    .matcher(folded.substring(h.start(), h.end())).find())) {
                senses[c] = Sense.of(Role.SKIP);
                called[c] = true;
            }
        }
        boolean[] actors = new boolean[n];
        for (int c = 0; c < n; c++) {
            actors[c] = senses[c].role() == Role.LABEL && columns.get(c).heading().stream().anyMatch(h -> ACTOR_COLUMN
                    .matcher(folded.substring(h.start(), h.end()).strip()).matches());
        }
        List<Figure> read = new ArrayList<>();
        String[] above = new String[n]; // the kinds of the last row that was not a part
        boolean ratedRows = false;
        int paired = 0;                  // figures read from cells that write their units ("5 tổ chức")
        Frame last = null;               // what the last row counted, for a "Trong đó" line under the table
        Meaning group = null;            // a row with a label and no value: the rows under it are its
        for (TableGrid.Row row : t.rows()) {
            TableGrid.Cell label = null;
            boolean actorRows = false;
            Thing unitCell = null;
            boolean any = false;
            for (int c = 0; c < n; c++) {
                TableGrid.Cell cell = row.cells().get(c);
                if (cell.empty()) {
                    continue;
                }
                if ((senses[c].role() == Role.LABEL || senses[c].role() == Role.ORDINAL) && label == null
                        && !ORDINAL_CELL.matcher(folded.substring(cell.start(), cell.end())).matches()) {
                    label = bulletless(aside(cell)); // "Cộng | | 1.207" with the totals' word in the ordinal's column
                    actorRows = actors[c];
                } else if (senses[c].role() == Role.UNIT) {
                    for (Rule<Thing> r : UNIT_CELLS) {
                        if (r.pattern().matcher(folded).region(cell.start(), cell.end()).find()) {
                            unitCell = r.value();
                            break;
                        }
                    }
                } else if (senses[c].role().compareTo(Role.WORDED) >= 0 && number(cell.start(), cell.end()) != null) {
                    any = true;
                }
            }
            // "Cấp quyết định | Khiển trách | …": the rows name who decided or inspected, not what is counted
            Meaning rm = label == null || actorRows ? null : meaning(label.start(), label.end());
            String labelText = label == null ? "" : folded.substring(label.start(), label.end()).strip();
            if (!any) {
                group = rm != null && (rm.act() != null || rm.thing() != null) && !rm.stop() ? rm : group;
                continue;
            }
            boolean total = TOTAL_LABEL.matcher(labelText).matches();
            ratedRows |= rm != null && RATING.contains(rm.act()); // "Cộng" under rows of rating levels: the rated
            boolean bullet = label != null && label.start() > 0 && folded.substring(Math.max(0, label.start() - 2), label.start())
                    .matches(".*[-+–•*]\\s*");
            boolean part = !total && (labelText.startsWith("trong do") || labelText.matches("[-+–•].*") || bullet
                    || rm != null && rm.qualifier() && rm.act() == null);
            if (rm != null && (rm.stop() || rm.ambiguous()) && !total) {
                continue;
            }
            if (rm != null && rm.qualifier() && !part) {
                rm = null; // "Chi bộ thôn 1": the row's group, not what is counted
            }
            if (rm != null && rm.act() == null && rm.thing() == null && !rm.official() && !rm.probationary()) {
                rm = null;
            }
            BigDecimal share = null;
            for (int c = 0; c < n; c++) {
                TableGrid.Cell cell = row.cells().get(c);
                if (senses[c].role() == Role.PERCENT && !cell.empty()) {
                    Num p = number(cell.start(), cell.end());
                    share = p == null ? null : p.value();
                }
            }
            for (int c = 0; c < n && label != null && rm != null; c++) {
                TableGrid.Cell cell = row.cells().get(c);
                if (senses[c].role() == Role.WORDED && !cell.empty()) {
                    int made = figures.size();
                    Frame here = caption.act() != null || caption.thing() != null ? caption : context;
                    readPair(new int[] {label.start(), label.end(), cell.start(), cell.end(), 1}, here, null, false, null);
                    paired += figures.size() - made;
                }
            }
            BigDecimal calledValue = null;
            for (int c = 0; c < n && calledValue == null; c++) {
                Num v = called[c] && !row.cells().get(c).empty() ? number(row.cells().get(c).start(), row.cells().get(c).end()) : null;
                calledValue = v == null ? null : v.value();
            }
            String lastKind = null;
            java.util.Set<String> rowKinds = new java.util.HashSet<>();
            for (int c = 0; c < n; c++) {
                Sense s = senses[c];
                TableGrid.Cell cell = row.cells().get(c);
                if (s.role().compareTo(Role.VALUE) < 0) {
                    continue;
                }
                Num num = cell.empty() ? null : number(cell.start(), cell.end());
                if (num == null || num.end() < trimEnd(cell.start(), cell.end()) && !folded.substring(num.end(), cell.end())
                        .matches("\\s*(?:%|\\(.*\\))?\\s*")) {
                    lastKind = s.role() == Role.PART ? lastKind : null;
                    continue;
                }
                String kind;
                if (s.role() == Role.PART) {
                    kind = lastKind;
                } else if (part && above[c] != null && (rm == null || rm.act() == null || rm.act() == Act.STOCK)) {
                    kind = rm != null && rm.official() && "members.atDate".equals(above[c]) ? "members.officialAtDate"
                            : rm != null && rm.probationary() ? null : above[c];
                } else if (ratings && !RATING.contains(s.act()) || total && ratedRows && !RATING.contains(s.act())) {
                    kind = null; // "Tổng số | HTXSNV | HTTNV": the count of the rated
                } else {
                    boolean percent = num.percent() || s.role() == Role.PERCENT
                            || rm != null && (rm.share() || labelText.endsWith("(%)") || labelText.endsWith("%"));
                    Frame cf = cellKind(s, rm, group, caption, context, rated, unitCell, percent, senses);
                    kind = cf.kind();
                    if (kind != null && !part && s.role() != Role.PERCENT) {
                        last = cf;
                    }
                    if (!part) {
                        above[c] = kind;
                    }
                }
                if (s.role() != Role.PART) {
                    lastKind = kind;
                }
                if (kind == null || num.value().signum() == 0) {
                    continue;
                }
                BigDecimal percent = num.percent() || s.role() == Role.PERCENT ? num.value()
                        : kind.startsWith("training.participants") || kind.startsWith("conferences") ? share : null;
                if (s.role() == Role.PERCENT && rowKinds.contains(kind)) {
                    continue; // "Số lượng | Tỷ lệ": the share of a count given beside it is that count's percent
                }
                rowKinds.add(kind);
                BigDecimal of = num.of() != null ? num.of() : calledValue != null && s.role() != Role.PERCENT
                        && (kind.startsWith("training.participants") || kind.startsWith("conferences")) ? calledValue : null;
                Figure f = figure(kind, num.value(), of, percent, num.start(), num.end());
                read.add(f);
                if (total || plan || s.total()) {
                    restated.add(f); // a totals row or column, a table against the plan: what the text says
                } else {
                    rowCells.add(f);
                }
            }
        }
        if (read.isEmpty() && paired == 0) {
            return null;
        }
        tables++;
        for (Figure f : read) {
            figures.add(f);
            tableOf.put(f, tables);
        }
        claimed.add(new int[] {t.start(), t.end()});
        return last == null ? Frame.NONE : last;
    }

    /**
     * "Khiển trách | Cảnh cáo | Cách chức | Khai trừ | Cộng": the forms of discipline of an official member side by
     * side, expulsion the last of them; their total counts the disciplined, not the expelled.
     */
    private static boolean formsBefore(Sense[] senses, int c) {
        for (int b = c - 1; b >= 0; b--) {
            if (senses[b].role() == Role.VALUE && senses[b].act() == Act.DISCIPLINE) {
                return true;
            }
        }
        return false;
    }

    /** The nearest value column before column {@code c} whose heading names an act; null when there is none. */
    private static Sense actBefore(Sense[] senses, int c) {
        for (int b = c - 1; b >= 0; b--) {
            if (senses[b].role() == Role.VALUE && strong(senses[b].act())) {
                return senses[b];
            }
        }
        return null;
    }

    /** A row's label after its bullet ("- Chính thức"), which only says the row is a part of the one above. */
    private TableGrid.Cell bulletless(TableGrid.Cell cell) {
        Matcher m = Pattern.compile("[-+–•*]\\s*").matcher(folded).region(cell.start(), cell.end());
        return m.lookingAt() && m.end() < cell.end() ? new TableGrid.Cell(m.end(), cell.end()) : cell;
    }

    /** A row's label without its aside ("Chi bộ ấp (26 chi bộ)"): the aside says how many, not what is counted. */
    private TableGrid.Cell aside(TableGrid.Cell cell) {
        int open = folded.indexOf('(', cell.start());
        if (open > cell.start() && open < cell.end() && folded.substring(open, cell.end()).matches("\\([^()]*\\d[^()]*\\).*")) {
            return new TableGrid.Cell(cell.start(), trimEnd(cell.start(), open));
        }
        return cell;
    }

    /** What a column holds, from its body's cells and its heading's names. */
    private Sense sense(TableGrid.Table t, int c) {
        int values = 0;
        int words = 0;
        int ordinals = 0;
        int periods = 0;
        int worded = 0;
        for (TableGrid.Row r : t.rows()) {
            TableGrid.Cell cell = r.cells().get(c);
            if (cell.empty()) {
                continue;
            }
            String s = folded.substring(cell.start(), cell.end());
            if (ORDINAL_CELL.matcher(s).matches()) {
                ordinals++;
            }
            if (PERIOD_ROW.matcher(s).matches()) {
                periods++;
            }
            if (s.matches("(?:gan |hon |tren |khoang )?\\d[\\d.,/]*\\s+[a-z].*")) {
                worded++;
            }
            Num num = number(cell.start(), cell.end());
            if (num != null && folded.substring(num.end(), cell.end()).matches("\\s*(?:%|\\(.*\\))?\\s*")
                    || s.matches("[-–—x]|\\.{2,}")) {
                values++;
            } else {
                words++;
            }
        }
        List<TableGrid.Cell> heading = t.columns().get(c).heading();
        String name = String.join(" ", heading.stream().map(h -> COLUMN_NUMBERS.matcher(folded.substring(h.start(), h.end()))
                .replaceAll(" ").strip()).toList()).strip();
        String first = heading.isEmpty() ? "" : folded.substring(heading.get(0).start(), heading.get(0).end()).strip();
        if (c == 0 && (first.matches("stt|tt|so tt|so thu tu|tt\\.") || ordinals > 0 && ordinals == values + words)) {
            return Sense.of(Role.ORDINAL); // "TT", or a first column of 1, 2, 3 … / I, II / a, b
        }
        if (name.matches("nam|thang|quy|ky|ky bao cao|thoi gian|giai doan|dot|nam hoc|thoi diem|nam, thang")
                || values > 0 && periods == values + words) {
            return Sense.of(Role.LABEL); // "Năm | Kết nạp": the years name the rows
        }
        if (name.matches("dvt|don vi tinh|don vi")) {
            return Sense.of(words >= values ? Role.UNIT : Role.SKIP);
        }
        boolean plan = heading.stream().anyMatch(h -> PLAN_CELL.matcher(folded.substring(h.start(), h.end()).strip()).matches());
        if (words > values) {
            // "5 tổ chức", "02 lớp 86 học viên": values written with their units, read as the row's label's values
            return Sense.of(c > 0 && worded * 2 >= words + values ? (plan ? Role.SKIP : Role.WORDED) : Role.LABEL);
        }
        if (values == 0) {
            return Sense.of(Role.SKIP);
        }
        if (plan) {
            return Sense.of(Role.SKIP);
        }
        boolean percent = SHARE_CELL.matcher(name).matches();
        if (percent && t.columns().stream().anyMatch(o -> o.heading().stream().anyMatch(h -> PLAN_NAME.matcher(
                folded.substring(h.start(), h.end())).matches()))) {
            return Sense.of(Role.SKIP); // "Kế hoạch | Thực hiện | Tỷ lệ %": the share of the plan
        }
        Act act = null;
        Thing thing = null;
        boolean official = false;
        boolean probationary = false;
        boolean qualifier = false;
        String classType = null;
        boolean total = false;
        boolean stopped = false;
        for (int i = heading.size() - 1; i >= 0; i--) {
            TableGrid.Cell h = heading.get(i);
            int hs = h.start();
            Matcher numbers = COLUMN_NUMBERS.matcher(folded).region(hs, h.end());
            int he = trimEnd(hs, numbers.find() ? numbers.start() : h.end()); // "Kế hoạch (5)": the name before its number
            if (hs >= he) {
                continue;
            }
            String cell = folded.substring(hs, he).replaceAll("\\s*\\(?%\\)?$", "");
            Act level = ratingLevel(cell);
            Meaning m = meaning(hs, he);
            if (m.stop() && level == null) {
                stopped = true; // "Đảng phí thu (nghìn đồng)", "Số cấp ủy viên" — unless a heading above names an act
                continue;
            }
            if (i == heading.size() - 1) {
                official = m.official();
                probationary = m.probationary();
                qualifier = m.qualifier() || cell.startsWith("trong do") || cell.matches("(?:nu|dan toc(?: thieu so)?|ton giao|"
                        + "doan vien|dang vien tre|duoi 35 tuoi|nguoi dan toc)");
                total = TOTAL_LABEL.matcher(cell).matches();
            }
            if (act == null && level != null) {
                act = level;
            } else if ((act == null || !strong(act) && strong(m.act())) && m.act() != null && !m.ambiguous()) {
                act = m.act(); // "Số lượng" under "Kết nạp": the act above says what the count is of
            }
            if (thing == null && m.thing() != null && m.thing() != Thing.FOREIGN) {
                thing = m.thing();
            } else if (thing == null) {
                thing = columnThing(cell); // "Tổ chức | Đảng viên"
            }
            if (classType == null && m.classContext()) {
                classType = m.classType();
            }
        }
        if (stopped && !strong(act) || !strong(act) && heading.stream().anyMatch(h -> folded.substring(h.start(), h.end())
                .strip().matches("(?:tang|giam|bien dong)(?: (?:trong (?:ky|nam)|moi))?(?:\\s*\\(.*\\))?"))) {
            return Sense.of(Role.SKIP); // "Đầu năm | Tăng | Giảm | Cuối năm": a change mixes its causes
        }
        if (qualifier && act == null && !official && !probationary && c > 0) {
            return Sense.of(Role.PART);
        }
        return new Sense(percent ? Role.PERCENT : Role.VALUE, act, thing, official, probationary, total, classType, percent);
    }

    /** A rating level written as a column's name ("HTXSNV", "Hoàn thành tốt nhiệm vụ trở lên"); null when it is none. */
    private static Act ratingLevel(String cell) {
        Matcher m = COLUMN.matcher(cell);
        if (!m.matches()) {
            return null;
        }
        return m.group(9) != null ? Act.EXCELLENT : m.group(10) != null ? Act.GOOD_OR_BETTER : m.group(11) != null ? Act.FAILED
                : m.group(12) != null ? Act.GOOD : m.group(13) != null ? Act.COMPLETED : null;
    }

    /** The thing a column's bare name counts ("Tổ chức", "TCCS", "Chi bộ", "ĐV"); null when it names none. */
    private static Thing columnThing(String cell) {
        Matcher m = COLUMN.matcher(cell);
        if (!m.matches()) {
            return null;
        }
        return m.group(6) != null ? (m.group(6).matches(".*(?:tccs|co so).*") ? Thing.GRASSROOTS : Thing.ORG)
                : m.group(7) != null ? Thing.BRANCH : m.group(8) != null ? Thing.MEMBER : null;
    }

    /** The kind of a cell: its column's act and thing, else its row's, its group's, the caption's, the headings'. */
    private Frame cellKind(Sense s, Meaning row, Meaning group, Frame caption, Frame context, Thing rated, Thing unitCell,
            boolean percent, Sense[] senses) {
        boolean actColumns = java.util.Arrays.stream(senses).anyMatch(o -> strong(o.act()));
        Act act;
        if (strong(s.act())) {
            act = s.act();
        } else if (s.act() == Act.STOCK && s.thing() != null && !s.total()) {
            act = Act.STOCK; // "Số đảng viên", "Tổng số chi bộ": what there is
        } else if (s.act() == Act.ATTEND) {
            act = s.act(); // "Số đảng viên tham gia"
        } else if (s.thing() != null && actColumns) {
            act = Act.STOCK; // "Số đảng viên | Kết nạp | Khai trừ": beside columns of acts, a thing's column is a count
        } else if (s.act() == null && (s.thing() == Thing.BRANCH || s.thing() == Thing.GRASSROOTS || s.thing() == Thing.ORG)
                && (row == null || !strong(row.act())) && !strong(caption.act()) && !strong(context.act())) {
            act = Act.STOCK; // "Điểm cầu | Số chi bộ | Số đảng viên tham dự": the units there are, in a table of attendance
        } else if (row != null && strong(row.act())) {
            act = row.act();
        } else if (s.act() == Act.HOLD) {
            act = s.act();
        } else if (row != null && row.act() == Act.STOCK && !row.total()) {
            act = Act.STOCK;
        } else if (group != null && strong(group.act())) {
            act = group.act();
        } else if (caption.act() != null && caption.act() != Act.RATED) {
            act = caption.act();
        } else if (context.act() != null && context.act() != Act.RATED) {
            act = context.act();
        } else {
            act = Act.STOCK;
        }
        Act outer = caption.act() != null ? caption.act() : context.act();
        if (act == Act.ATTEND && (outer == Act.STUDY || outer == Act.TRAIN)) {
            act = outer; // "Số đảng viên tham gia" in a table of a study
        } else if (act == Act.ATTEND && outer != Act.TRAIN && studyReport) {
            act = Act.STUDY; // "Số đảng viên tham dự" by venue, in a report on the study of a resolution
        } else if (act == Act.TRAIN && s.classType() == null && outer == Act.STUDY) {
            act = Act.STUDY; // "Số lớp" in a table of the study of a resolution: its classes
        }
        // "Kiểm tra đảng viên (đ/c) | … | Chi bộ": a row naming both the act and what it is done to outweighs a column
        // that names only who did it
        boolean rowSays = row != null && row.thing() != null && strong(row.act()) && s.act() == null && act == row.act();
        Thing thing = rowSays ? row.thing() : s.thing() != null ? s.thing()
                : rated != null && RATING.contains(act) ? rated
                : unitCell != null && unitCell != Thing.TARGET ? unitCell
                // "Chi bộ cơ quan | … | Kết nạp": only members are admitted, whatever group of units a row names
                : memberOnly(act) ? Thing.MEMBER : candidateOnly(act) ? Thing.CANDIDATE
                : act == Act.MONTHLY || act == Act.THEMED ? Thing.SESSION // "Sinh hoạt thường kỳ (buổi)"
                : row != null && row.thing() != null ? row.thing()
                : group != null && group.thing() != null ? group.thing()
                : caption.thing() != null ? caption.thing()
                : context.thing() != null ? context.thing() : natural(act);
        if (thing == Thing.PARTICIPANT && act == Act.STUDY && percent) {
            thing = Thing.MEMBER;
        }
        String classType = s.classType() != null ? s.classType() : row != null && row.classContext() ? row.classType()
                : group != null && group.classContext() ? group.classType() : null;
        if (classType == null && (act == Act.STUDY || act == Act.TRAIN)) {
            classType = act == Act.STUDY ? "" : null;
        }
        boolean official = s.official() || !strong(s.act()) && row != null && row.official();
        boolean probationary = s.probationary() || !strong(s.act()) && row != null && row.probationary();
        return new Frame(act, thing, kind(act, thing, percent, official, probationary, classType, false), false, false, false);
    }

    /** An act that says what is counted, not only that it is counted, held or attended. */
    private static boolean strong(Act act) {
        return act != null && act != Act.STOCK && act != Act.RATED && act != Act.HOLD && act != Act.ATTEND;
    }

    private static final java.util.Set<Act> RATING = java.util.EnumSet.of(Act.EXCELLENT, Act.GOOD_OR_BETTER, Act.GOOD,
            Act.COMPLETED, Act.FAILED);

    private static int indexOf(List<Col> columns, Column type) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).type() == type) {
                return i;
            }
        }
        return -1;
    }

    private boolean isCaps(int bs, int be) {
        String s = text.substring(bs, be);
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 4;
    }

    private static BigDecimal number(String integer, String decimals) {
        String digits = integer.replace(".", "");
        return new BigDecimal(decimals == null ? digits : digits + "." + decimals);
    }

    private int skipSpaces(int at, int limit) {
        while (at < limit && Character.isWhitespace(folded.charAt(at))) {
            at++;
        }
        return at;
    }

    private int trimEnd(int start, int end) {
        while (end > start && (Character.isWhitespace(folded.charAt(end - 1)) || ".;,".indexOf(folded.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }
}
