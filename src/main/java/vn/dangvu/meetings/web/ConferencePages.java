package vn.dangvu.meetings.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.meetings.ConferenceKind;
import vn.dangvu.meetings.ConferenceViews.ConferenceEdit;
import vn.dangvu.meetings.ConferenceViews.ConferenceView;
import vn.dangvu.meetings.ConferenceViews.FileContent;
import vn.dangvu.meetings.ConferenceViews.Guest;
import vn.dangvu.meetings.ConferenceViews.NewConference;
import vn.dangvu.meetings.ConferenceViews.Upload;
import vn.dangvu.meetings.Conferences;
import vn.dangvu.meetings.MeetingPolicy;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;

/**
 * A unit's conferences: the list, one conference with its guests, attendance, documents and minutes, the
 * forms that record and correct one (guests one per line as "Name, title"; attendance as numbers where
 * nobody lists names), its deletion, the attendees recorded one by one on its page (members of the
 * subtree on the day, found by name without diacritics), and the minutes' files. A refused form comes back
 * with what was typed (422); files must be chosen again.
 */
@Controller
class ConferencePages {

    record ConferenceForm(ConferenceKind kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            String title, String place, String presiding, String guests, Integer attendees, Integer branches,
            String documents, String minutes) {

        static ConferenceForm of(ConferenceView c) {
            return new ConferenceForm(c.kind(), c.heldOn(), c.title(), c.place(), c.presiding(),
                    String.join("\n", c.guests().stream().map(Guest::line).toList()),
                    c.attendeesRecorded() ? null : c.attendees(), c.attendeesRecorded() ? null : c.branches(),
                    String.join("\n", c.documents()), c.minutes());
        }

        ConferenceEdit edit() {
            return new ConferenceEdit(kind, heldOn, title, place, presiding, lines(guests).stream().map(Guest::parse).toList(),
                    attendees, branches, lines(documents), minutes);
        }
    }

    /** How many members the conference's page offers at once to be marked present. */
    static final int CHOICES_SHOWN = 50;

    private final Conferences conferences;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;

    ConferencePages(Conferences conferences, OrganizationTree tree, UnitAccess access, MessageSource messages, Clock clock) {
        this.conferences = conferences;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/units/{id}/conferences")
    String list(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        access.checkRead(id);
        model.addAttribute("unit", unit(id));
        model.addAttribute("conferences", conferences.list(UnitId.of(id), access.scope(Permission.READ), Math.max(0, page),
                MeetingPages.PAGE_SIZE));
        model.addAttribute("canWrite", access.canWrite(id));
        model.addAttribute("baseUrl", "/units/" + id + "/conferences");
        return "meetings/conferences";
    }

    @GetMapping("/units/{id}/conferences/new")
    String newConference(@PathVariable long id, Model model) {
        access.checkWrite(id);
        return form(id, new ConferenceForm(ConferenceKind.YEAR_END_REVIEW, today(), null, null, null, null, null, null,
                null, null), model);
    }

    @PostMapping("/units/{id}/conferences/new")
    String record(@PathVariable long id, ConferenceForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        access.checkWrite(id);
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue;
            }
            // Read one byte over the limit at most, so the rule can refuse a larger file by its size.
            byte[] content = f.getInputStream().readNBytes(MeetingPolicy.MAX_FILE_BYTES + 1);
            uploads.add(new Upload(f.getOriginalFilename(), f.getContentType(), content));
        }
        try {
            long cid = conferences.record(new NewConference(UnitId.of(id), form.kind(), form.heldOn(), form.title(),
                    form.place(), form.presiding(), lines(form.guests()).stream().map(Guest::parse).toList(), List.of(),
                    form.attendees(), form.branches(), lines(form.documents()), form.minutes(), uploads));
            redirect.addFlashAttribute("notice", messages.getMessage("conferences.recorded", null, locale));
            return "redirect:/units/" + id + "/conferences/" + cid;
        } catch (RuleViolation v) {
            model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
            response.setStatus(422);
            return form(id, form, model);
        }
    }

    @GetMapping("/units/{id}/conferences/{conferenceId:\\d+}")
    String show(@PathVariable long id, @PathVariable long conferenceId, Model model) {
        return page(id, conferenceOf(id, conferenceId), model);
    }

    private String page(long id, ConferenceView conference, Model model) {
        return page(id, conference, "", List.of(), model);
    }

    /** The conference's page; a refused choice comes back with the name typed and the people ticked. */
    private String page(long id, ConferenceView conference, String typed, List<Long> ticked, Model model) {
        boolean canWrite = access.canWrite(id);
        var scope = access.scope(Permission.READ);
        model.addAttribute("conference", conference);
        model.addAttribute("unit", unit(id));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("attendees", conferences.attendees(conference.id(), scope));
        if (canWrite) {
            model.addAttribute("q", typed);
            model.addAttribute("ticked", java.util.Set.copyOf(ticked));
            model.addAttribute("options", conferences.candidates(conference.id(), typed, scope, CHOICES_SHOWN));
            model.addAttribute("choicesLimit", CHOICES_SHOWN);
        }
        return "meetings/conference";
    }

    /** Members who may be marked present whose name holds what was typed (without diacritics too). */
    @GetMapping("/units/{id}/conferences/{conferenceId:\\d+}/attendee-choices")
    String attendeeChoices(@PathVariable long id, @PathVariable long conferenceId,
            @RequestParam(defaultValue = "") String q, Model model) {
        access.checkWrite(id);
        ConferenceView c = conferenceOf(id, conferenceId);
        model.addAttribute("options", conferences.candidates(c.id(), q, access.scope(Permission.READ), CHOICES_SHOWN));
        model.addAttribute("ticked", java.util.Set.of());
        model.addAttribute("choicesLimit", CHOICES_SHOWN);
        return "meetings/conference :: choices";
    }

    @PostMapping("/units/{id}/conferences/{conferenceId:\\d+}/attendees")
    String addAttendees(@PathVariable long id, @PathVariable long conferenceId,
            @RequestParam(name = "member", required = false) List<Long> members,
            @RequestParam(defaultValue = "") String q, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        ConferenceView c = conferenceOf(id, conferenceId);
        if (members == null || members.isEmpty()) {
            model.addAttribute("attendeeError", messages.getMessage("conferences.attendees.noneChosen", null, locale));
            response.setStatus(422);
            return page(id, c, q, List.of(), model);
        }
        try {
            int added = conferences.addAttendees(conferenceId, members.stream().map(MemberId::new).toList(),
                    access.scope(Permission.READ));
            redirect.addFlashAttribute("attendeeNotice", messages.getMessage("conferences.attendees.added",
                    new Object[] {added}, locale));
            return "redirect:/units/" + id + "/conferences/" + conferenceId + "#attendees-section";
        } catch (RuleViolation v) {
            model.addAttribute("attendeeError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
            response.setStatus(422);
            return page(id, c, q, members, model);
        }
    }

    @PostMapping("/units/{id}/conferences/{conferenceId:\\d+}/attendees/{memberId:\\d+}/delete")
    String removeAttendee(@PathVariable long id, @PathVariable long conferenceId, @PathVariable long memberId,
            Locale locale, RedirectAttributes redirect) {
        access.checkWrite(id);
        conferenceOf(id, conferenceId);
        conferences.removeAttendee(conferenceId, new MemberId(memberId), access.scope(Permission.READ));
        redirect.addFlashAttribute("attendeeNotice", messages.getMessage("conferences.attendees.removed", null, locale));
        return "redirect:/units/" + id + "/conferences/" + conferenceId + "#attendees-section";
    }

    @GetMapping("/units/{id}/conferences/{conferenceId:\\d+}/edit")
    String edit(@PathVariable long id, @PathVariable long conferenceId, Model model) {
        access.checkWrite(id);
        ConferenceView c = conferenceOf(id, conferenceId);
        model.addAttribute("existing", c);
        return form(id, ConferenceForm.of(c), model);
    }

    @PostMapping("/units/{id}/conferences/{conferenceId:\\d+}/edit")
    String revise(@PathVariable long id, @PathVariable long conferenceId, ConferenceForm form, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        access.checkWrite(id);
        ConferenceView c = conferenceOf(id, conferenceId);
        try {
            conferences.revise(conferenceId, form.edit());
            redirect.addFlashAttribute("notice", messages.getMessage("conferences.revised", null, locale));
            return "redirect:/units/" + id + "/conferences/" + conferenceId;
        } catch (RuleViolation v) {
            model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
            model.addAttribute("existing", c);
            response.setStatus(422);
            return form(id, form, model);
        }
    }

    @PostMapping("/units/{id}/conferences/{conferenceId:\\d+}/delete")
    String delete(@PathVariable long id, @PathVariable long conferenceId, Locale locale, RedirectAttributes redirect) {
        access.checkWrite(id);
        ConferenceView c = conferenceOf(id, conferenceId);
        conferences.delete(conferenceId);
        redirect.addFlashAttribute("notice", messages.getMessage("conferences.deleted",
                new Object[] {vn.dangvu.platform.Labels.date(c.heldOn())}, locale));
        return "redirect:/units/" + id + "/conferences";
    }

    @GetMapping("/units/{id}/conferences/{conferenceId:\\d+}/files/{fileId:\\d+}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long conferenceId, @PathVariable long fileId) {
        conferenceOf(id, conferenceId);
        FileContent file = conferences.file(conferenceId, fileId).orElseThrow(() -> new NotFoundException("file", fileId));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
    }

    private ConferenceView conferenceOf(long unitId, long conferenceId) {
        access.checkRead(unitId);
        ConferenceView c = conferences.find(conferenceId).orElseThrow(() -> new NotFoundException("conference", conferenceId));
        if (c.unit().value() != unitId) {
            throw new NotFoundException("conference", conferenceId);
        }
        return c;
    }

    private String form(long id, ConferenceForm form, Model model) {
        model.addAttribute("unit", unit(id));
        model.addAttribute("form", form);
        model.addAttribute("kinds", ConferenceKind.values());
        model.addAttribute("today", today());
        model.addAttribute("maxMegabytes", MeetingPolicy.MAX_FILE_BYTES / (1024 * 1024));
        return "meetings/conference-form";
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private UnitView unit(long id) {
        return tree.find(UnitId.of(id), today()).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
