package vn.dangvu.ratings;

/** The four levels of Quy định 366-QĐ/TW, best first. */
public enum RatingLevel {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ. */
    FAILED;

    public String messageKey() {
        return "rating.level." + name();
    }

    public boolean goodOrBetter() {
        return this == EXCELLENT || this == GOOD;
    }
}
