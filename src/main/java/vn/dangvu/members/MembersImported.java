package vn.dangvu.members;

import java.util.List;

/**
 * Many records opened at once by an import: each as its own {@link MemberEventRecorded}, published
 * together so that listeners (the audit log) can write them in bulk, one entry per member all the same.
 */
public record MembersImported(List<MemberEventRecorded> records) {

    public MembersImported {
        records = List.copyOf(records);
    }
}
