package vn.dangvu.organizations.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.organizations.Views.TimelineEntry;
import vn.dangvu.organizations.Views.UnitRef;
import vn.dangvu.organizations.Views.UnitSummary;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.organizations.web.UnitResponses.CountsResponse;
import vn.dangvu.organizations.web.UnitResponses.PageResponse;
import vn.dangvu.organizations.web.UnitResponses.TermResponse;
import vn.dangvu.organizations.web.UnitResponses.TimelineEntryResponse;
import vn.dangvu.organizations.web.UnitResponses.UnitRefResponse;
import vn.dangvu.organizations.web.UnitResponses.UnitResponse;
import vn.dangvu.organizations.web.UnitResponses.UnitSummaryResponse;
import vn.dangvu.platform.UnitAccess;

/**
 * Turns the tree's views into API answers: labels in the caller's language, and links (ids) to
 * other units only where the caller may follow them, so an answer never opens a unit out of reach.
 */
@Component
class UnitJson {

    private final MessageSource messages;
    private final UnitAccess access;

    UnitJson(MessageSource messages, UnitAccess access) {
        this.messages = messages;
        this.access = access;
    }

    UnitResponse unit(UnitView v, Locale locale) {
        UnitRefResponse superior = null;
        if (v.superior() != null && access.canRead(v.superior().value())) {
            superior = new UnitRefResponse(v.superior().value(), null, v.superiorName());
        }
        return new UnitResponse(v.id().value(), v.code(), v.type(), typeName(v.type(), locale), v.name(),
                v.establishedOn(), v.dissolvedOn(), superior, v.asOf(), v.existsOnDate());
    }

    UnitSummaryResponse summary(UnitSummary s, Locale locale) {
        return new UnitSummaryResponse(s.id().value(), s.code(), s.type(), typeName(s.type(), locale), s.name(),
                s.subordinateCount(), s.dissolvedOn());
    }

    <T, R> PageResponse<R> page(Page<T> page, Function<T, R> mapping) {
        return new PageResponse<>(page.items().stream().map(mapping).toList(), page.page(), page.size(), page.total(),
                page.pages());
    }

    CountsResponse counts(UnitId unit, LocalDate asOf, Map<UnitType, Long> counts) {
        return new CountsResponse(unit.value(), asOf, counts,
                counts.values().stream().mapToLong(Long::longValue).sum());
    }

    /** An event of another unit (one established under the reader's unit, say) names it only if the caller may read it. */
    TimelineEntryResponse timelineEntry(TimelineEntry e, Locale locale) {
        boolean named = access.canRead(e.unit().id().value());
        return new TimelineEntryResponse(e.id(), e.kind(), messages.getMessage(e.kind().messageKey(), null, locale),
                e.on(), ref(e.unit()), ref(e.from()), ref(e.to()), named ? e.oldName() : null,
                named ? e.newName() : null, e.decision(), e.note());
    }

    List<TermResponse> terms(List<Term> terms) {
        return terms.stream().map(UnitJson::term).toList();
    }

    static TermResponse term(Term t) {
        return new TermResponse(t.id(), t.unit().value(), t.congress().value(), t.congress().roman(), t.congressOn(),
                t.startYear(), t.endYear(), t.label());
    }

    /** A unit outside the caller's scope is named by nothing: no id, no code, no name. */
    private UnitRefResponse ref(UnitRef ref) {
        if (ref == null) {
            return null;
        }
        return access.canRead(ref.id().value())
                ? new UnitRefResponse(ref.id().value(), ref.code(), ref.name())
                : new UnitRefResponse(null, null, null);
    }

    private String typeName(UnitType type, Locale locale) {
        return messages.getMessage(type.messageKey(), null, locale);
    }
}
