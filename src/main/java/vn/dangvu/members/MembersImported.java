package vn.dangvu.members;

import java.util.List;

/**
 * Many records opened at once by an import: each as its own {@link MemberEventRecorded}, published
 * together once the whole file is written, in the import's transaction: one act, which the audit log
 * records as one entry naming every record.
 */
public record MembersImported(List<MemberEventRecorded> records) {

    public MembersImported {
        records = List.copyOf(records);
    }
}
