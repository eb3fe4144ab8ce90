package vn.dangvu.members.web;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.MemberViews.MemberFilter;
import vn.dangvu.members.MemberViews.MemberSummary;
import vn.dangvu.members.MemberViews.Reminder;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.organizations.Views.UnitView;

/** A branch's or a committee's members as of a day, with counts by status, and the reminders card of a unit. */
@Controller
class MemberListPages {

    static final int PAGE_SIZE = 50;
    static final int REMINDERS_SHOWN = 20;
    /** The statuses a list can hold: people who belong to a branch on the day. */
    static final List<MemberStatus> LISTED = List.of(MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY,
            MemberStatus.CANDIDATE);

    private final MemberDirectory directory;
    private final MemberPageSupport pages;

    MemberListPages(MemberDirectory directory, MemberPageSupport pages) {
        this.directory = directory;
        this.pages = pages;
    }

    /** One bar of the chart of counts by status; {@code percent} is of the largest count. */
    record StatusCount(MemberStatus status, long count, int percent) {
    }

    /** A line of the list with the ages the page shows, in full years on the list's day. */
    record Line(int number, MemberSummary member, int age, Integer partyYears) {
    }

    @GetMapping("/units/{id}/members")
    String list(@PathVariable long id, @RequestParam(defaultValue = "false") boolean subtree,
            @RequestParam(name = "status", required = false) List<MemberStatus> statuses,
            @RequestParam(required = false) Integer minAge, @RequestParam(required = false) Integer maxAge,
            @RequestParam(required = false) Integer minParty, @RequestParam(required = false) Integer maxParty,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate today = pages.today();
        LocalDate on = date == null ? today : date;
        UnitView unit = pages.unit(id, on);
        Set<MemberStatus> chosen = EnumSet.noneOf(MemberStatus.class);
        if (statuses != null) {
            statuses.stream().filter(LISTED::contains).forEach(chosen::add);
        }
        boolean wholeSubtree = subtree && !unit.type().isBranch();
        var filter = new MemberFilter(new UnitId(id), wholeSubtree, chosen, minAge, maxAge, minParty, maxParty, on);
        Page<MemberSummary> found = directory.list(filter, pages.scope(), Math.max(page, 0), PAGE_SIZE);

        List<Line> lines = new ArrayList<>();
        int number = found.page() * found.size();
        for (MemberSummary m : found.items()) {
            Integer partyYears = m.partyAgeFrom() == null || m.partyAgeFrom().isAfter(on) ? null
                    : Period.between(m.partyAgeFrom(), on).getYears();
            lines.add(new Line(++number, m, Period.between(m.birthDate(), on).getYears(), partyYears));
        }
        Map<MemberStatus, Long> counts = directory.countByStatus(new UnitId(id), on);
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<StatusCount> bars = LISTED.stream().map(s -> {
            long c = counts.getOrDefault(s, 0L);
            return new StatusCount(s, c, max == 0 ? 0 : (int) Math.max(c == 0 ? 0 : 1, Math.round(100.0 * c / max)));
        }).toList();

        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (wholeSubtree) {
            query.queryParam("subtree", true);
        }
        chosen.forEach(s -> query.queryParam("status", s.name()));
        addIfSet(query, "minAge", minAge);
        addIfSet(query, "maxAge", maxAge);
        addIfSet(query, "minParty", minParty);
        addIfSet(query, "maxParty", maxParty);
        if (date != null) {
            query.queryParam("date", date);
        }
        String queryString = query.build().encode().getQuery();
        String suffix = queryString == null ? "" : "?" + queryString;

        model.addAttribute("unit", unit);
        model.addAttribute("date", on);
        model.addAttribute("today", today);
        model.addAttribute("subtree", wholeSubtree);
        model.addAttribute("statuses", chosen);
        model.addAttribute("listed", LISTED);
        model.addAttribute("minAge", minAge);
        model.addAttribute("maxAge", maxAge);
        model.addAttribute("minParty", minParty);
        model.addAttribute("maxParty", maxParty);
        model.addAttribute("members", found);
        model.addAttribute("lines", lines);
        model.addAttribute("bars", bars);
        model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("filtered", !chosen.isEmpty() || minAge != null || maxAge != null || minParty != null
                || maxParty != null);
        model.addAttribute("baseUrl", "/units/" + id + "/members" + suffix);
        model.addAttribute("exportUrl", "/units/" + id + "/members/export.xlsx" + suffix);
        model.addAttribute("canWrite", pages.canWrite(new UnitId(id)));
        return "members/list";
    }

    @GetMapping("/units/{id}/reminders")
    String reminders(@PathVariable long id, Model model) {
        LocalDate today = pages.today();
        UnitView unit = pages.unit(id, today);
        List<Reminder> all = directory.reminders(new UnitId(id), today);
        model.addAttribute("unit", unit);
        model.addAttribute("reminders", all.stream().limit(REMINDERS_SHOWN).toList());
        model.addAttribute("more", Math.max(0, all.size() - REMINDERS_SHOWN));
        return "members/reminders :: card";
    }

    private static void addIfSet(UriComponentsBuilder query, String name, Integer value) {
        if (value != null) {
            query.queryParam(name, value);
        }
    }
}
