package vn.dangvu.members;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MembersConfiguration {

    /** Extra days off the Government declares (e.g. a bridged Tết), as ISO dates in {@code dangvu.membership.extra-holidays}. */
    @Bean
    WorkingDays workingDays(@Value("${dangvu.membership.extra-holidays:}") List<LocalDate> extraHolidays) {
        return new WorkingDays(extraHolidays);
    }
}
