package vn.dangvu.members;

public enum Sex {
    MALE, FEMALE;

    public String messageKey() {
        return "member.sex." + name();
    }
}
