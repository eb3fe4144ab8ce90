package vn.dangvu.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Helpers for message arguments: a label to translate in place, and dates as Vietnamese write them. */
public final class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Labels() {
    }

    /** A message argument that is itself translated, such as a unit type's name. */
    public static MessageSourceResolvable key(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
