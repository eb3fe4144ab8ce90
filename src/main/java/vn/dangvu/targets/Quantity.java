package vn.dangvu.targets;

/** What a target's goal counts. */
public enum Quantity {
    /** A number of people or units ("kết nạp 110 đảng viên"). */
    COUNT,
    /** A percentage ("90% đảng viên hoàn thành tốt nhiệm vụ trở lên"). */
    PERCENT,
    /** A sum of money, in the unit the target names ("triệu đồng"). */
    MONEY,
    /** Any other quantity, in the unit the target names. */
    OTHER;

    public String messageKey() {
        return "target.quantity." + name();
    }
}
