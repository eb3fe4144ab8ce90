package vn.dangvu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The ids of an entry about many records, as the text of an int8multirange. */
class AuditRangesTest {

    @Test
    void runsOfConsecutiveIdsBecomeClosedRangesInOrder() {
        assertThat(AuditLog.ranges(List.of(7L, 1L, 2L, 3L, 9L, 8L, 20L))).isEqualTo("{[1,3],[7,9],[20,20]}");
    }

    @Test
    void anIdTwiceIsOneIdAndNoIdsIsTheEmptyMultirange() {
        assertThat(AuditLog.ranges(List.of(5L, 5L, 6L))).isEqualTo("{[5,6]}");
        assertThat(AuditLog.ranges(List.of())).isEqualTo("{}");
    }
}
