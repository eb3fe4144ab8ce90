package vn.dangvu.members.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberViews.TimelineEntry;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.Labels;

/**
 * One event of a member's timeline as the page shows it: its kind, date, branch and the key facts
 * of the event. Names of people and units outside the reader's scope come in already replaced.
 */
record TimelineLine(int seq, String kind, LocalDate on, String unitName, List<Detail> details) {

    /**
     * A labelled fact. {@code text} is shown as typed; otherwise {@code valueKey} is translated with
     * {@code valueArgument}.
     */
    record Detail(String labelKey, String text, String valueKey, Object valueArgument) {

        static Detail text(String labelKey, String text) {
            return new Detail(labelKey, text, null, null);
        }

        static Detail translated(String labelKey, String valueKey, Object argument) {
            return new Detail(labelKey, null, valueKey, argument);
        }
    }

    public String messageKey() {
        return "member.event." + kind;
    }

    /** The line naming {@code unitName} as the branch, except on a transfer, whose details name it already. */
    TimelineLine withUnit(String unitName, MemberEvent event) {
        return new TimelineLine(seq, kind, on, event instanceof MemberEvent.Transferred ? null : unitName, details);
    }

    static TimelineLine of(TimelineEntry entry, Function<UnitId, String> unitName, Function<MemberId, String> memberName) {
        List<Detail> d = new ArrayList<>();
        switch (entry.event()) {
            case MemberEvent.RecordOpened e -> {
                date(d, "members.detail.admittedOn", e.admittedOn());
                date(d, "members.detail.ceremonyOn", e.ceremonyOn());
                date(d, "members.detail.officialFrom", e.officialFrom());
            }
            case MemberEvent.CandidateRegistered e -> { }
            case MemberEvent.AwarenessCertified e -> text(d, "members.detail.certificateNumber", e.certificateNumber());
            case MemberEvent.Introduced e -> {
                text(d, "members.detail.firstIntroducer", memberName.apply(e.first()));
                text(d, "members.detail.secondIntroducer", memberName.apply(e.second()));
            }
            case MemberEvent.BranchVoted e -> {
                d.add(Detail.text("members.detail.votes", e.votesFor() + "/" + e.votesTotal()));
                text(d, "members.detail.resolutionNumber", e.resolutionNumber());
            }
            case MemberEvent.AdmissionDecided e -> {
                text(d, "members.detail.decisionNumber", e.decisionNumber());
                text(d, "members.detail.overAgeDecision", e.overAgeDecision());
                text(d, "members.detail.lateReason", e.lateReason());
            }
            case MemberEvent.CeremonyHeld e -> text(d, "members.detail.lateReason", e.lateReason());
            case MemberEvent.RecognizedOfficial e -> {
                text(d, "members.detail.decisionNumber", e.decisionNumber());
                text(d, "members.detail.lateReason", e.lateReason());
            }
            case MemberEvent.ProbationStruckOff e -> {
                text(d, "members.detail.decisionNumber", e.decisionNumber());
                text(d, "members.detail.reason", e.reason());
            }
            case MemberEvent.CandidateDropped e -> text(d, "members.detail.reason", e.reason());
            case MemberEvent.Transferred e -> {
                text(d, "members.detail.transferredTo", unitName.apply(e.to()));
                text(d, "members.detail.letterNumber", e.letterNumber());
            }
            case MemberEvent.TemporarilyTransferred e -> {
                text(d, "members.detail.transferredTo", unitName.apply(e.to()));
                date(d, "members.detail.until", e.until());
                text(d, "members.detail.letterNumber", e.letterNumber());
            }
            case MemberEvent.TemporaryTransferEnded e -> { }
            case MemberEvent.Exempted e -> text(d, "members.detail.reason", e.reason());
            case MemberEvent.ExemptionEnded e -> { }
            case MemberEvent.Disciplined e -> {
                if (e.form() != null) {
                    d.add(Detail.translated("members.detail.disciplineForm", e.form().messageKey(), null));
                }
                text(d, "members.detail.decisionNumber", e.decisionNumber());
                text(d, "members.detail.decidedBy", e.decidedBy());
                text(d, "members.detail.reason", e.reason());
            }
            case MemberEvent.StruckOff e -> {
                text(d, "members.detail.decisionNumber", e.decisionNumber());
                text(d, "members.detail.reason", e.reason());
            }
            case MemberEvent.LeftParty e -> text(d, "members.detail.decisionNumber", e.decisionNumber());
            case MemberEvent.Died e -> { }
            case MemberEvent.PostTaken e -> {
                d.add(Detail.translated("members.detail.post", e.post().messageKey(), null));
                text(d, "members.detail.postUnit", unitName.apply(e.unit()));
            }
            case MemberEvent.PostLeft e -> d.add(Detail.translated("members.detail.post", e.post().messageKey(), null));
            case MemberEvent.BadgeAwarded e -> {
                d.add(Detail.translated("members.detail.badge", "members.badge.yearsShort", e.years()));
                text(d, "members.detail.decisionNumber", e.decisionNumber());
            }
        }
        return new TimelineLine(entry.seq(), entry.kind(), entry.on(), entry.unitName(), List.copyOf(d));
    }

    private static void text(List<Detail> details, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            details.add(Detail.text(labelKey, value));
        }
    }

    private static void date(List<Detail> details, String labelKey, LocalDate value) {
        if (value != null) {
            details.add(Detail.text(labelKey, Labels.date(value)));
        }
    }
}
