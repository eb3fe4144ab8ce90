package vn.dangvu.training.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.training.ClassDraft;
import vn.dangvu.training.ClassKind;
import vn.dangvu.training.Outcome;
import vn.dangvu.training.TrainingBook;
import vn.dangvu.training.TrainingDirectory;
import vn.dangvu.training.TrainingViews.Campaign;
import vn.dangvu.training.TrainingViews.ClassView;
import vn.dangvu.training.TrainingViews.EnrolmentView;
import vn.dangvu.training.TrainingViews.SubjectLine;

/**
 * Training classes through the API: a unit's classes, one class with its register, planning and
 * correcting classes, enrolling people, recording the register, and the campaigns' attendance. Reads
 * need the right to read the organizing unit, changes the right to change it; a refused rule answers
 * 422 naming it, and nothing is changed.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
@ApiResponse(responseCode = "400", description = "Invalid request; errors lists a message per field")
@ApiResponse(responseCode = "403", description = "The caller may read but not change the organizing unit")
@ApiResponse(responseCode = "404", description = "No such unit, class or person, or out of the caller's reach")
@ApiResponse(responseCode = "422", description = "Refused by a training rule, named in rule; nothing changed")
@Tag(name = "Training", description = "Training classes, their registers and the campaigns' attendance")
class TrainingApi {

    static final String REQUIRED = "{validation.required}";

    @Schema(description = "A class as planned")
    record ClassRequest(
            @NotNull(message = REQUIRED) ClassKind kind,
            @Schema(example = "Học tập, quán triệt Nghị quyết Trung ương 6 (khóa XII) – đợt 1") @Size(max = 300) String title,
            @Schema(description = "The resolution studied; required for RESOLUTION",
                    example = "Nghị quyết Trung ương 4, 5, 6 (khóa XII)") @Size(max = 300) String subject,
            @Schema(example = "Trung tâm Chính trị quận Ninh Kiều") @Size(max = 300) String coOrganizer,
            @NotNull(message = REQUIRED) LocalDate startsOn,
            @NotNull(message = REQUIRED) LocalDate endsOn,
            @Size(max = 300) String place) {

        ClassDraft draft() {
            return new ClassDraft(kind, title, subject, coOrganizer, startsOn, endsOn, place);
        }
    }

    record EnrolRequest(@NotNull(message = REQUIRED) @Size(max = 1000) List<Long> memberIds) {
    }

    @Schema(description = "One line of the register (attended and completed are false when left out); "
            + "certificateNumber is required to complete an awareness class")
    record OutcomeRequest(@NotNull(message = REQUIRED) Long memberId, Boolean attended, Boolean completed,
            @Size(max = 60) String certificateNumber) {

        Outcome outcome() {
            return new Outcome(new MemberId(memberId), Boolean.TRUE.equals(attended), Boolean.TRUE.equals(completed),
                    certificateNumber);
        }
    }

    record RegisterRequest(@NotNull(message = REQUIRED) @Size(max = 2000) List<@Valid OutcomeRequest> register) {
    }

    record ClassResponse(long id, long unitId, String unitName, ClassKind kind, String kindLabel, String title,
            String subject, String coOrganizer, LocalDate startsOn, LocalDate endsOn, String place, long enrolled,
            long attended, long completed,
            @Schema(description = "Percent of those enrolled who attended, one decimal; null when nobody is enrolled")
            BigDecimal attendanceRate, BigDecimal completionRate) {
    }

    @Schema(description = "A person of the register; fullName is null (hidden) for someone since moved out of the caller's reach")
    record EnrolmentResponse(long memberId, String fullName, boolean hidden, String status, boolean attended,
            boolean completed, String certificateNumber) {
    }

    record ClassDetailResponse(ClassResponse training, List<EnrolmentResponse> register) {
    }

    record ClassPageResponse(List<ClassResponse> items, int page, int size, long total) {
    }

    record SubjectResponse(String subject, long classes, long enrolled, long attended, BigDecimal attendanceRate) {
    }

    record CampaignResponse(String subject, LocalDate from, LocalDate to, int classes, long enrolled, long attended,
            BigDecimal attendanceRate, @Schema(example = "12 lớp triển khai Nghị quyết Trung ương 4, 5, 6 (khóa XII), đạt 97%")
            String summary, List<ClassResponse> perClass) {
    }

    private final TrainingDirectory directory;
    private final TrainingBook book;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;

    TrainingApi(TrainingDirectory directory, TrainingBook book, UnitAccess access, MessageSource messages, Clock clock) {
        this.directory = directory;
        this.book = book;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/units/{id}/training-classes")
    @Operation(summary = "The classes organized in a unit's subtree (as it stood on each class's last day), latest first")
    ClassPageResponse classes(@PathVariable long id, @RequestParam(required = false) ClassKind kind,
            @Parameter(description = "The year the classes ended") @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
        access.checkRead(id);
        Page<ClassView> p = directory.classes(UnitId.of(id), kind, year, access.scope(Permission.READ), Math.max(0, page),
                Math.min(Math.max(size, 1), 200));
        return new ClassPageResponse(p.items().stream().map(c -> response(c, locale)).toList(), p.page(), p.size(), p.total());
    }

    @PostMapping(path = "/units/{id}/training-classes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Plans a class organized by the unit")
    @ApiResponse(responseCode = "201", description = "Planned", useReturnTypeSchema = true)
    ResponseEntity<ClassResponse> plan(@PathVariable long id, @Valid @RequestBody ClassRequest request, Locale locale) {
        access.checkWrite(id);
        long classId = book.plan(UnitId.of(id), request.draft());
        return ResponseEntity.created(URI.create("/api/v1/training-classes/" + classId))
                .body(response(directory.find(classId).orElseThrow(), locale));
    }

    @GetMapping("/training-classes/{cid}")
    @Operation(summary = "A class with its register")
    ClassDetailResponse show(@PathVariable long cid, Locale locale) {
        ClassView c = classFor(cid, Permission.READ);
        return detail(c, locale);
    }

    @PutMapping(path = "/training-classes/{cid}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Corrects a class; the people enrolled must still fit its kind and first day")
    ClassResponse revise(@PathVariable long cid, @Valid @RequestBody ClassRequest request, Locale locale) {
        classFor(cid, Permission.WRITE);
        book.revise(cid, request.draft());
        return response(directory.find(cid).orElseThrow(), locale);
    }

    @PostMapping(path = "/training-classes/{cid}/enrolments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enrols people (members or candidates of the organizing unit's subtree on the first day)")
    ClassDetailResponse enrol(@PathVariable long cid, @Valid @RequestBody EnrolRequest request, Locale locale) {
        classFor(cid, Permission.WRITE);
        List<MemberId> ids = request.memberIds().stream().map(MemberId::new).toList();
        for (MemberId m : ids) {
            if (directory.currentUnitOf(m).map(u -> !access.canRead(u.value())).orElse(true)) {
                throw new NotFoundException("member", m.value());
            }
        }
        book.enrol(cid, ids);
        return detail(directory.find(cid).orElseThrow(), locale);
    }

    @DeleteMapping("/training-classes/{cid}/enrolments/{memberId}")
    @Operation(summary = "Takes someone enrolled by mistake off the class; refused (422, training.certificate-stands) "
            + "once they completed the awareness class, whose certificate is in the member records")
    ClassDetailResponse withdraw(@PathVariable long cid, @PathVariable long memberId, Locale locale) {
        classFor(cid, Permission.WRITE);
        MemberId member = new MemberId(memberId);
        if (directory.currentUnitOf(member).map(u -> !access.canRead(u.value())).orElse(true)) {
            throw new NotFoundException("member", memberId);
        }
        book.withdraw(cid, member);
        return detail(directory.find(cid).orElseThrow(), locale);
    }

    @PutMapping(path = "/training-classes/{cid}/register", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Records attendance, completion and certificates for the people listed, all or none; "
            + "completing the awareness class gives the certificate in the member records")
    ClassDetailResponse register(@PathVariable long cid, @Valid @RequestBody RegisterRequest request, Locale locale) {
        classFor(cid, Permission.WRITE);
        book.record(cid, request.register().stream().map(OutcomeRequest::outcome).toList());
        return detail(directory.find(cid).orElseThrow(), locale);
    }

    @GetMapping("/units/{id}/training-campaigns")
    @Operation(summary = "The resolutions studied in the unit's subtree in a period, each with its classes and attendance")
    List<SubjectResponse> subjects(@PathVariable long id,
            @Parameter(description = "1 January of the last day's year when omitted")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Today when omitted")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        access.checkRead(id);
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        return directory.subjects(UnitId.of(id), start, end, access.scope(Permission.READ)).stream()
                .map(TrainingApi::subject).toList();
    }

    @GetMapping("/units/{id}/training-campaign")
    @Operation(summary = "One campaign: the classes of the subtree on a resolution in a period, each with its rate, and the total")
    CampaignResponse campaign(@PathVariable long id,
            @Parameter(example = "Nghị quyết Trung ương 4, 5, 6 (khóa XII)") @RequestParam String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
        access.checkRead(id);
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        Campaign c = directory.campaign(UnitId.of(id), subject, start, end, access.scope(Permission.READ));
        String summary = messages.getMessage("training.campaign.line", new Object[] {c.classes().size(), c.subject(),
                new Rates(locale).percent(c.attendanceRate())}, locale);
        return new CampaignResponse(c.subject(), start, end, c.classes().size(), c.enrolled(), c.attended(),
                c.attendanceRate(), summary, c.classes().stream().map(x -> response(x, locale)).toList());
    }

    private ClassView classFor(long cid, Permission permission) {
        ClassView c = directory.find(cid).orElseThrow(() -> new NotFoundException("training class", cid));
        access.check(permission, c.unit().value());
        return c;
    }

    private ClassDetailResponse detail(ClassView c, Locale locale) {
        List<EnrolmentResponse> register = directory.enrolments(c.id()).stream().map(this::enrolment).toList();
        return new ClassDetailResponse(response(c, locale), register);
    }

    private EnrolmentResponse enrolment(EnrolmentView e) {
        boolean visible = access.canRead(e.unit().value());
        return new EnrolmentResponse(e.member().value(), visible ? e.fullName() : null, !visible,
                visible ? e.status().name() : null, e.attended(), e.completed(), e.certificateNumber());
    }

    private ClassResponse response(ClassView c, Locale locale) {
        return new ClassResponse(c.id(), c.unit().value(), c.unitName(), c.kind(),
                messages.getMessage(c.kind().messageKey(), null, locale), c.title(), c.subject(), c.coOrganizer(),
                c.startsOn(), c.endsOn(), c.place(), c.enrolled(), c.attended(), c.completed(), c.attendanceRate(),
                c.completionRate());
    }

    private static SubjectResponse subject(SubjectLine s) {
        return new SubjectResponse(s.subject(), s.classes(), s.enrolled(), s.attended(), s.attendanceRate());
    }
}
