package vn.dangvu.platform;

/**
 * Personal data left Dangvu in a file (Law 91/2025/QH15 on personal data protection): {@code what}
 * names the list (such as {@code member-list}), {@code unitId} the unit whose people it holds and
 * {@code rows} how many. The audit module records who exported it.
 */
public record PersonalDataExported(String what, long unitId, int rows) {
}
