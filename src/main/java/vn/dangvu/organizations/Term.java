package vn.dangvu.organizations;

import java.time.LocalDate;

/** A term (nhiệm kỳ) of a unit, opened by its numbered congress: "nhiệm kỳ 2020–2025, Đại hội lần thứ XVI". */
public record Term(long id, UnitId unit, CongressNumber congress, LocalDate congressOn, int startYear, int endYear) {

    public String label() {
        return startYear + "–" + endYear;
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return startYear < otherEnd && otherStart < endYear;
    }
}
