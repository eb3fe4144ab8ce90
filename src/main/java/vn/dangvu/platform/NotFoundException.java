package vn.dangvu.platform;

/** A record that does not exist, or that the user may not see: both answer 404 alike. */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final Object id;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public Object id() {
        return id;
    }
}
