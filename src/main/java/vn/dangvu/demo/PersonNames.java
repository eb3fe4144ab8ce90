package vn.dangvu.demo;

import java.util.List;
import java.util.random.RandomGenerator;

import vn.dangvu.members.Sex;

/**
 * Fictional Vietnamese full names for the demo's people: a family name weighted as they are spread
 * in the Mekong Delta, a middle name and a given name fitting the person's sex. Any likeness to a
 * real person is by chance; only the two guests of the reports carry their published names.
 */
final class PersonNames {

    /** Family names, the common ones repeated so they come up as often as they do in life. */
    private static final List<String> FAMILY = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần",
            "Lê", "Lê", "Phạm", "Huỳnh", "Huỳnh", "Võ", "Phan", "Trương", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lâm", "Lý", "Tô", "Châu", "Quách", "Đoàn", "Thái", "Mai", "Lưu", "Cao");

    private static final List<String> MIDDLE_MALE = List.of("Văn", "Văn", "Văn", "Hữu", "Minh", "Thanh", "Quốc",
            "Hoàng", "Đức", "Công", "Chí", "Tấn", "Trung", "Ngọc", "Phước");

    private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Mỹ",
            "Thu", "Bích", "Hồng", "Phương", "Diễm", "Tuyết");

    private static final List<String> GIVEN_MALE = List.of("An", "Bảo", "Bình", "Cường", "Danh", "Dũng", "Duy",
            "Đạt", "Định", "Đông", "Giang", "Hải", "Hậu", "Hiếu", "Hòa", "Hùng", "Huy", "Khang", "Khải", "Khoa",
            "Kiệt", "Lâm", "Lộc", "Long", "Luân", "Minh", "Nam", "Nghĩa", "Nhân", "Phát", "Phong", "Phúc", "Quang",
            "Quân", "Sang", "Sơn", "Tài", "Tâm", "Tân", "Thắng", "Thành", "Thịnh", "Toàn", "Trí", "Trung", "Tuấn",
            "Vinh", "Vũ");

    private static final List<String> GIVEN_FEMALE = List.of("Anh", "Châu", "Diễm", "Dung", "Duyên", "Giang", "Hà",
            "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My",
            "Nga", "Ngân", "Ngọc", "Nhi", "Nhung", "Oanh", "Phượng", "Quyên", "Tâm", "Thảo", "Thắm", "Thanh",
            "Thủy", "Thư", "Trang", "Trinh", "Tuyền", "Uyên", "Vân", "Xuân", "Yến");

    private final RandomGenerator random;

    PersonNames(RandomGenerator random) {
        this.random = random;
    }

    String next(Sex sex) {
        return pick(FAMILY) + " " + pick(sex == Sex.MALE ? MIDDLE_MALE : MIDDLE_FEMALE) + " "
                + pick(sex == Sex.MALE ? GIVEN_MALE : GIVEN_FEMALE);
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
