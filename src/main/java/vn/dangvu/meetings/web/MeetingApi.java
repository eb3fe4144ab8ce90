package vn.dangvu.meetings.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.dangvu.meetings.ConferenceKind;
import vn.dangvu.meetings.ConferenceViews.AttendeeLine;
import vn.dangvu.meetings.ConferenceViews.ConferenceEdit;
import vn.dangvu.meetings.ConferenceViews.ConferenceView;
import vn.dangvu.meetings.ConferenceViews.Guest;
import vn.dangvu.meetings.ConferenceViews.NewConference;
import vn.dangvu.meetings.Conferences;
import vn.dangvu.meetings.MeetingKind;
import vn.dangvu.meetings.MeetingViews.Absentee;
import vn.dangvu.meetings.MeetingViews.BranchHeld;
import vn.dangvu.meetings.MeetingViews.Mark;
import vn.dangvu.meetings.MeetingViews.MeetingView;
import vn.dangvu.meetings.MeetingViews.NewMeeting;
import vn.dangvu.meetings.MeetingViews.Overview;
import vn.dangvu.meetings.MeetingViews.RollLine;
import vn.dangvu.meetings.Meetings;
import vn.dangvu.meetings.Presence;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.Page;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.UnitAccess;

/**
 * Branch meetings, their attendance, the committees' overview and conferences (with their attendees recorded
 * one by one) through the API; meetings and conferences are corrected and deleted here too, each change in the
 * audit log. Reads need the right to read the unit, changes the right to change it; a refused rule answers
 * 422 naming it.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
@ApiResponse(responseCode = "400", description = "Invalid request; errors lists a message per field")
@ApiResponse(responseCode = "403", description = "The caller may read but not change the unit")
@ApiResponse(responseCode = "404", description = "No such unit, meeting or conference, or out of the caller's reach")
@ApiResponse(responseCode = "422", description = "Refused by a meeting rule, named in rule; nothing changed")
@Tag(name = "Meetings", description = "Branch meetings with attendance, the committees' overview, conferences")
class MeetingApi {

    record MarkRequest(@NotNull Long memberId, @NotNull Presence presence, @Size(max = 200) String reason) {
    }

    record MeetingRequest(@NotNull @Schema(example = "2018-01-10") LocalDate heldOn, @NotNull MeetingKind kind,
            @Size(max = 500) String theme, @Size(max = 500) String place, @Size(max = 500) String chair,
            @Schema(description = "Optional: the attendance, one mark per member of the branch on the day")
            List<@Valid MarkRequest> attendance) {
    }

    record MeetingResponse(long id, long branchId, String branchName, LocalDate heldOn, MeetingKind kind, String theme,
            String place, String chair, int expected, int present, int excused, int unexcused) {
    }

    record RollResponse(long memberId, String fullName, String status, boolean exempt, Presence presence, String reason) {
    }

    record MeetingDetail(MeetingResponse meeting, List<RollResponse> attendance) {
    }

    record PageResponse<T>(List<T> items, int page, int size, long total) {
    }

    record BranchHeldResponse(long branchId, String name, int monthlyHeld, int months, int themedHeld, int quarters,
            boolean monthlyComplete, boolean themedComplete) {
    }

    record OverviewResponse(YearMonth from, YearMonth to, LocalDate asOf, long branches, long monthlyComplete,
            long themedComplete, PageResponse<BranchHeldResponse> rows) {
    }

    record AbsenteeResponse(long memberId, String fullName, long branchId, String branchName, int months,
            List<Integer> monthNumbers) {
    }

    record GuestRequest(@NotNull @Size(min = 1, max = 500) String name, @Size(max = 500) String title) {
    }

    record ConferenceRequest(@NotNull ConferenceKind kind, @NotNull @Schema(example = "2018-02-02") LocalDate heldOn,
            @Size(max = 500) String title, @Size(max = 500) String place, @Size(max = 500) String presiding,
            List<@Valid GuestRequest> guests,
            @Schema(description = "Members present, one by one; the branches are then counted from them") List<Long> attendeeIds,
            @Schema(description = "Members present, when not recorded one by one") Integer attendeesCount,
            @Schema(description = "From how many branches, when not recorded one by one") Integer branchesCount,
            List<@Size(max = 500) String> documents, String minutes) {
    }

    record ConferenceResponse(long id, long unitId, String unitName, ConferenceKind kind, LocalDate heldOn, String title,
            String place, String presiding, List<Guest> guests, Integer attendees, Integer branches,
            @Schema(example = "62 đảng viên của 06 chi bộ") String attendancePhrase, List<String> documents,
            String minutes, List<String> files) {
    }

    record MeetingEditRequest(@NotNull @Schema(example = "2018-01-10") LocalDate heldOn, @NotNull MeetingKind kind,
            @Size(max = 500) String theme, @Size(max = 500) String place, @Size(max = 500) String chair) {
    }

    record ConferenceEditRequest(@NotNull ConferenceKind kind, @NotNull @Schema(example = "2018-02-02") LocalDate heldOn,
            @Size(max = 500) String title, @Size(max = 500) String place, @Size(max = 500) String presiding,
            List<@Valid GuestRequest> guests,
            @Schema(description = "Members present, while nobody is recorded one by one") Integer attendeesCount,
            @Schema(description = "From how many branches, while nobody is recorded one by one") Integer branchesCount,
            List<@Size(max = 500) String> documents, String minutes) {
    }

    record AttendeesRequest(@NotNull @Size(min = 1, max = 2000) List<@NotNull Long> memberIds) {
    }

    @Schema(description = "Someone recorded present; fullName and branchName are null (hidden) when since moved out of the caller's reach")
    record AttendeeResponse(long memberId, String fullName, boolean hidden, long branchId, String branchName) {
    }

    record ConferenceDetail(ConferenceResponse conference, List<AttendeeResponse> attendees) {
    }

    record CandidateResponse(long memberId, String fullName, LocalDate birthDate, String branchName) {
    }

    private final Meetings meetings;
    private final Conferences conferences;
    private final UnitAccess access;

    MeetingApi(Meetings meetings, Conferences conferences, UnitAccess access) {
        this.meetings = meetings;
        this.conferences = conferences;
        this.access = access;
    }

    @GetMapping("/units/{id}/meetings")
    @Operation(summary = "Meetings held by the unit's branches (or the branch itself), newest first")
    PageResponse<MeetingResponse> list(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        access.checkRead(id);
        Page<MeetingView> p = meetings.list(UnitId.of(id), year, access.scope(Permission.READ), Math.max(0, page),
                Math.min(Math.max(1, size), 200));
        return new PageResponse<>(p.items().stream().map(MeetingApi::meeting).toList(), p.page(), p.size(), p.total());
    }

    @PostMapping(path = "/units/{id}/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a branch meeting held, with its attendance if given")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names it")
    ResponseEntity<MeetingDetail> record(@PathVariable long id, @Valid @RequestBody MeetingRequest request) {
        access.checkWrite(id);
        NewMeeting m = new NewMeeting(UnitId.of(id), request.heldOn(), request.kind(), request.theme(), request.place(),
                request.chair());
        long meeting = request.attendance() == null ? meetings.record(m) : meetings.record(m, marks(request.attendance()));
        return ResponseEntity.created(URI.create("/api/v1/units/" + id + "/meetings/" + meeting)).body(detail(meeting));
    }

    @GetMapping("/units/{id}/meetings/{meetingId:\\d+}")
    @Operation(summary = "A meeting with the branch's members on the day and their marks")
    MeetingDetail meeting(@PathVariable long id, @PathVariable long meetingId) {
        meetingOf(id, meetingId, Permission.READ);
        return detail(meetingId);
    }

    @PutMapping(path = "/units/{id}/meetings/{meetingId:\\d+}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a meeting's attendance: one mark per member of the branch on the day")
    MeetingDetail attendance(@PathVariable long id, @PathVariable long meetingId,
            @RequestBody List<@Valid MarkRequest> marks) {
        meetingOf(id, meetingId, Permission.WRITE);
        meetings.takeAttendance(meetingId, marks(marks));
        return detail(meetingId);
    }

    @GetMapping("/units/{id}/meetings/overview")
    @Operation(summary = "Which branches of the committee's subtree held their monthly and themed meetings")
    OverviewResponse overview(@PathVariable long id,
            @Parameter(example = "2018-01") @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @Parameter(example = "2018-03") @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        access.checkRead(id);
        YearMonth end = to == null || to.isBefore(from) ? from : to;
        Overview o = meetings.overview(UnitId.of(id), from, end, access.scope(Permission.READ), Math.max(0, page),
                Math.min(Math.max(1, size), 500));
        Page<BranchHeld> rows = o.rows();
        return new OverviewResponse(o.from(), o.to(), o.asOf(), o.branches(), o.monthlyComplete(), o.themedComplete(),
                new PageResponse<>(rows.items().stream().map(r -> new BranchHeldResponse(r.branch().value(), r.name(),
                        r.monthlyHeld(), r.months(), r.themedHeld(), r.quartersTouched(), r.monthlyComplete(),
                        r.themedComplete())).toList(), rows.page(), rows.size(), rows.total()));
    }

    @GetMapping("/units/{id}/meetings/absentees")
    @Operation(summary = "Members absent without reason in three or more months of the year (Party Charter, Article 8)")
    PageResponse<AbsenteeResponse> absentees(@PathVariable long id, @RequestParam int year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        access.checkRead(id);
        Page<Absentee> p = meetings.absentees(UnitId.of(id), year, access.scope(Permission.READ), Math.max(0, page),
                Math.min(Math.max(1, size), 500));
        return new PageResponse<>(p.items().stream().map(a -> new AbsenteeResponse(a.member().value(), a.fullName(),
                a.branch().value(), a.branchName(), a.months(), a.monthNumbers())).toList(), p.page(), p.size(), p.total());
    }

    @GetMapping("/units/{id}/conferences")
    @Operation(summary = "The unit's conferences, newest first")
    PageResponse<ConferenceResponse> conferences(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        access.checkRead(id);
        Page<ConferenceView> p = conferences.list(UnitId.of(id), access.scope(Permission.READ), Math.max(0, page),
                Math.min(Math.max(1, size), 200));
        return new PageResponse<>(p.items().stream().map(MeetingApi::conference).toList(), p.page(), p.size(), p.total());
    }

    @PostMapping(path = "/units/{id}/conferences", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a conference held, with guests, attendance and documents (files through the page)")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names it")
    ResponseEntity<ConferenceResponse> recordConference(@PathVariable long id, @Valid @RequestBody ConferenceRequest r) {
        access.checkWrite(id);
        long cid = conferences.record(new NewConference(UnitId.of(id), r.kind(), r.heldOn(), r.title(), r.place(),
                r.presiding(), r.guests() == null ? List.of() : r.guests().stream().map(g -> new Guest(g.name(), g.title())).toList(),
                r.attendeeIds() == null ? List.of() : r.attendeeIds().stream().map(MemberId::new).toList(),
                r.attendeesCount(), r.branchesCount(), r.documents(), r.minutes(), List.of()));
        return ResponseEntity.created(URI.create("/api/v1/units/" + id + "/conferences/" + cid))
                .body(conference(conferences.find(cid).orElseThrow()));
    }

    @PutMapping(path = "/units/{id}/meetings/{meetingId:\\d+}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct a meeting's day, kind, theme, place or chair, checked as when it was recorded; "
            + "a new day must hold the branch's members of the attendance sheet")
    MeetingDetail reviseMeeting(@PathVariable long id, @PathVariable long meetingId,
            @Valid @RequestBody MeetingEditRequest r) {
        meetingOf(id, meetingId, Permission.WRITE);
        meetings.revise(meetingId, new NewMeeting(UnitId.of(id), r.heldOn(), r.kind(), r.theme(), r.place(), r.chair()));
        return detail(meetingId);
    }

    @DeleteMapping("/units/{id}/meetings/{meetingId:\\d+}")
    @Operation(summary = "Delete a meeting recorded by mistake, with its attendance")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> deleteMeeting(@PathVariable long id, @PathVariable long meetingId) {
        meetingOf(id, meetingId, Permission.WRITE);
        meetings.delete(meetingId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/units/{id}/conferences/{conferenceId:\\d+}")
    @Operation(summary = "A conference with its attendees recorded one by one")
    ConferenceDetail conference(@PathVariable long id, @PathVariable long conferenceId) {
        conferenceOf(id, conferenceId, Permission.READ);
        return conferenceDetail(conferenceId);
    }

    @PutMapping(path = "/units/{id}/conferences/{conferenceId:\\d+}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct a conference's fields (not its attendees or files), checked as when it was recorded")
    ConferenceDetail reviseConference(@PathVariable long id, @PathVariable long conferenceId,
            @Valid @RequestBody ConferenceEditRequest r) {
        conferenceOf(id, conferenceId, Permission.WRITE);
        conferences.revise(conferenceId, new ConferenceEdit(r.kind(), r.heldOn(), r.title(), r.place(), r.presiding(),
                r.guests() == null ? List.of() : r.guests().stream().map(g -> new Guest(g.name(), g.title())).toList(),
                r.attendeesCount(), r.branchesCount(), r.documents(), r.minutes()));
        return conferenceDetail(conferenceId);
    }

    @DeleteMapping("/units/{id}/conferences/{conferenceId:\\d+}")
    @Operation(summary = "Delete a conference recorded by mistake, with its guests, attendees and files")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> deleteConference(@PathVariable long id, @PathVariable long conferenceId) {
        conferenceOf(id, conferenceId, Permission.WRITE);
        conferences.delete(conferenceId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/units/{id}/conferences/{conferenceId:\\d+}/attendee-candidates")
    @Operation(summary = "Members who may be recorded present: of the unit's subtree on the day, within the caller's reach, "
            + "not yet recorded, whose name holds the words typed (diacritics optional, the last word may be cut short)")
    List<CandidateResponse> attendeeCandidates(@PathVariable long id, @PathVariable long conferenceId,
            @Parameter(example = "nguyen van") @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "50") int limit) {
        conferenceOf(id, conferenceId, Permission.WRITE);
        return conferences.candidates(conferenceId, q, access.scope(Permission.READ), Math.min(Math.max(1, limit), 500))
                .stream().map(c -> new CandidateResponse(c.member().value(), c.fullName(), c.birthDate(), c.branchName()))
                .toList();
    }

    @PostMapping(path = "/units/{id}/conferences/{conferenceId:\\d+}/attendees", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record members present, one by one (those already recorded stay); the attendance is then "
            + "counted from them")
    ConferenceDetail addAttendees(@PathVariable long id, @PathVariable long conferenceId,
            @Valid @RequestBody AttendeesRequest r) {
        conferenceOf(id, conferenceId, Permission.WRITE);
        conferences.addAttendees(conferenceId, r.memberIds().stream().map(MemberId::new).toList(),
                access.scope(Permission.READ));
        return conferenceDetail(conferenceId);
    }

    @DeleteMapping("/units/{id}/conferences/{conferenceId:\\d+}/attendees/{memberId:\\d+}")
    @Operation(summary = "Take someone recorded by mistake off the attendees")
    ConferenceDetail removeAttendee(@PathVariable long id, @PathVariable long conferenceId, @PathVariable long memberId) {
        conferenceOf(id, conferenceId, Permission.WRITE);
        conferences.removeAttendee(conferenceId, new MemberId(memberId), access.scope(Permission.READ));
        return conferenceDetail(conferenceId);
    }

    private void conferenceOf(long unitId, long conferenceId, Permission permission) {
        access.check(permission, unitId);
        ConferenceView c = conferences.find(conferenceId).orElseThrow(() -> new NotFoundException("conference", conferenceId));
        if (c.unit().value() != unitId) {
            throw new NotFoundException("conference", conferenceId);
        }
    }

    private ConferenceDetail conferenceDetail(long conferenceId) {
        List<AttendeeLine> lines = conferences.attendees(conferenceId, access.scope(Permission.READ));
        return new ConferenceDetail(conference(conferences.find(conferenceId).orElseThrow()), lines.stream()
                .map(l -> new AttendeeResponse(l.member().value(), l.fullName(), !l.visible(), l.branch().value(),
                        l.branchName())).toList());
    }

    private void meetingOf(long unitId, long meetingId, Permission permission) {
        access.check(permission, unitId);
        MeetingView meeting = meetings.find(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        if (meeting.branch().value() != unitId) {
            throw new NotFoundException("meeting", meetingId);
        }
    }

    private MeetingDetail detail(long meetingId) {
        List<RollLine> roll = meetings.roll(meetingId, access.scope(Permission.READ));
        return new MeetingDetail(meeting(meetings.find(meetingId).orElseThrow()), roll.stream().filter(RollLine::visible)
                .map(l -> new RollResponse(l.member().value(), l.fullName(), l.status().name(), l.exempt(), l.presence(),
                        l.reason())).toList());
    }

    private static List<Mark> marks(List<MarkRequest> requests) {
        return requests.stream().map(m -> new Mark(new MemberId(m.memberId()), m.presence(), m.reason())).toList();
    }

    private static MeetingResponse meeting(MeetingView m) {
        return new MeetingResponse(m.id(), m.branch().value(), m.branchName(), m.heldOn(), m.kind(), m.theme(), m.place(),
                m.chair(), m.expected(), m.present(), m.excused(), m.unexcused());
    }

    private static ConferenceResponse conference(ConferenceView c) {
        return new ConferenceResponse(c.id(), c.unit().value(), c.unitName(), c.kind(), c.heldOn(), c.title(), c.place(),
                c.presiding(), c.guests(), c.attendees(), c.branches(), c.attendancePhrase(), c.documents(), c.minutes(),
                c.files().stream().map(f -> f.fileName()).toList());
    }
}
