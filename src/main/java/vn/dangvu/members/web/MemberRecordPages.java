package vn.dangvu.members.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberHistory;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.MemberViews.MemberView;
import vn.dangvu.members.MemberViews.TimelineEntry;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.UnitAccess;

/** A member's record: the profile with the identity number masked, where they stand, and their life as events. */
@Controller
class MemberRecordPages {

    private final MemberDirectory directory;
    private final MemberPageSupport pages;
    private final IdentityReveal reveal;

    MemberRecordPages(MemberDirectory directory, MemberPageSupport pages, IdentityReveal reveal) {
        this.directory = directory;
        this.pages = pages;
        this.reveal = reveal;
    }

    @GetMapping("/members/{id}")
    String record(@PathVariable long id, Model model, Locale locale) {
        return recordView(pages.readable(id), model, locale);
    }

    /**
     * The identity number in clear, for a user who holds the right to see masked fields over the
     * member's branch ({@link vn.dangvu.platform.Permission#REVEAL_SENSITIVE}: a branch secretary may keep
     * the records yet sees the number masked); each reveal is published for the audit log.
     */
    @PostMapping("/members/{id}/identity-number")
    String identityNumber(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model, Locale locale) {
        MemberView member = pages.readable(id);
        if (!pages.canReveal(member.unit())) {
            throw new UnitAccess.AccessDeniedException();
        }
        String clear = reveal.reveal(member.id()).orElseThrow(() -> new NotFoundException("identity-number", id));
        model.addAttribute("identityClear", clear);
        if (htmx != null) {
            model.addAttribute("member", member);
            return "members/record :: identity";
        }
        return recordView(member, model, locale);
    }

    private String recordView(MemberView member, Model model, Locale locale) {
        LocalDate today = pages.today();
        MemberId id = member.id();
        MemberHistory history = directory.history(id);
        boolean canWrite = pages.canWrite(member.unit());
        List<TimelineLine> timeline = new ArrayList<>();
        String previousUnit = null;
        UnitId countedIn = null;
        for (TimelineEntry e : directory.timeline(id)) {
            countedIn = switch (e.event()) {
                case MemberEvent.RecordOpened o -> o.branch();
                case MemberEvent.CandidateRegistered c -> c.branch();
                case MemberEvent.Transferred t -> t.to();
                default -> countedIn;
            };
            // A branch outside the reader's scope (before a transfer in, say) is not named.
            String unitName = countedIn == null || pages.canRead(countedIn) ? e.unitName() : pages.unitName(countedIn, locale);
            TimelineLine line = TimelineLine.of(e, u -> pages.unitName(u, locale), m -> pages.memberName(m, locale))
                    .withUnit(unitName, e.event());
            // The branch is named when it changes, not on every line.
            timeline.add(Objects.equals(unitName, previousUnit) ? line.withUnit(null, e.event()) : line);
            previousUnit = unitName;
        }
        EventKind next = EventKind.nextStep(history).orElse(null);
        List<EventKind> actions = new ArrayList<>();
        if (canWrite) {
            actions.addAll(EventKind.offeredFor(history));
            if (next != null && actions.remove(next)) {
                actions.addFirst(next);
            }
        }
        model.addAttribute("member", member);
        model.addAttribute("today", today);
        model.addAttribute("age", history.ageOn(today));
        // Party age counts from the admission decision once the member is recognized (Điều lệ Đảng, Điều 6).
        model.addAttribute("partyAge", member.status() == MemberStatus.OFFICIAL ? history.partyAgeOn(today) : null);
        model.addAttribute("probationEnd", history.probationEnd().orElse(null));
        model.addAttribute("posts", history.posts());
        model.addAttribute("badges", member.badges().stream().sorted().toList());
        model.addAttribute("hostUnitName", pages.unitName(member.hostUnit(), locale));
        model.addAttribute("hostUnitReadable", member.hostUnit() != null && pages.canRead(member.hostUnit()));
        model.addAttribute("timeline", timeline);
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("canReveal", pages.canReveal(member.unit()));
        model.addAttribute("actions", actions);
        model.addAttribute("nextStep", canWrite ? next : null);
        return "members/record";
    }
}
