package vn.dangvu.members;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Rows another module keeps of every record an import opens (the audit log's entry per member), written
 * by the import's writer with the members' own rows: on the import's connection and in its transaction,
 * chunk by chunk while the rest of the file is still being checked, so that they cost no time after the
 * last row and are rolled back with the import when any row is refused. {@link MembersImported} is
 * still published once the whole file is written, for listeners that want the records afterwards.
 */
public interface ImportedRecordsCopy {

    /** Called once per import on the importing thread, inside its transaction (who imports is known there). */
    Rows start();

    interface Rows {

        /** The {@code copy … from stdin} statement the lines are for. */
        String copy();

        /** Appends the COPY text lines for these records to {@code out}; called on the writer's own thread. */
        void write(List<MemberEventRecorded> records, ByteArrayOutputStream out);
    }
}
