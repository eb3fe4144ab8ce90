package vn.dangvu.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Dates and times as Vietnamese write them, for templates: {@code ${@fmt.dateTime(entry.at)}}. */
@Component("fmt")
public class TemplateFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ClockConfiguration.VIETNAM);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(LocalDate date) {
        return Labels.date(date);
    }
}
