package vn.dangvu.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.web.MemberResponses.IdentityNumberResponse;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.SensitiveValueRevealed;
import vn.dangvu.platform.UnitAccess;

/**
 * The identity number (CCCD) in clear, on request. It is sensitive personal data (Law 91/2025/QH15):
 * every answer is announced with {@link SensitiveValueRevealed} for the audit log before it leaves,
 * and never cached. It takes the right to see masked fields ({@link Permission#REVEAL_SENSITIVE}) over
 * the member's branch: keeping the branch's records is not enough.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "403", description = "The caller may read the member but not see masked fields in clear")
@ApiResponse(responseCode = "404", description = "No such member, or out of the caller's reach")
@Tag(name = "Members")
class MemberIdentityApi {

    static final String RECORD_TYPE = "member";
    static final String FIELD = "identityNumber";

    private final MemberDirectory directory;
    private final UnitAccess access;
    private final ApplicationEventPublisher events;

    MemberIdentityApi(MemberDirectory directory, UnitAccess access, ApplicationEventPublisher events) {
        this.directory = directory;
        this.access = access;
        this.events = events;
    }

    @PostMapping("/members/{id}/identity-number/reveal")
    @Operation(summary = "Show a member's identity number in clear; the view is recorded in the audit log")
    @ApiResponse(responseCode = "200", description = "The number, or null when the record has none",
            useReturnTypeSchema = true)
    ResponseEntity<IdentityNumberResponse> reveal(@PathVariable long id) {
        MemberId member = new MemberId(id);
        UnitId unit = directory.unitOf(member).orElseThrow(() -> new NotFoundException("member", id));
        access.check(Permission.REVEAL_SENSITIVE, unit.value());
        String clear = directory.identityNumber(member).orElse(null);
        if (clear != null) {
            events.publishEvent(new SensitiveValueRevealed(RECORD_TYPE, id, FIELD));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new IdentityNumberResponse(id, clear));
    }
}
