package vn.dangvu.audit;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.accounts.Actor;
import vn.dangvu.members.ImportedRecordsCopy;
import vn.dangvu.members.MemberEventRecorded;

/**
 * The audit entries of an import: for each member the entry {@link MemberListeners} writes when the
 * registry opens a record, by the user who imports, sent by the import's writer with the members' rows
 * (in its transaction, chunk by chunk while the file is still being checked) instead of after the last one.
 */
@Component
class ImportedMemberEntries implements ImportedRecordsCopy {

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Rows start() {
        Actor actor = Actor.current();
        return new Rows() {
            @Override
            public String copy() {
                return AuditLog.COPY;
            }

            @Override
            public void write(List<MemberEventRecorded> records, ByteArrayOutputStream out) {
                List<AuditLog.Entry> entries = new ArrayList<>(records.size());
                for (MemberEventRecorded recorded : records) {
                    entries.add(MemberListeners.entry(recorded));
                }
                AuditLog.copyLines(actor, MemberListeners.MEMBER, entries, out);
            }
        };
    }
}
