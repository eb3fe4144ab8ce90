package vn.dangvu.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value entered by hand for the period it covers; it counts from the period's last day on. */
public record ManualValue(long id, long targetId, LocalDate from, LocalDate to, BigDecimal value, String note) {
}
