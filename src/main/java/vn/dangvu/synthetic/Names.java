package vn.dangvu.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Vietnamese names for synthetic units, built from lists of real place-name syllables and the naming
 * patterns committees use ("Đảng bộ xã Tân Hòa", "Chi bộ ấp Bình Long", "Chi bộ Trường THCS Nguyễn Du").
 * The places are made up; the patterns and the present-day provinces are real.
 */
final class Names {

    private Names() {
    }

    /** Sino-Vietnamese syllables that make up most commune and village names. */
    static final List<String> SYLLABLES = List.of(
            "An", "Bình", "Hòa", "Tân", "Phú", "Thạnh", "Long", "Đông", "Tây", "Nam", "Bắc", "Trung", "Hưng",
            "Thịnh", "Phước", "Lộc", "Thuận", "Mỹ", "Hiệp", "Vĩnh", "Quang", "Minh", "Đức", "Thanh", "Xuân", "Hải",
            "Sơn", "Lâm", "Yên", "Đại", "Cát", "Kim", "Ngọc", "Hồng", "Liên", "Nghĩa", "Hợp", "Tiến", "Thắng",
            "Lợi", "Thành", "Quý", "Khánh", "Phong", "Điền", "Lạc", "Trường", "Thọ", "Hà", "Gia", "Định", "Châu",
            "Hậu", "Tường", "Mậu", "Phụng", "Cẩm", "Diên", "Hoàng", "Lương", "Phúc", "Tín", "Kỳ", "Hội", "Quỳnh",
            "Hoa", "Vạn", "Ninh", "Tú", "Dương", "Thái", "Bảo", "Đồng", "Cao", "Tịnh", "Chánh", "Mai", "Tuy", "Triệu");

    /** Names schools, streets and wards are given after. */
    static final List<String> PEOPLE = List.of(
            "Nguyễn Du", "Lê Quý Đôn", "Trần Phú", "Lý Tự Trọng", "Nguyễn Trãi", "Chu Văn An", "Lê Lợi",
            "Quang Trung", "Võ Thị Sáu", "Kim Đồng", "Nguyễn Văn Trỗi", "Phan Bội Châu", "Phan Chu Trinh",
            "Trần Hưng Đạo", "Hai Bà Trưng", "Ngô Quyền", "Lê Hồng Phong", "Nguyễn Thị Minh Khai", "Võ Văn Tần",
            "Hoàng Hoa Thám", "Nguyễn Bỉnh Khiêm", "Lương Thế Vinh", "Tô Hiệu", "Nguyễn Khuyến", "Đinh Tiên Hoàng",
            "Lý Thường Kiệt", "Bà Triệu", "Nguyễn Huệ", "Trần Quốc Toản", "Phan Đình Phùng", "Huỳnh Thúc Kháng",
            "Nguyễn Đình Chiểu", "Hùng Vương", "Lê Văn Tám", "Nguyễn Viết Xuân", "Cù Chính Lan", "Bế Văn Đàn",
            "Phạm Ngũ Lão", "Yết Kiêu", "Mạc Đĩnh Chi");

    static final List<String> DEPARTMENTS = List.of(
            "Sở Tài chính", "Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Xây dựng", "Sở Tư pháp",
            "Sở Công Thương", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải",
            "Sở Lao động - Thương binh và Xã hội", "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông",
            "Thanh tra tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Ban Quản lý các khu công nghiệp",
            "Đài Phát thanh và Truyền hình", "Bảo hiểm xã hội tỉnh", "Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh",
            "Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh", "Cục Thống kê tỉnh", "Cục Hải quan tỉnh");

    static final List<String> PARTY_AGENCIES = List.of(
            "Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy",
            "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Báo", "Trường Chính trị", "Ủy ban Mặt trận Tổ quốc tỉnh",
            "Liên đoàn Lao động tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
            "Hội Cựu chiến binh tỉnh", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh");

    static final List<String> DISTRICT_OFFICES = List.of(
            "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Phòng Giáo dục và Đào tạo", "Phòng Tư pháp",
            "Phòng Tài nguyên và Môi trường", "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Kinh tế và Hạ tầng",
            "Phòng Lao động - Thương binh và Xã hội", "Phòng Văn hóa và Thông tin", "Thanh tra huyện",
            "Văn phòng Huyện ủy", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Chi cục Thuế khu vực",
            "Tòa án nhân dân huyện", "Viện Kiểm sát nhân dân huyện", "Chi cục Thi hành án dân sự");

    static final List<String> WARDS = List.of(
            "Khoa Nội", "Khoa Ngoại", "Khoa Sản", "Khoa Nhi", "Khoa Hồi sức cấp cứu", "Khoa Xét nghiệm",
            "Khoa Chẩn đoán hình ảnh", "Khoa Dược", "Khoa Truyền nhiễm", "Khoa Y học cổ truyền", "Phòng Kế hoạch tổng hợp",
            "Phòng Điều dưỡng", "Phòng Tài chính - Kế toán", "Khoa Khám bệnh");

    static final List<String> FACULTIES = List.of(
            "Khoa Kinh tế", "Khoa Sư phạm", "Khoa Nông - Lâm", "Khoa Kỹ thuật - Công nghệ", "Khoa Ngoại ngữ",
            "Khoa Luật", "Khoa Y - Dược", "Khoa Lý luận chính trị", "Khoa Công nghệ thông tin", "Khối Phòng, Ban");

    static final List<String> SECTORS = List.of(
            "Xây dựng", "Thương mại", "Dược phẩm", "Cấp nước", "Môi trường đô thị", "Vận tải", "Cơ khí", "May",
            "Chè", "Cao su", "Thủy sản", "Lương thực", "In", "Du lịch", "Xi măng", "Gạch ngói", "Thủy lợi",
            "Lâm nghiệp", "Xổ số kiến thiết", "Điện lực", "Sách và Thiết bị trường học", "Phát triển nhà",
            "Chế biến nông sản", "Vật tư nông nghiệp");

    static final List<String> ENTERPRISE_FORMS = List.of(
            "Công ty TNHH MTV", "Công ty Cổ phần", "Công ty TNHH", "Hợp tác xã", "Tổng công ty");

    static final List<String> OFFICE_UNITS = List.of(
            "Văn phòng", "Phòng Tổ chức - Hành chính", "Phòng Kế toán", "Phòng Kinh doanh", "Phòng Kỹ thuật",
            "Phòng Tổng hợp", "Phòng Nghiệp vụ", "Phòng Thanh tra", "Phòng Kế hoạch", "Phân xưởng 1", "Phân xưởng 2",
            "Xí nghiệp 1", "Xí nghiệp 2", "Đội sản xuất", "Chi nhánh miền Bắc", "Chi nhánh miền Nam");

    static final List<String> POLICE_UNITS = List.of(
            "Phòng An ninh chính trị nội bộ", "Phòng Cảnh sát hình sự", "Phòng Cảnh sát giao thông",
            "Phòng Cảnh sát kinh tế", "Phòng Cảnh sát điều tra tội phạm về ma túy", "Phòng Tham mưu",
            "Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "Phòng Hậu cần", "Phòng Tổ chức cán bộ",
            "Phòng Công tác đảng và công tác chính trị", "Phòng An ninh kinh tế", "Phòng An ninh mạng",
            "Trại tạm giam", "Phòng Cảnh sát cơ động", "Phòng Quản lý xuất nhập cảnh");

    /** A name from two distinct syllables, e.g. "Tân Hòa", not yet in {@code taken}. */
    static String place(RandomGenerator rng, Set<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String a = pick(rng, SYLLABLES);
            String b = pick(rng, SYLLABLES);
            if (a.equals(b)) {
                continue;
            }
            String name = attempt < 200 ? a + " " + b : a + " " + b + " " + (attempt - 198);
            if (taken.add(name)) {
                return name;
            }
        }
    }

    static String place(RandomGenerator rng) {
        return place(rng, new HashSet<>());
    }

    static <T> T pick(RandomGenerator rng, List<T> list) {
        return list.get(rng.nextInt(list.size()));
    }

    /** Chi bộ of a village or street group, in the words the region uses. */
    static String village(RandomGenerator rng, Region region, boolean urban, int index, Set<String> taken) {
        if (urban) {
            return rng.nextInt(3) == 0 ? "Chi bộ tổ dân phố số " + index : "Chi bộ khu phố " + index;
        }
        String word = switch (region) {
            case NORTH -> rng.nextInt(4) == 0 ? "xóm" : "thôn";
            case MOUNTAINS -> rng.nextInt(2) == 0 ? "bản" : "thôn";
            case CENTRAL -> "thôn";
            case HIGHLANDS -> rng.nextInt(3) == 0 ? "buôn" : "thôn";
            case SOUTH -> "ấp";
        };
        if (rng.nextInt(4) == 0) {
            return "Chi bộ " + word + " " + index;
        }
        return "Chi bộ " + word + " " + place(rng, taken);
    }

    /** What a unit may be renamed to: the kinds of renaming decisions committees actually take. */
    static String renamed(RandomGenerator rng, PlannedTree.Unit unit) {
        String name = unit.name();
        if (name.contains("Công ty TNHH MTV ")) {
            return name.replace("Công ty TNHH MTV ", "Công ty Cổ phần ");
        }
        if (name.contains("Trường THCS ")) {
            return name.replace("Trường THCS ", "Trường TH và THCS ");
        }
        if (name.contains("Trường Mầm non ")) {
            return name.replace("Trường Mầm non ", "Trường Mẫu giáo ");
        }
        if (name.startsWith("Đảng bộ xã ")) {
            return name.replace("Đảng bộ xã ", rng.nextBoolean() ? "Đảng bộ thị trấn " : "Đảng bộ phường ");
        }
        if (name.startsWith("Chi bộ thôn ") || name.startsWith("Chi bộ ấp ") || name.startsWith("Chi bộ xóm ")) {
            String word = name.split(" ")[2];
            return "Chi bộ " + word + " " + place(rng);
        }
        if (name.contains("Phòng ")) {
            return name.replace("Phòng ", "Phòng Quản lý ");
        }
        if (name.startsWith("Chi bộ ")) {
            return name + " " + place(rng);
        }
        return name.replace("Đảng bộ ", "Đảng bộ Cơ quan ");
    }

    enum Region { NORTH, MOUNTAINS, CENTRAL, HIGHLANDS, SOUTH }

    /** One of the 63 provinces and cities as they stood until 30 June 2025. */
    record OldProvince(String name, boolean city, Region region, double weight, int establishedYear) {

        String committeeName() {
            return city ? (name.equals("Hồ Chí Minh") ? "Đảng bộ Thành phố Hồ Chí Minh" : "Đảng bộ thành phố " + name)
                    : "Đảng bộ tỉnh " + name;
        }

        String label() {
            return city ? (name.equals("Hồ Chí Minh") ? "Thành phố Hồ Chí Minh" : "thành phố " + name) : "tỉnh " + name;
        }
    }

    /**
     * The 34 provinces and cities from 1 July 2025, each with the old provinces merged into it; the first
     * is the one whose committee continued (Nghị quyết 202/2025/QH15 on arranging provincial units).
     */
    record Province(String name, List<OldProvince> merged) {
    }

    private static OldProvince p(String name, Region region, double weight) {
        return new OldProvince(name, false, region, weight, 1930 + (Math.abs(name.hashCode()) % 18));
    }

    private static OldProvince p(String name, Region region, double weight, int year) {
        return new OldProvince(name, false, region, weight, year);
    }

    private static OldProvince city(String name, Region region, double weight) {
        return new OldProvince(name, true, region, weight, 1930 + (Math.abs(name.hashCode()) % 10));
    }

    static final List<Province> PROVINCES = List.of(
            new Province("Hà Nội", List.of(city("Hà Nội", Region.NORTH, 3.2))),
            new Province("Huế", List.of(p("Thừa Thiên Huế", Region.CENTRAL, 0.8))),
            new Province("Lai Châu", List.of(p("Lai Châu", Region.MOUNTAINS, 0.35, 2004))),
            new Province("Điện Biên", List.of(p("Điện Biên", Region.MOUNTAINS, 0.45, 2004))),
            new Province("Sơn La", List.of(p("Sơn La", Region.MOUNTAINS, 0.8))),
            new Province("Lạng Sơn", List.of(p("Lạng Sơn", Region.MOUNTAINS, 0.6))),
            new Province("Quảng Ninh", List.of(p("Quảng Ninh", Region.NORTH, 1.0, 1963))),
            new Province("Thanh Hóa", List.of(p("Thanh Hóa", Region.CENTRAL, 2.2))),
            new Province("Nghệ An", List.of(p("Nghệ An", Region.CENTRAL, 2.1))),
            new Province("Hà Tĩnh", List.of(p("Hà Tĩnh", Region.CENTRAL, 0.9))),
            new Province("Cao Bằng", List.of(p("Cao Bằng", Region.MOUNTAINS, 0.45))),
            new Province("Tuyên Quang", List.of(p("Tuyên Quang", Region.MOUNTAINS, 0.5),
                    p("Hà Giang", Region.MOUNTAINS, 0.55))),
            new Province("Lào Cai", List.of(p("Lào Cai", Region.MOUNTAINS, 0.5), p("Yên Bái", Region.MOUNTAINS, 0.55))),
            new Province("Thái Nguyên", List.of(p("Thái Nguyên", Region.NORTH, 0.9, 1997),
                    p("Bắc Kạn", Region.MOUNTAINS, 0.3, 1997))),
            new Province("Phú Thọ", List.of(p("Phú Thọ", Region.NORTH, 0.9, 1997), p("Vĩnh Phúc", Region.NORTH, 0.8, 1997),
                    p("Hòa Bình", Region.MOUNTAINS, 0.6))),
            new Province("Bắc Ninh", List.of(p("Bắc Giang", Region.NORTH, 1.0, 1997),
                    p("Bắc Ninh", Region.NORTH, 0.8, 1997))),
            new Province("Hưng Yên", List.of(p("Hưng Yên", Region.NORTH, 0.7, 1997), p("Thái Bình", Region.NORTH, 1.0))),
            new Province("Hải Phòng", List.of(city("Hải Phòng", Region.NORTH, 1.2), p("Hải Dương", Region.NORTH, 1.0, 1997))),
            new Province("Ninh Bình", List.of(p("Ninh Bình", Region.NORTH, 0.6, 1992), p("Hà Nam", Region.NORTH, 0.5, 1997),
                    p("Nam Định", Region.NORTH, 1.0, 1997))),
            new Province("Quảng Trị", List.of(p("Quảng Trị", Region.CENTRAL, 0.6, 1989),
                    p("Quảng Bình", Region.CENTRAL, 0.7, 1989))),
            new Province("Đà Nẵng", List.of(city("Đà Nẵng", Region.CENTRAL, 0.8), p("Quảng Nam", Region.CENTRAL, 1.1, 1997))),
            new Province("Quảng Ngãi", List.of(p("Quảng Ngãi", Region.CENTRAL, 0.9, 1989),
                    p("Kon Tum", Region.HIGHLANDS, 0.4, 1991))),
            new Province("Gia Lai", List.of(p("Gia Lai", Region.HIGHLANDS, 1.0, 1991),
                    p("Bình Định", Region.CENTRAL, 1.0, 1989))),
            new Province("Khánh Hòa", List.of(p("Khánh Hòa", Region.CENTRAL, 0.9, 1989),
                    p("Ninh Thuận", Region.CENTRAL, 0.45, 1992))),
            new Province("Lâm Đồng", List.of(p("Lâm Đồng", Region.HIGHLANDS, 0.9), p("Đắk Nông", Region.HIGHLANDS, 0.45, 2004),
                    p("Bình Thuận", Region.CENTRAL, 0.8, 1992))),
            new Province("Đắk Lắk", List.of(p("Đắk Lắk", Region.HIGHLANDS, 1.1, 2004),
                    p("Phú Yên", Region.CENTRAL, 0.65, 1989))),
            new Province("Hồ Chí Minh", List.of(city("Hồ Chí Minh", Region.SOUTH, 3.4),
                    p("Bình Dương", Region.SOUTH, 1.0, 1997), p("Bà Rịa - Vũng Tàu", Region.SOUTH, 0.8, 1991))),
            new Province("Đồng Nai", List.of(p("Đồng Nai", Region.SOUTH, 1.3), p("Bình Phước", Region.SOUTH, 0.6, 1997))),
            new Province("Tây Ninh", List.of(p("Tây Ninh", Region.SOUTH, 0.7), p("Long An", Region.SOUTH, 1.0))),
            new Province("Cần Thơ", List.of(city("Cần Thơ", Region.SOUTH, 0.8), p("Sóc Trăng", Region.SOUTH, 0.8, 1992),
                    p("Hậu Giang", Region.SOUTH, 0.5, 2004))),
            new Province("Vĩnh Long", List.of(p("Vĩnh Long", Region.SOUTH, 0.7, 1992), p("Bến Tre", Region.SOUTH, 0.8),
                    p("Trà Vinh", Region.SOUTH, 0.6, 1992))),
            new Province("Đồng Tháp", List.of(p("Đồng Tháp", Region.SOUTH, 0.9), p("Tiền Giang", Region.SOUTH, 1.0))),
            new Province("Cà Mau", List.of(p("Cà Mau", Region.SOUTH, 0.7, 1997), p("Bạc Liêu", Region.SOUTH, 0.55, 1997))),
            new Province("An Giang", List.of(p("An Giang", Region.SOUTH, 1.1), p("Kiên Giang", Region.SOUTH, 1.0))));
}
