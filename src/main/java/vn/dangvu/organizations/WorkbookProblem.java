package vn.dangvu.organizations;

/** A file that cannot be read as an organization workbook at all; the message key says why to the user. */
class WorkbookProblem extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    WorkbookProblem(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    WorkbookProblem(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = new Object[0];
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
