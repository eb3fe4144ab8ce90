package vn.dangvu.members.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.validation.BindingResult;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberHistory;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.organizations.UnitId;

/**
 * The events a user records through the generic event form, each with the fields its form shows.
 * Which kinds are offered for the member's current state is a convenience for the page only: the
 * member's history checks every event against the membership rules when it is recorded.
 */
enum EventKind {
    CANDIDATE_REGISTERED("CandidateRegistered", Field.TARGET_BRANCH),
    AWARENESS_CERTIFIED("AwarenessCertified", Field.CERTIFICATE),
    INTRODUCED("Introduced", Field.INTRODUCERS),
    BRANCH_VOTED("BranchVoted", Field.VOTES, Field.RESOLUTION),
    ADMISSION_DECIDED("AdmissionDecided", Field.DECISION, Field.OVER_AGE, Field.LATE_REASON),
    CEREMONY_HELD("CeremonyHeld", Field.LATE_REASON),
    RECOGNIZED_OFFICIAL("RecognizedOfficial", Field.DECISION, Field.LATE_REASON),
    PROBATION_STRUCK_OFF("ProbationStruckOff", Field.DECISION, Field.REASON),
    CANDIDATE_DROPPED("CandidateDropped", Field.REASON),
    TRANSFERRED("Transferred", Field.TARGET_BRANCH, Field.LETTER),
    TEMPORARILY_TRANSFERRED("TemporarilyTransferred", Field.TARGET_BRANCH, Field.UNTIL, Field.LETTER),
    TEMPORARY_TRANSFER_ENDED("TemporaryTransferEnded"),
    EXEMPTED("Exempted", Field.REASON),
    EXEMPTION_ENDED("ExemptionEnded"),
    DISCIPLINED("Disciplined", Field.DISCIPLINE, Field.DECISION, Field.DECIDED_BY, Field.REASON),
    STRUCK_OFF("StruckOff", Field.DECISION, Field.REASON),
    LEFT_PARTY("LeftParty", Field.DECISION),
    DIED("Died"),
    POST_TAKEN("PostTaken", Field.POST, Field.POST_UNIT),
    POST_LEFT("PostLeft", Field.POST),
    BADGE_AWARDED("BadgeAwarded", Field.BADGE_YEARS, Field.DECISION);

    /** Groups of inputs on the event form; the required ones are checked before the rules run. */
    enum Field {
        CERTIFICATE, INTRODUCERS, VOTES, RESOLUTION, DECISION, OVER_AGE, LATE_REASON, REASON, TARGET_BRANCH,
        POST_UNIT, UNTIL, LETTER, DISCIPLINE, DECIDED_BY, POST, BADGE_YEARS
    }

    private final String kind;
    private final Set<Field> fields;

    EventKind(String kind, Field... fields) {
        this.kind = kind;
        this.fields = fields.length == 0 ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(Arrays.asList(fields));
    }

    /** The event's name as the records and the message bundles know it, such as {@code BranchVoted}. */
    public String kind() {
        return kind;
    }

    public String messageKey() {
        return "member.event." + kind;
    }

    public boolean has(String field) {
        return fields.contains(Field.valueOf(field));
    }

    static Optional<EventKind> of(String kind) {
        return Arrays.stream(values()).filter(k -> k.kind.equals(kind)).findFirst();
    }

    /** What the page offers for the member's state now, in the order of a member's life. */
    static List<EventKind> offeredFor(MemberHistory history) {
        MemberStatus status = history.currentStatus();
        List<EventKind> out = new ArrayList<>();
        if (status == null) {
            return out;
        }
        switch (status) {
            case CANDIDATE -> {
                out.addAll(List.of(AWARENESS_CERTIFIED, INTRODUCED, BRANCH_VOTED));
                if (history.branchVoteOn().isPresent()) {
                    out.add(ADMISSION_DECIDED);
                }
                out.addAll(List.of(CANDIDATE_DROPPED, DIED));
            }
            case PROBATIONARY, OFFICIAL -> {
                if (status == MemberStatus.PROBATIONARY) {
                    out.add(history.ceremonyOn().isEmpty() ? CEREMONY_HELD : RECOGNIZED_OFFICIAL);
                    out.add(PROBATION_STRUCK_OFF);
                }
                out.add(TRANSFERRED);
                out.add(history.hostUnit() == null ? TEMPORARILY_TRANSFERRED : TEMPORARY_TRANSFER_ENDED);
                if (status == MemberStatus.OFFICIAL) {
                    out.add(history.exempt() ? EXEMPTION_ENDED : EXEMPTED);
                }
                out.add(POST_TAKEN);
                if (!history.posts().isEmpty()) {
                    out.add(POST_LEFT);
                }
                if (status == MemberStatus.OFFICIAL) {
                    out.add(BADGE_AWARDED);
                }
                out.add(DISCIPLINED);
                if (status == MemberStatus.OFFICIAL) {
                    out.add(STRUCK_OFF);
                }
                out.addAll(List.of(LEFT_PARTY, DIED));
            }
            case STRUCK_OFF, LEFT, NOT_ADMITTED -> out.add(CANDIDATE_REGISTERED);
            case EXPELLED, DECEASED -> {
                // Re-admission is closed to them (Quy định 232-QĐ/TW); nothing more is recorded.
            }
        }
        return out;
    }

    /** The next step of admission or probation, which the page puts first; empty outside that path. */
    static Optional<EventKind> nextStep(MemberHistory history) {
        MemberStatus status = history.currentStatus();
        if (status == MemberStatus.PROBATIONARY) {
            return Optional.of(history.ceremonyOn().isEmpty() ? CEREMONY_HELD : RECOGNIZED_OFFICIAL);
        }
        if (status != MemberStatus.CANDIDATE) {
            return Optional.empty();
        }
        if (history.certificateOn().isEmpty()) {
            return Optional.of(AWARENESS_CERTIFIED);
        }
        boolean introduced = false;
        for (MemberEvent e : history.events()) {
            introduced = e instanceof MemberEvent.Introduced || introduced && !(e instanceof MemberEvent.CandidateRegistered);
        }
        if (!introduced) {
            return Optional.of(INTRODUCED);
        }
        return Optional.of(history.branchVoteOn().isEmpty() ? BRANCH_VOTED : ADMISSION_DECIDED);
    }

    /** Marks the inputs this kind cannot do without, which the event's own rules do not name. */
    void checkFilled(MemberForms.EventForm form, BindingResult binding) {
        if (fields.contains(Field.INTRODUCERS)) {
            missing(form.firstIntroducer(), "firstIntroducer", CHOOSE, binding);
            missing(form.secondIntroducer(), "secondIntroducer", CHOOSE, binding);
        }
        if (fields.contains(Field.VOTES)) {
            missing(form.votesFor(), "votesFor", TYPE, binding);
            missing(form.votesTotal(), "votesTotal", TYPE, binding);
        }
        if (fields.contains(Field.TARGET_BRANCH)) {
            missing(form.targetUnit(), "targetUnit", CHOOSE, binding);
        }
        if (fields.contains(Field.DISCIPLINE)) {
            missing(form.disciplineForm(), "disciplineForm", CHOOSE, binding);
        }
        if (fields.contains(Field.POST)) {
            missing(form.post(), "post", CHOOSE, binding);
        }
        if (fields.contains(Field.BADGE_YEARS)) {
            missing(form.years(), "years", CHOOSE, binding);
        }
    }

    private static final String TYPE = "validation.required";
    private static final String CHOOSE = "members.form.choose-required";

    private static void missing(Object value, String field, String messageKey, BindingResult binding) {
        if (value == null && !binding.hasFieldErrors(field)) {
            binding.rejectValue(field, messageKey);
        }
    }

    /** The event the form describes; {@code memberUnit} is where a post is held when no other unit is chosen. */
    MemberEvent toEvent(MemberForms.EventForm f, UnitId memberUnit) {
        var on = f.on();
        return switch (this) {
            case CANDIDATE_REGISTERED -> new MemberEvent.CandidateRegistered(on, unit(f.targetUnit()));
            case AWARENESS_CERTIFIED -> new MemberEvent.AwarenessCertified(on, text(f.certificateNumber()));
            case INTRODUCED -> new MemberEvent.Introduced(on, new MemberId(f.firstIntroducer()),
                    new MemberId(f.secondIntroducer()));
            case BRANCH_VOTED -> new MemberEvent.BranchVoted(on, f.votesFor(), f.votesTotal(), text(f.resolutionNumber()));
            case ADMISSION_DECIDED -> new MemberEvent.AdmissionDecided(on, text(f.decisionNumber()),
                    text(f.overAgeDecision()), text(f.lateReason()));
            case CEREMONY_HELD -> new MemberEvent.CeremonyHeld(on, text(f.lateReason()));
            case RECOGNIZED_OFFICIAL -> new MemberEvent.RecognizedOfficial(on, text(f.decisionNumber()),
                    text(f.lateReason()));
            case PROBATION_STRUCK_OFF -> new MemberEvent.ProbationStruckOff(on, text(f.decisionNumber()),
                    text(f.reason()));
            case CANDIDATE_DROPPED -> new MemberEvent.CandidateDropped(on, text(f.reason()));
            case TRANSFERRED -> new MemberEvent.Transferred(on, unit(f.targetUnit()), text(f.letterNumber()));
            case TEMPORARILY_TRANSFERRED -> new MemberEvent.TemporarilyTransferred(on, unit(f.targetUnit()), f.until(),
                    text(f.letterNumber()));
            case TEMPORARY_TRANSFER_ENDED -> new MemberEvent.TemporaryTransferEnded(on);
            case EXEMPTED -> new MemberEvent.Exempted(on, text(f.reason()));
            case EXEMPTION_ENDED -> new MemberEvent.ExemptionEnded(on);
            case DISCIPLINED -> new MemberEvent.Disciplined(on, f.disciplineForm(), text(f.decisionNumber()),
                    text(f.decidedBy()), text(f.reason()));
            case STRUCK_OFF -> new MemberEvent.StruckOff(on, text(f.decisionNumber()), text(f.reason()));
            case LEFT_PARTY -> new MemberEvent.LeftParty(on, text(f.decisionNumber()));
            case DIED -> new MemberEvent.Died(on);
            case POST_TAKEN -> new MemberEvent.PostTaken(on, f.post(),
                    f.targetUnit() == null ? memberUnit : new UnitId(f.targetUnit()));
            case POST_LEFT -> new MemberEvent.PostLeft(on, f.post());
            case BADGE_AWARDED -> new MemberEvent.BadgeAwarded(on, f.years(), text(f.decisionNumber()));
        };
    }

    private static UnitId unit(Long id) {
        return id == null ? null : new UnitId(id);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
