package vn.dangvu.members;

import java.util.List;

/**
 * Many records opened at once by an import: each as its own {@link MemberEventRecorded}, published
 * together once the whole file is written, in the import's transaction. The audit log does not wait for
 * it: its entry per member is written with the rows, through {@link ImportedRecordsCopy}.
 */
public record MembersImported(List<MemberEventRecorded> records) {

    public MembersImported {
        records = List.copyOf(records);
    }
}
