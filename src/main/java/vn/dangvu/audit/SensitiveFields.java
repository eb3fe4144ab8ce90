package vn.dangvu.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;

/**
 * Shows a sensitive field in clear to a user who holds {@link Permission#REVEAL_SENSITIVE} over the
 * record's unit and asks for it, and records that view. A record out of the user's reach answers as
 * not found; one they may read but not reveal answers as forbidden.
 */
@Service
public class SensitiveFields {

    private final List<SensitiveFieldSource> sources;
    private final UnitAccess access;
    private final AuditLog log;

    SensitiveFields(List<SensitiveFieldSource> sources, UnitAccess access, AuditLog log) {
        this.sources = sources;
        this.access = access;
        this.log = log;
    }

    @Transactional
    public String reveal(String recordType, String recordId, String field) {
        var source = sources.stream().filter(s -> s.recordType().equals(recordType)).findFirst()
                .orElseThrow(() -> new NotFoundException(recordType, recordId));
        var found = source.find(recordId, field).orElseThrow(() -> new NotFoundException(recordType, recordId));
        access.check(Permission.REVEAL_SENSITIVE, found.unitId());
        log.record(AuditLog.REVEALED, recordType, recordId, Set.of(found.unitId()), null, Map.of("field", field));
        return found.value().clear();
    }

    /** Whether the user may ask to see fields of this unit's records in clear (to show the button). */
    public boolean mayReveal(long unitId) {
        return access.can(Permission.REVEAL_SENSITIVE, unitId);
    }
}
