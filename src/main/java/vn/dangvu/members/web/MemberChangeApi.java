package vn.dangvu.members.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.dangvu.members.IdentityNumber;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.members.MemberViews.MemberView;
import vn.dangvu.members.web.MemberRequests.CandidateRequest;
import vn.dangvu.members.web.MemberRequests.EventBody;
import vn.dangvu.members.web.MemberRequests.MemberRecordRequest;
import vn.dangvu.members.web.MemberRequests.ProfileRequest;
import vn.dangvu.members.web.MemberResponses.MemberResponse;
import vn.dangvu.members.web.MemberResponses.Texts;
import vn.dangvu.members.web.MemberResponses.UnitRef;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.Views.UnitView;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.UnitAccess;

/**
 * Changes to member records through the API. The caller must be able to change every unit a change
 * touches: the member's branch, the branch a transfer goes to, the organization a post is in; the
 * members an event names (introducers) must be within their reach. The rules of a member's life are
 * {@link vn.dangvu.members.MemberHistory}'s, and a refusal answers 422 with the rule's name.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "400", description = "Invalid request; errors lists a message per field")
@ApiResponse(responseCode = "403", description = "The caller may read but not change a unit concerned")
@ApiResponse(responseCode = "404", description = "No such member or unit, or out of the caller's reach")
@ApiResponse(responseCode = "422", description = "Refused by a membership rule, named in rule; nothing changed")
@Tag(name = "Members")
class MemberChangeApi {

    private final MemberRegistry registry;
    private final MemberDirectory directory;
    private final OrganizationTree tree;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;

    MemberChangeApi(MemberRegistry registry, MemberDirectory directory, OrganizationTree tree, UnitAccess access,
            MessageSource messages, Clock clock) {
        this.registry = registry;
        this.directory = directory;
        this.tree = tree;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping(path = "/units/{id}/candidates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A branch starts following a candidate (quần chúng ưu tú): opens the person's record")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the new record")
    ResponseEntity<MemberResponse> registerCandidate(@PathVariable long id, @Valid @RequestBody CandidateRequest request,
            Locale locale) {
        UnitId branch = writableUnit(id, request.on());
        MemberId member = registry.registerCandidate(request.profile().toProfile(null), branch, request.on());
        return ResponseEntity.created(location(member)).body(member(member, locale));
    }

    @PostMapping(path = "/units/{id}/member-records", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open the record of a member admitted before Dangvu, from their paper file")
    @ApiResponse(responseCode = "201", description = "Opened; Location names the new record")
    ResponseEntity<MemberResponse> openRecord(@PathVariable long id, @Valid @RequestBody MemberRecordRequest request,
            Locale locale) {
        UnitId branch = writableUnit(id, request.on());
        MemberId member = registry.openRecord(request.profile().toProfile(null), new MemberEvent.RecordOpened(
                request.on(), branch, request.admittedOn(), request.ceremonyOn(), request.officialFrom()));
        return ResponseEntity.created(location(member)).body(member(member, locale));
    }

    @PutMapping(path = "/members/{id}/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct a member's personal record; the history must still hold with it (age at the "
            + "branch's review)")
    @ApiResponse(responseCode = "200", description = "Done", useReturnTypeSchema = true)
    MemberResponse updateProfile(@PathVariable long id, @Valid @RequestBody ProfileRequest request, Locale locale) {
        MemberId member = writableMember(id);
        IdentityNumber onFile = directory.identityNumber(member).map(IdentityNumber::new).orElse(null);
        registry.updateProfile(member, request.toProfile(onFile));
        return member(member, locale);
    }

    @PostMapping(path = "/members/{id}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the next event of a member's life, named by kind, e.g. "
            + "{\"kind\": \"AdmissionDecided\", \"on\": \"2016-06-20\", \"decisionNumber\": \"123-QĐ/ĐU\"}")
    @ApiResponse(responseCode = "200", description = "Recorded; the member as they stand now",
            useReturnTypeSchema = true)
    MemberResponse record(@PathVariable long id, @Valid @RequestBody EventBody event, Locale locale) {
        MemberId member = writableMember(id);
        event.unitIds().forEach(access::checkWrite);
        for (Long other : event.memberIds()) {
            UnitId unit = directory.unitOf(new MemberId(other)).orElseThrow(() -> new NotFoundException("member", other));
            access.checkRead(unit.value());
        }
        registry.record(member, event.toEvent());
        return member(member, locale);
    }

    private MemberId writableMember(long id) {
        MemberId member = new MemberId(id);
        UnitId unit = directory.unitOf(member).orElseThrow(() -> new NotFoundException("member", id));
        access.checkWrite(unit.value());
        return member;
    }

    private UnitId writableUnit(long id, LocalDate on) {
        access.checkWrite(id);
        return tree.find(UnitId.of(id), on).map(UnitView::id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private MemberResponse member(MemberId id, Locale locale) {
        MemberView view = directory.find(id).orElseThrow(() -> new NotFoundException("member", id));
        UnitRef host = MemberResponses.unitRef(view.hostUnit(),
                u -> tree.find(u, LocalDate.now(clock)).map(UnitView::name).orElse(null), access);
        return MemberResponses.member(view, host, new Texts(messages, locale));
    }

    private static URI location(MemberId id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/members/{id}")
                .buildAndExpand(id.value()).toUri();
    }
}
