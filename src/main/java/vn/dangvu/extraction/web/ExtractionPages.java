package vn.dangvu.extraction.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dangvu.extraction.ConferenceRecords;
import vn.dangvu.extraction.Extraction;
import vn.dangvu.extraction.Extraction.Figure;
import vn.dangvu.extraction.ReportExtractor;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.targets.Target;
import vn.dangvu.targets.TargetBook;
import vn.dangvu.targets.TargetDirectory;

/**
 * The page where staff of a unit upload or paste a report, see its text with every proposed fact highlighted
 * beside an editable list, and confirm figures into the unit's targets measured by hand (or discard them).
 * Only someone who may change the unit reaches it; reading a report writes nothing.
 */
@Controller
class ExtractionPages {

    /** A piece of the report's text: plain, a figure (its index in the list) or page furniture. */
    record Segment(String text, Integer figure, String furniture) {
    }

    /** A conference the report tells of, with the defaults of its confirmation form. */
    record ConferenceForm(int index, String kind, LocalDate date, String title, String guests, Integer attendees,
            String source) {
    }

    /** A figure as the list shows it, with the defaults of its confirmation form. */
    record Row(int index, Figure figure, String label, LocalDate from, LocalDate to) {
    }

    private final ReportExtractor extractor;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final TargetDirectory targets;
    private final TargetBook book;
    private final ConferenceRecords conferences;
    private final MessageSource messages;
    private final Clock clock;

    ExtractionPages(ReportExtractor extractor, OrganizationTree tree, UnitAccess access, TargetDirectory targets,
            TargetBook book, ConferenceRecords conferences, MessageSource messages, Clock clock) {
        this.extractor = extractor;
        this.tree = tree;
        this.access = access;
        this.targets = targets;
        this.book = book;
        this.conferences = conferences;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/units/{id}/extractions")
    String form(@PathVariable long id, Model model) {
        access.checkWrite(id);
        model.addAttribute("unit", unit(id));
        return "extraction/page";
    }

    @PostMapping("/units/{id}/extractions")
    String read(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String text, Model model, Locale locale, HttpServletResponse response)
            throws IOException {
        access.checkWrite(id);
        model.addAttribute("unit", unit(id));
        Extraction extraction;
        try {
            if (file != null && !file.isEmpty()) {
                extractor.checkSize(file.getSize());
                extraction = extractor.read(file.getBytes());
            } else {
                extraction = extractor.readText(text);
            }
        } catch (RuleViolation v) {
            model.addAttribute("text", text);
            model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
            response.setStatus(422);
            return "extraction/page";
        }
        LocalDate eventDay = extraction.events().stream().map(Extraction.Event::date).filter(d -> d != null)
                .findFirst().orElse(LocalDate.now(clock));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < extraction.figures().size(); i++) {
            Figure f = extraction.figures().get(i);
            rows.add(new Row(i, f, messages.getMessage("extraction.kind." + f.kind(), null, f.kind(), locale),
                    eventDay.withDayOfYear(1), eventDay));
        }
        model.addAttribute("extraction", extraction);
        model.addAttribute("segments", segments(extraction));
        model.addAttribute("rows", rows);
        model.addAttribute("targets", manualTargets(id, eventDay));
        model.addAttribute("conferenceForms", conferenceForms(extraction));
        return "extraction/page";
    }

    @PostMapping("/units/{id}/extractions/values")
    String confirm(@PathVariable long id, @RequestParam long targetId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam BigDecimal value, @RequestParam(required = false) String note,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            HttpServletResponse response) {
        access.checkWrite(id);
        UnitView unit = unit(id);
        if (!targets.unitOfTarget(targetId).equals(UnitId.of(id))) {
            throw new NotFoundException("target", targetId);
        }
        model.addAttribute("unit", unit);
        try {
            book.enterValue(targetId, from, to, value, note);
            Target target = targets.target(targetId);
            model.addAttribute("confirmed", messages.getMessage("extraction.confirmed",
                    new Object[] {target.number(), target.title()}, locale));
            model.addAttribute("targetId", targetId);
        } catch (RuleViolation v) {
            model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
            response.setStatus(422);
        }
        return htmx != null ? "extraction/outcome :: outcome" : "extraction/confirmed";
    }

    /** Records a conference the report tells of, as staff confirmed it, in the meetings module's records. */
    @PostMapping("/units/{id}/extractions/conferences")
    String confirmConference(@PathVariable long id, @RequestParam String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String title, @RequestParam(required = false) String guests,
            @RequestParam(required = false) Integer attendees, @RequestParam(required = false) Integer branches,
            @RequestParam(required = false) String source,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            HttpServletResponse response) {
        access.checkWrite(id);
        model.addAttribute("unit", unit(id));
        try {
            long conference = conferences.record(new ConferenceRecords.ConfirmedConference(UnitId.of(id), kind, heldOn,
                    title, guests == null ? List.of() : guests.lines().map(String::strip).filter(g -> !g.isEmpty()).toList(),
                    attendees, branches, source));
            model.addAttribute("conferenceConfirmed", messages.getMessage("extraction.conference.confirmed",
                    new Object[] {heldOn == null ? "" : heldOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))},
                    locale));
            model.addAttribute("conferenceId", conference);
        } catch (RuleViolation v) {
            model.addAttribute("ruleError", messages.getMessage(v.messageKey(), v.arguments(), v.rule(), locale));
            response.setStatus(422);
        }
        return htmx != null ? "extraction/outcome :: outcome" : "extraction/confirmed";
    }

    /**
     * A form for each dated conference the report tells of (a review, a congress): its title from the
     * report's words, the people named with their titles as guests, the attendance if a figure gives it.
     */
    private List<ConferenceForm> conferenceForms(Extraction e) {
        String guests = e.people().stream().map(p -> p.titles().isEmpty() ? p.name()
                : p.name() + ", " + String.join(", ", p.titles())).collect(java.util.stream.Collectors.joining("\n"));
        Integer attendees = e.figures().stream().filter(f -> "conferences.attendees".equals(f.kind()))
                .map(f -> f.value().intValue()).findFirst().orElse(null);
        List<ConferenceForm> forms = new ArrayList<>();
        for (Extraction.Event ev : e.events()) {
            if (ev.date() != null && conferences.records(ev.kind())) {
                String title = ev.text().isEmpty() ? ev.text()
                        : ev.text().substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + ev.text().substring(1);
                forms.add(new ConferenceForm(forms.size(), ev.kind(), ev.date(), title, guests, attendees, ev.text()));
            }
        }
        return forms;
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    String tooLarge(Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("ruleError", messages.getMessage("extraction.rule.too-large",
                new Object[] {10}, locale));
        response.setStatus(422);
        return "extraction/too-large";
    }

    /** The targets measured by hand of the resolution in force on the report's day (a 2018 report, the 2016–2020 one). */
    private List<Target> manualTargets(long id, LocalDate day) {
        return targets.inForce(UnitId.of(id), day)
                .map(r -> r.targets().stream().filter(Target::manual).toList()).orElse(List.of());
    }

    private UnitView unit(long id) {
        return tree.find(UnitId.of(id), LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("unit", id));
    }

    /** The text cut at every figure and piece of furniture, in order; overlapping spans are clipped. */
    static List<Segment> segments(Extraction e) {
        record Span(int start, int end, Integer figure, String furniture) {
        }
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < e.figures().size(); i++) {
            spans.add(new Span(e.figures().get(i).start(), e.figures().get(i).end(), i, null));
        }
        for (Extraction.Furniture f : e.furniture()) {
            spans.add(new Span(f.start(), f.end(), null, f.kind()));
        }
        spans.sort(Comparator.comparingInt(Span::start));
        List<Segment> out = new ArrayList<>();
        int at = 0;
        String text = e.text();
        for (Span s : spans) {
            int start = Math.max(s.start(), at);
            if (start >= s.end()) {
                continue;
            }
            if (start > at) {
                out.add(new Segment(text.substring(at, start), null, null));
            }
            out.add(new Segment(text.substring(start, s.end()), s.figure(), s.furniture()));
            at = s.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null, null));
        }
        return out;
    }
}
