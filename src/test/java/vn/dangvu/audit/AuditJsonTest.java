package vn.dangvu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The entries' JSON: the keys in the order jsonb stores them, the values as before. */
class AuditJsonTest {

    @Test
    void keysComeShorterFirstThenBytewiseAsJsonbKeepsThem() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("fullName", "Nguyễn \"Văn\" An");
        after.put("on", LocalDate.of(2025, 9, 2));
        after.put("branch", 12L);
        after.put("admittedOn", null);
        after.put("ceremonyOn", List.of(1, 2));
        after.put("ảnh", true);
        after.put("zz", Map.of("b", 1));
        assertThat(AuditLog.json(after)).isEqualTo("{\"on\":\"2025-09-02\",\"zz\":{\"b\":1},\"ảnh\":true,"
                + "\"branch\":12,\"fullName\":\"Nguyễn \\\"Văn\\\" An\",\"admittedOn\":null,\"ceremonyOn\":[1,2]}");
    }

    @Test
    void nestedObjectsAreOrderedToo() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("value", 3);
        inner.put("id", 4);
        assertThat(AuditLog.json(Map.of("unit", inner))).isEqualTo("{\"unit\":{\"id\":4,\"value\":3}}");
    }
}
