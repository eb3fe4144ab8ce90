package vn.dangvu.members.web;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.members.MemberDirectory;
import vn.dangvu.members.MemberId;
import vn.dangvu.platform.SensitiveValueRevealed;

/**
 * Shows a member's identity number in clear and says so: the event is published in the same
 * transaction as the read, so a listener that writes the audit log sees every reveal. The caller
 * checks the right first.
 */
@Component
class IdentityReveal {

    static final String RECORD_TYPE = "member";
    static final String FIELD = "identityNumber";

    private final MemberDirectory directory;
    private final ApplicationEventPublisher events;

    IdentityReveal(MemberDirectory directory, ApplicationEventPublisher events) {
        this.directory = directory;
        this.events = events;
    }

    @Transactional
    Optional<String> reveal(MemberId id) {
        Optional<String> clear = directory.identityNumber(id);
        clear.ifPresent(n -> events.publishEvent(new SensitiveValueRevealed(RECORD_TYPE, id.value(), FIELD)));
        return clear;
    }
}
