package vn.dangvu.members;

/** The identity of a person in the member records (candidates included). */
public record MemberId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
