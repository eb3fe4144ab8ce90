package vn.dangvu.members;

import java.util.List;

import vn.dangvu.organizations.UnitId;

/**
 * Many records opened at once by an import, published together once the whole file is written, in the
 * import's transaction: one act, which the audit log records as one entry naming every record. Each
 * record's values are in its row and its {@code RecordOpened} event; the event names only who, where
 * and as what, so that an import of a hundred thousand people does not hold every profile in memory
 * until it ends.
 */
public record MembersImported(List<Opened> records) {

    public MembersImported {
        records = List.copyOf(records);
    }

    /** A record the import opened: the member, the unit they count in, and their status on the day. */
    public record Opened(MemberId member, UnitId unit, MemberStatus status) {
    }
}
