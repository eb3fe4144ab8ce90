package vn.dangvu.audit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import vn.dangvu.platform.SensitiveValue;

/**
 * Records with a sensitive field, standing in for members until they exist: tests put an identity
 * number under a unit and reveal it through {@link SensitiveFields}, the page or the API.
 */
@Component
public class FakeSensitiveRecords implements SensitiveFieldSource {

    public static final String TYPE = "test-member";
    public static final String FIELD = "identityNumber";

    private final Map<String, SensitiveField> records = new ConcurrentHashMap<>();

    public void put(String recordId, long unitId, String identityNumber) {
        records.put(recordId, new SensitiveField(unitId, SensitiveValue.of(identityNumber)));
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public Optional<SensitiveField> find(String recordId, String field) {
        return FIELD.equals(field) ? Optional.ofNullable(records.get(recordId)) : Optional.empty();
    }
}
