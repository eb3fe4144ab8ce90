package vn.dangvu.members.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;

import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;
import vn.dangvu.members.DisciplineForm;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.PartyPost;
import vn.dangvu.organizations.UnitId;

class EventKindTest {

    static final MemberForms.EventForm FULL = new MemberForms.EventForm(LocalDate.of(2024, 5, 6), "GCN-1", 1L, 2L, 5, 6,
            "NQ-1", "QĐ-1", "QĐ-TW", "trễ", "lý do", 9L, LocalDate.of(2024, 12, 31), "GGT-1", DisciplineForm.WARNING,
            "UBKT", PartyPost.SECRETARY, 30);

    @Test
    void everyEventOfAMembersLifeButTheOpeningOfARecordHasAForm() {
        var recorded = Arrays.stream(MemberEvent.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .filter(name -> !name.equals("RecordOpened")).toList();
        assertThat(Arrays.stream(EventKind.values()).map(EventKind::kind).toList())
                .containsExactlyInAnyOrderElementsOf(recorded);
    }

    @Test
    void eachFormBuildsTheEventOfItsKindWithWhatWasTyped() {
        for (EventKind kind : EventKind.values()) {
            MemberEvent event = kind.toEvent(FULL, new UnitId(3));
            assertThat(event.kind()).isEqualTo(kind.kind());
            assertThat(event.on()).isEqualTo(FULL.on());
        }
        assertThat(EventKind.BRANCH_VOTED.toEvent(FULL, new UnitId(3)))
                .isEqualTo(new MemberEvent.BranchVoted(FULL.on(), 5, 6, "NQ-1"));
        assertThat(EventKind.TRANSFERRED.toEvent(FULL, new UnitId(3)))
                .isEqualTo(new MemberEvent.Transferred(FULL.on(), new UnitId(9), "GGT-1"));
    }

    @Test
    void aPostIsHeldInTheMembersOwnBranchUnlessAnotherUnitIsChosen() {
        var noUnit = new MemberForms.EventForm(FULL.on(), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, PartyPost.DEPUTY_SECRETARY, null);
        assertThat(EventKind.POST_TAKEN.toEvent(noUnit, new UnitId(3)))
                .isEqualTo(new MemberEvent.PostTaken(FULL.on(), PartyPost.DEPUTY_SECRETARY, new UnitId(3)));
    }

    @Test
    void blankTextsBecomeAbsentSoTheRulesAskForThem() {
        var blank = new MemberForms.EventForm(FULL.on(), "  ", null, null, null, null, null, " ", null, null, null, null,
                null, null, null, null, null, null);
        assertThat(EventKind.AWARENESS_CERTIFIED.toEvent(blank, new UnitId(3)))
                .isEqualTo(new MemberEvent.AwarenessCertified(FULL.on(), null));
    }

    @Test
    void requiredChoicesAndNumbersAreMarkedBeforeTheRulesRun() {
        var empty = MemberForms.EventForm.on(FULL.on());
        var binding = new MapBindingResult(new HashMap<>(), "form");
        EventKind.BRANCH_VOTED.checkFilled(empty, binding);
        assertThat(binding.getFieldErrors()).extracting(e -> e.getField() + ":" + e.getCode())
                .containsExactlyInAnyOrder("votesFor:validation.required", "votesTotal:validation.required");

        var introducers = new MapBindingResult(new HashMap<>(), "form");
        EventKind.INTRODUCED.checkFilled(empty, introducers);
        assertThat(introducers.getFieldErrors()).extracting(e -> e.getField() + ":" + e.getCode())
                .containsExactlyInAnyOrder("firstIntroducer:members.form.choose-required",
                        "secondIntroducer:members.form.choose-required");

        var none = new MapBindingResult(new HashMap<>(), "form");
        EventKind.DIED.checkFilled(empty, none);
        assertThat(none.hasErrors()).isFalse();
    }

    @Test
    void kindsAreFoundByTheNameTheRecordsUse() {
        assertThat(EventKind.of("RecognizedOfficial")).contains(EventKind.RECOGNIZED_OFFICIAL);
        assertThat(EventKind.of("RecordOpened")).isEmpty();
        assertThat(EventKind.of("recognizedofficial")).isEmpty();
    }
}
