package vn.dangvu.members.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.members.DisciplineForm;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.PartyPost;
import vn.dangvu.members.web.MemberRequests.EventBody;
import vn.dangvu.organizations.UnitId;

/** The JSON shape of events: one kind per domain event, read and written the same way. */
class MemberRequestsTest {

    private static final LocalDate DAY = LocalDate.of(2016, 6, 20);
    private static final UnitId UNIT = UnitId.of(7);
    private static final MemberId MEMBER = new MemberId(11);

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void everyKindOfMemberEventHasAJsonKindOfTheSameName() {
        List<String> domainKinds = Arrays.stream(MemberEvent.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .toList();
        List<String> jsonKinds = Arrays.stream(EventBody.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::name).toList();
        assertThat(jsonKinds).containsExactlyInAnyOrderElementsOf(domainKinds);
        for (JsonSubTypes.Type type : EventBody.class.getAnnotation(JsonSubTypes.class).value()) {
            assertThat(type.value().getSimpleName()).isEqualTo(type.name());
        }
    }

    @Test
    void readsTheEventABranchOfficeSendsAsTheDomainEvent() {
        EventBody body = mapper.readValue("""
                {"kind": "AdmissionDecided", "on": "2016-06-20", "decisionNumber": "123-QĐ/ĐU", "lateReason": null}
                """, EventBody.class);
        assertThat(body.toEvent()).isEqualTo(new MemberEvent.AdmissionDecided(DAY, "123-QĐ/ĐU", null, null));

        EventBody introduced = mapper.readValue("""
                {"kind": "Introduced", "on": "2016-06-20", "firstIntroducerId": 11, "secondIntroducerId": 12}
                """, EventBody.class);
        assertThat(introduced.toEvent()).isEqualTo(new MemberEvent.Introduced(DAY, MEMBER, new MemberId(12)));
        assertThat(introduced.memberIds()).containsExactly(11L, 12L);
        assertThat(mapper.readValue("""
                {"kind": "Transferred", "on": "2016-06-20", "toId": 7}""", EventBody.class).unitIds())
                .containsExactly(7L);
    }

    @Test
    void everyEventComesBackAsItWasRecorded() {
        List<MemberEvent> events = List.of(
                new MemberEvent.RecordOpened(DAY, UNIT, DAY.minusYears(3), DAY.minusYears(3), DAY.minusYears(2)),
                new MemberEvent.CandidateRegistered(DAY, UNIT),
                new MemberEvent.AwarenessCertified(DAY, "GCN-1"),
                new MemberEvent.Introduced(DAY, MEMBER, new MemberId(12)),
                new MemberEvent.BranchVoted(DAY, 5, 6, "NQ-2"),
                new MemberEvent.AdmissionDecided(DAY, "QĐ-3", "QĐ-TU", "late"),
                new MemberEvent.CeremonyHeld(DAY, null),
                new MemberEvent.RecognizedOfficial(DAY, "QĐ-4", null),
                new MemberEvent.ProbationStruckOff(DAY, "QĐ-5", "unfit"),
                new MemberEvent.CandidateDropped(DAY, "moved away"),
                new MemberEvent.Transferred(DAY, UNIT, "GGT-6"),
                new MemberEvent.TemporarilyTransferred(DAY, UNIT, DAY.plusMonths(6), "GGT-7"),
                new MemberEvent.TemporaryTransferEnded(DAY),
                new MemberEvent.Exempted(DAY, "ill"),
                new MemberEvent.ExemptionEnded(DAY),
                new MemberEvent.Disciplined(DAY, DisciplineForm.WARNING, "QĐ-8", "UBKT", "reason"),
                new MemberEvent.StruckOff(DAY, "QĐ-9", "dues"),
                new MemberEvent.LeftParty(DAY, "QĐ-10"),
                new MemberEvent.Died(DAY),
                new MemberEvent.PostTaken(DAY, PartyPost.SECRETARY, UNIT),
                new MemberEvent.PostLeft(DAY, PartyPost.SECRETARY),
                new MemberEvent.BadgeAwarded(DAY, 30, "QĐ-11"));
        assertThat(events).extracting(MemberEvent::kind).doesNotHaveDuplicates()
                .hasSize(MemberEvent.class.getPermittedSubclasses().length);
        for (MemberEvent event : events) {
            EventBody body = EventBody.of(event, UnitId::value, MemberId::value);
            String json = mapper.writeValueAsString(body);
            assertThat(json).as(json).contains("\"kind\":\"" + event.kind() + "\"");
            assertThat(mapper.readValue(json, EventBody.class).toEvent()).as(json).isEqualTo(event);
        }
    }

    @Test
    void unitsAndMembersOutOfReachAreLeftOutOfARecordedEvent() {
        Function<UnitId, Long> hidden = u -> null;
        EventBody transfer = EventBody.of(new MemberEvent.Transferred(DAY, UNIT, "GGT"), hidden, MemberId::value);
        assertThat(mapper.writeValueAsString(transfer)).contains("\"toId\":null").doesNotContain("7");
        EventBody introduced = EventBody.of(new MemberEvent.Introduced(DAY, MEMBER, new MemberId(12)), UnitId::value,
                m -> m.value() == 12 ? null : m.value());
        assertThat(((EventBody.Introduced) introduced).secondIntroducerId()).isNull();
        assertThat(((EventBody.Introduced) introduced).firstIntroducerId()).isEqualTo(11L);
    }
}
