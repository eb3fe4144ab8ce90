package vn.dangvu.organizations;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangvu.platform.VietnameseText;

/**
 * Unit types as people write them in a workbook: the labels of the {@code unit.type.*} messages (so
 * they are defined in one place), matched without regard to case or diacritics, or the type's code name.
 */
@Component
class UnitTypeNames {

    static final List<Locale> WORKBOOK_LOCALES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    private final MessageSource messages;
    private volatile Map<String, UnitType> byFoldedName;

    UnitTypeNames(MessageSource messages) {
        this.messages = messages;
    }

    Optional<UnitType> parse(String written) {
        return Optional.ofNullable(names().get(VietnameseText.fold(written)));
    }

    String label(UnitType type, Locale locale) {
        return messages.getMessage(type.messageKey(), null, type.name(), locale);
    }

    Map<UnitType, String> labels(Locale locale) {
        Map<UnitType, String> labels = new EnumMap<>(UnitType.class);
        for (UnitType type : UnitType.values()) {
            labels.put(type, label(type, locale));
        }
        return labels;
    }

    /** "Đảng bộ cơ sở, Chi bộ cơ sở, …": what an unknown type's message offers instead. */
    String allowed(Locale locale) {
        return labels(locale).values().stream().collect(Collectors.joining(", "));
    }

    private Map<String, UnitType> names() {
        Map<String, UnitType> names = byFoldedName;
        if (names == null) {
            names = new HashMap<>();
            for (UnitType type : UnitType.values()) {
                names.put(VietnameseText.fold(type.name()), type);
                for (Locale locale : WORKBOOK_LOCALES) {
                    names.putIfAbsent(VietnameseText.fold(label(type, locale)), type);
                }
            }
            byFoldedName = Map.copyOf(names);
        }
        return names;
    }
}
