package vn.dangvu.meetings.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.meetings.AttendanceWorkbook;
import vn.dangvu.meetings.MeetingKind;
import vn.dangvu.meetings.MeetingViews.Mark;
import vn.dangvu.meetings.MeetingViews.MeetingView;
import vn.dangvu.meetings.MeetingViews.NewMeeting;
import vn.dangvu.meetings.MeetingViews.Overview;
import vn.dangvu.meetings.MeetingViews.RollLine;
import vn.dangvu.meetings.Meetings;
import vn.dangvu.meetings.Presence;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;

/**
 * A branch's meetings (and, for a committee, those of its branches), the forms that record and correct one,
 * its deletion, the
 * attendance screen (one screen for the whole branch, "all present" by default, one save), its Excel
 * template and import, and a committee's overview of which branches held their meetings in a month or a
 * quarter. A refused change comes back with what was typed (422) and the rule's message.
 */
@Controller
class MeetingPages {

    static final int PAGE_SIZE = 20;

    /** A form for a meeting as typed. */
    record MeetingForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, MeetingKind kind, String theme,
            String place, String chair) {
    }

    /** One row of the attendance screen: the member and what is (or was just typed as) their mark. */
    record AttendanceRow(int index, RollLine line, Presence presence, String reason) {

        public List<Presence> choices() {
            return line.exempt() ? List.of(Presence.PRESENT, Presence.EXEMPT)
                    : List.of(Presence.PRESENT, Presence.EXCUSED, Presence.UNEXCUSED);
        }
    }

    private final Meetings meetings;
    private final AttendanceWorkbook workbook;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;

    MeetingPages(Meetings meetings, AttendanceWorkbook workbook, OrganizationTree tree, UnitAccess access,
            MessageSource messages, Clock clock) {
        this.meetings = meetings;
        this.workbook = workbook;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/units/{id}/meetings")
    String list(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, Model model) {
        access.checkRead(id);
        UnitView unit = unit(id);
        int shownYear = year == null ? today().getYear() : year;
        var scope = access.scope(Permission.READ);
        model.addAttribute("unit", unit);
        model.addAttribute("year", shownYear);
        model.addAttribute("meetings", meetings.list(unit.id(), year, scope, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("absentees", meetings.absentees(unit.id(), shownYear, scope, 0, 100));
        model.addAttribute("canRecord", unit.type().isBranch() && access.canWrite(id));
        model.addAttribute("baseUrl", "/units/" + id + "/meetings" + (year == null ? "" : "?year=" + year));
        return "meetings/list";
    }

    @GetMapping("/units/{id}/meetings/new")
    String newMeeting(@PathVariable long id, Model model) {
        access.checkWrite(id);
        return form(unit(id), new MeetingForm(today(), MeetingKind.MONTHLY, null, null, null), model);
    }

    @PostMapping("/units/{id}/meetings/new")
    String record(@PathVariable long id, MeetingForm form, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        access.checkWrite(id);
        try {
            long meeting = meetings.record(new NewMeeting(UnitId.of(id), form.heldOn(), form.kind(), form.theme(),
                    form.place(), form.chair()));
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.recorded", null, locale));
            return "redirect:/units/" + id + "/meetings/" + meeting;
        } catch (RuleViolation v) {
            refused(v, locale, model, response);
            return form(unit(id), form, model);
        }
    }

    @GetMapping("/units/{id}/meetings/{meetingId:\\d+}/edit")
    String edit(@PathVariable long id, @PathVariable long meetingId, Model model) {
        MeetingView meeting = meetingOf(id, meetingId, Permission.WRITE);
        model.addAttribute("existing", meeting);
        return form(unit(id), new MeetingForm(meeting.heldOn(), meeting.kind(), meeting.theme(), meeting.place(),
                meeting.chair()), model);
    }

    @PostMapping("/units/{id}/meetings/{meetingId:\\d+}/edit")
    String revise(@PathVariable long id, @PathVariable long meetingId, MeetingForm form, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        MeetingView meeting = meetingOf(id, meetingId, Permission.WRITE);
        try {
            meetings.revise(meetingId, new NewMeeting(UnitId.of(id), form.heldOn(), form.kind(), form.theme(),
                    form.place(), form.chair()));
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.revised", null, locale));
            return "redirect:/units/" + id + "/meetings/" + meetingId;
        } catch (RuleViolation v) {
            refused(v, locale, model, response);
            model.addAttribute("existing", meeting);
            return form(unit(id), form, model);
        }
    }

    @PostMapping("/units/{id}/meetings/{meetingId:\\d+}/delete")
    String delete(@PathVariable long id, @PathVariable long meetingId, Locale locale, RedirectAttributes redirect) {
        MeetingView meeting = meetingOf(id, meetingId, Permission.WRITE);
        meetings.delete(meetingId);
        redirect.addFlashAttribute("notice", messages.getMessage("meetings.deleted",
                new Object[] {vn.dangvu.platform.Labels.date(meeting.heldOn())}, locale));
        return "redirect:/units/" + id + "/meetings?year=" + meeting.heldOn().getYear();
    }

    private String form(UnitView unit, MeetingForm form, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("today", today());
        return "meetings/form";
    }

    @GetMapping("/units/{id}/meetings/{meetingId:\\d+}")
    String attendance(@PathVariable long id, @PathVariable long meetingId, Model model) {
        MeetingView meeting = meetingOf(id, meetingId, Permission.READ);
        List<AttendanceRow> rows = new ArrayList<>();
        for (RollLine line : meetings.roll(meetingId, access.scope(Permission.READ))) {
            if (line.visible()) {
                rows.add(new AttendanceRow(rows.size(), line, line.keptPresence(), line.reason()));
            }
        }
        return attendanceView(id, meeting, rows, model);
    }

    @PostMapping("/units/{id}/meetings/{meetingId:\\d+}")
    String saveAttendance(@PathVariable long id, @PathVariable long meetingId, @RequestParam Map<String, String> params,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        MeetingView meeting = meetingOf(id, meetingId, Permission.WRITE);
        List<AttendanceRow> rows = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        java.util.Set<MemberId> visible = new java.util.HashSet<>();
        meetings.roll(meetingId, access.scope(Permission.READ)).stream().filter(RollLine::visible)
                .forEach(l -> visible.add(l.member()));
        for (RollLine line : meetings.roll(meetingId)) {
            if (!visible.contains(line.member())) {
                // Someone since moved out of the reader's reach: their mark stays as it was.
                marks.add(new Mark(line.member(), line.keptPresence(), line.reason()));
                continue;
            }
            String typed = params.get("p-" + line.member().value());
            Presence p = parse(typed);
            // The reason matters only when absent with reason; whatever is typed beside another mark is dropped.
            String reason = params.getOrDefault("r-" + line.member().value(), "");
            rows.add(new AttendanceRow(rows.size(), line, p, reason));
            marks.add(new Mark(line.member(), p, p == Presence.EXCUSED ? reason : null));
        }
        try {
            meetings.takeAttendance(meetingId, marks);
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.attendance.saved",
                    new Object[] {marks.size()}, locale));
            return "redirect:/units/" + id + "/meetings/" + meetingId;
        } catch (RuleViolation v) {
            refused(v, locale, model, response);
            return attendanceView(id, meeting, rows, model);
        }
    }

    private String attendanceView(long id, MeetingView meeting, List<AttendanceRow> rows, Model model) {
        model.addAttribute("unit", unit(id));
        model.addAttribute("meeting", meeting);
        model.addAttribute("rows", rows);
        model.addAttribute("canWrite", access.canWrite(id));
        return "meetings/attendance";
    }

    @GetMapping("/units/{id}/meetings/{meetingId:\\d+}/attendance.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id, @PathVariable long meetingId, Locale locale) {
        MeetingView meeting = meetingOf(id, meetingId, Permission.READ);
        byte[] body = workbook.template(meetingId, access.scope(Permission.READ), locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("diem-danh-" + meeting.heldOn() + ".xlsx").build().toString())
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }

    @PostMapping("/units/{id}/meetings/{meetingId:\\d+}/import")
    String importAttendance(@PathVariable long id, @PathVariable long meetingId,
            @RequestParam(required = false) MultipartFile file, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        MeetingView meeting = meetingOf(id, meetingId, Permission.WRITE);
        if (file == null || file.isEmpty()) {
            model.addAttribute("importProblems", List.of(new AttendanceWorkbook.Problem(0, null,
                    messages.getMessage("meetings.workbook.noFile", null, locale))));
            response.setStatus(422);
            return attendance(id, meetingId, model);
        }
        try (InputStream in = file.getInputStream()) {
            int n = workbook.importInto(meeting.id(), access.scope(Permission.READ), in, locale);
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.attendance.imported", new Object[] {n}, locale));
            return "redirect:/units/" + id + "/meetings/" + meetingId;
        } catch (AttendanceWorkbook.Refused refused) {
            model.addAttribute("importProblems", refused.problems());
            response.setStatus(422);
            return attendance(id, meetingId, model);
        }
    }

    @GetMapping("/units/{id}/meetings/overview")
    String overview(@PathVariable long id, @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        access.checkRead(id);
        UnitView unit = unit(id);
        Period p = Period.parse(period, today());
        Overview overview = meetings.overview(unit.id(), p.from(), p.to(), access.scope(Permission.READ),
                Math.max(0, page), PAGE_SIZE);
        model.addAttribute("unit", unit);
        model.addAttribute("period", p);
        model.addAttribute("overview", overview);
        model.addAttribute("chart", OverviewChart.svg(overview, messages, locale));
        model.addAttribute("baseUrl", "/units/" + id + "/meetings/overview?period=" + p.code());
        return "meetings/overview";
    }

    private MeetingView meetingOf(long unitId, long meetingId, Permission permission) {
        access.check(permission, unitId);
        MeetingView meeting = meetings.find(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        if (meeting.branch().value() != unitId) {
            throw new NotFoundException("meeting", meetingId);
        }
        return meeting;
    }

    private static Presence parse(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return Presence.valueOf(typed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void refused(RuleViolation v, Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
        response.setStatus(422);
    }

    private UnitView unit(long id) {
        return tree.find(UnitId.of(id), today()).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A month ("2018-02") or a quarter ("2018-Q1") of the overview; the current month by default. */
    record Period(YearMonth from, YearMonth to, boolean quarter) {

        static Period parse(String text, LocalDate today) {
            try {
                if (text != null && text.matches("\\d{4}-Q[1-4]")) {
                    int year = Integer.parseInt(text.substring(0, 4));
                    int q = text.charAt(6) - '0';
                    YearMonth from = YearMonth.of(year, (q - 1) * 3 + 1);
                    return new Period(from, from.plusMonths(2), true);
                }
                if (text != null && text.matches("\\d{4}-\\d{2}")) {
                    YearMonth m = YearMonth.parse(text);
                    return new Period(m, m, false);
                }
            } catch (RuntimeException e) {
                // an unknown period shows the current month
            }
            YearMonth now = YearMonth.from(today);
            return new Period(now, now, false);
        }

        public String code() {
            return quarter ? from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1) : from.toString();
        }

        public int quarterNumber() {
            return (from.getMonthValue() - 1) / 3 + 1;
        }

        public String previous() {
            return quarter ? new Period(from.minusMonths(3), to.minusMonths(3), true).code() : from.minusMonths(1).toString();
        }

        public String next() {
            return quarter ? new Period(from.plusMonths(3), to.plusMonths(3), true).code() : from.plusMonths(1).toString();
        }

        public String asQuarter() {
            return new Period(YearMonth.of(from.getYear(), (quarterNumber() - 1) * 3 + 1), to, true).code();
        }
    }
}
