package vn.dangvu.members.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.MessageSource;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.MemberViews.MemberSummary;
import vn.dangvu.members.MemberViews.MemberView;
import vn.dangvu.members.MemberViews.Reminder;
import vn.dangvu.members.MemberViews.ReminderKind;
import vn.dangvu.members.MemberViews.SearchPage;
import vn.dangvu.members.Sex;
import vn.dangvu.members.web.MemberRequests.EventBody;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.platform.UnitAccess;

/** What the API answers about members: the directory's views with translated labels, dates in ISO format. */
final class MemberResponses {

    private MemberResponses() {
    }

    @Schema(description = "A member's record; the identity number only masked (POST …/identity-number/reveal shows it)")
    record MemberResponse(long id, String fullName, Sex sex, String sexName, LocalDate birthDate, String ethnicity,
            String religion, String hometown, String address,
            @Schema(example = "092******123") String identityNumberMasked, boolean hasIdentityNumber,
            String education, String theoryLevel, String occupation, String workplace, String partyCardNumber,
            String phone, String email, MemberStatus status, String statusName,
            @Schema(description = "The branch the member belongs to") UnitRef unit,
            @Schema(description = "Where the member meets during a temporary transfer") UnitRef hostUnit,
            boolean exempt, LocalDate admittedOn, LocalDate ceremonyOn, LocalDate probationEndsOn,
            @Schema(description = "Party age counts from this day, interruptions added back") LocalDate partyAgeFrom,
            List<Integer> badges) {
    }

    record MemberSummaryResponse(long id, String fullName, Sex sex, String sexName, LocalDate birthDate,
            MemberStatus status, String statusName, UnitRef unit, LocalDate admittedOn, LocalDate partyAgeFrom,
            boolean exempt) {
    }

    @Schema(description = "A unit named in an answer; id and name are left out when the caller may not open it")
    record UnitRef(Long id, String name) {
    }

    record PageResponse<T>(List<T> items, int page, int size, long total, int pages) {
    }

    @Schema(description = "People found by name. The search counts matches up to 1,000: when more match, "
            + "more is true, total is 1,000 and the pages go that far; summary says it in the caller's language")
    record SearchPageResponse(List<MemberSummaryResponse> items, int page, int size,
            @Schema(description = "How many match; a lower bound when more is true") long total,
            @Schema(description = "More people match than total") boolean more, int pages,
            @Schema(example = "Tìm thấy hơn 1.000 người.") String summary) {
    }

    @Schema(description = "How many people of each status belong anywhere under the unit on asOf, itself included; "
            + "members counts probationary and official members")
    record MemberCountsResponse(long unitId, LocalDate asOf, Map<MemberStatus, Long> counts, long members) {
    }

    @Schema(description = "An event of the member's life, with the branch they were counted in then")
    record MemberTimelineEntryResponse(int seq, String kind, String kindName, LocalDate on, UnitRef unit,
            EventBody event) {
    }

    record ReminderResponse(ReminderKind kind, String kindName, long memberId, String fullName, String unitName,
            @Schema(description = "The deadline, or the day the badge is presented") LocalDate due,
            Integer badgeYears) {
    }

    @Schema(description = "The identity number in clear; null when the record has none")
    record IdentityNumberResponse(long memberId, String identityNumber) {
    }

    /** Labels in the caller's language. */
    record Texts(MessageSource messages, Locale locale) {
        String get(String key) {
            return messages.getMessage(key, null, key, locale);
        }

        String get(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }
    }

    static MemberResponse member(MemberView v, UnitRef hostUnit, Texts texts) {
        return new MemberResponse(v.id().value(), v.fullName(), v.sex(), texts.get(v.sex().messageKey()),
                v.birthDate(), v.ethnicity(), v.religion(), v.hometown(), v.address(), v.identityNumberMasked(),
                v.hasIdentityNumber(), v.education(), v.theoryLevel(), v.occupation(), v.workplace(),
                v.partyCardNumber(), v.phone(), v.email(), v.status(), texts.get(v.status().messageKey()),
                new UnitRef(v.unit().value(), v.unitName()), hostUnit, v.exempt(), v.admittedOn(), v.ceremonyOn(),
                v.probationEndsOn(), v.partyAgeFrom(), v.badges());
    }

    /** A unit outside the caller's scope is named by nothing: no id, no name. */
    static UnitRef unitRef(UnitId unit, Function<UnitId, String> name, UnitAccess access) {
        if (unit == null) {
            return null;
        }
        return access.canRead(unit.value()) ? new UnitRef(unit.value(), name.apply(unit)) : new UnitRef(null, null);
    }

    static MemberSummaryResponse summary(MemberSummary s, Texts texts) {
        return new MemberSummaryResponse(s.id().value(), s.fullName(), s.sex(), texts.get(s.sex().messageKey()),
                s.birthDate(), s.status(), texts.get(s.status().messageKey()), new UnitRef(s.unit().value(), s.unitName()),
                s.admittedOn(), s.partyAgeFrom(), s.exempt());
    }

    static <T, R> PageResponse<R> page(Page<T> page, Function<T, R> mapping) {
        return new PageResponse<>(page.items().stream().map(mapping).toList(), page.page(), page.size(), page.total(),
                page.pages());
    }

    static SearchPageResponse search(SearchPage page, Texts texts) {
        String line = page.more() ? texts.get("members.search.foundMore", page.total())
                : page.total() == 0 ? texts.get("members.search.foundNone") : texts.get("members.search.found", page.total());
        return new SearchPageResponse(page.items().stream().map(s -> summary(s, texts)).toList(), page.page(),
                page.size(), page.total(), page.more(), page.pages(), line);
    }

    static ReminderResponse reminder(Reminder r, Texts texts) {
        return new ReminderResponse(r.kind(), texts.get(r.kind().messageKey()), r.member().value(), r.fullName(),
                r.unitName(), r.due(), r.badgeYears());
    }
}
