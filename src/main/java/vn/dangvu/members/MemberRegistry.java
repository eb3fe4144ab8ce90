package vn.dangvu.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organizations.OrganizationTree;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.RuleViolation;

/**
 * Opens member records and records the events of each member's life. Every event is checked by
 * {@link MemberHistory} against the membership rules before anything is written; the projections
 * are rewritten in the same transaction, and {@link MemberEventRecorded} is published for the
 * audit log and the targets.
 */
@Service
@Transactional
public class MemberRegistry {

    private final MemberStore store;
    private final OrganizationTree tree;
    private final MembershipPolicy policy;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MemberRegistry(MemberStore store, OrganizationTree tree, MembershipPolicy policy, WorkingDays workingDays, Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.tree = tree;
        this.policy = policy;
        this.workingDays = workingDays;
        this.clock = clock;
        this.events = events;
    }

    /** A branch starts following a candidate (quần chúng ưu tú). */
    public MemberId registerCandidate(Profile profile, UnitId branch, LocalDate on) {
        return open(profile, new MemberEvent.CandidateRegistered(on, branch));
    }

    /** Opens the record of a member admitted before Dangvu, from their paper file. */
    public MemberId openRecord(Profile profile, MemberEvent.RecordOpened opened) {
        return open(profile, opened);
    }

    private MemberId open(Profile profile, MemberEvent first) {
        if (profile.identityNumber() != null && store.identityTaken(profile.identityNumber(), null)) {
            throw new RuleViolation("members.record", "members.rule.identity-taken");
        }
        MemberHistory history = MemberHistory.empty(profile.birthDate(), policy).append(first, workingDays, context());
        MemberId id = store.insert(profile, history);
        store.appendEvent(id, 1, first, history.currentUnit());
        store.project(id, history);
        events.publishEvent(new MemberEventRecorded(id, first.kind(), first.on(), history.currentUnit(), null,
                history.currentStatus(), first, null, profile.auditFields()));
        return id;
    }

    /** Records the next event of a member's life, or refuses it with the rule it breaks; nothing is written then. */
    public MemberHistory record(MemberId id, MemberEvent event) {
        LocalDate birth = store.lockBirthDate(id).orElseThrow(() -> new NotFoundException("member", id));
        List<MemberEvent> past = store.events(id);
        MemberHistory before = MemberHistory.restore(birth, past, policy);
        MemberHistory after = before.append(event, workingDays, context());
        UnitId countedIn = before.currentUnit();
        store.appendEvent(id, past.size() + 1, event, event instanceof MemberEvent.Transferred t ? t.to() : countedIn);
        store.project(id, after);
        events.publishEvent(new MemberEventRecorded(id, event.kind(), event.on(), after.currentUnit(),
                before.currentStatus(), after.currentStatus(), event, null, null));
        return after;
    }

    public void updateProfile(MemberId id, Profile profile) {
        store.lockBirthDate(id).orElseThrow(() -> new NotFoundException("member", id));
        if (profile.identityNumber() != null && store.identityTaken(profile.identityNumber(), id)) {
            throw new RuleViolation("members.record", "members.rule.identity-taken");
        }
        List<MemberEvent> past = store.events(id);
        // The history must still hold with the corrected date of birth (age at the branch's review).
        MemberHistory replayed = MemberHistory.empty(profile.birthDate(), policy);
        for (MemberEvent e : past) {
            replayed = replayed.append(e, workingDays, replayContext(e));
        }
        Map<String, Object> before = store.profile(id).auditFields();
        store.updateProfile(id, profile);
        Map<String, Object> after = profile.auditFields();
        // Only what changed, on both sides.
        for (String key : Set.copyOf(after.keySet())) {
            if (java.util.Objects.equals(before.get(key), after.get(key))) {
                before.remove(key);
                after.remove(key);
            }
        }
        events.publishEvent(new MemberEventRecorded(id, "ProfileUpdated", LocalDate.now(clock), replayed.currentUnit(),
                replayed.currentStatus(), replayed.currentStatus(), null, before, after));
    }

    MembershipContext context() {
        LocalDate today = LocalDate.now(clock);
        return new MembershipContext() {
            @Override
            public boolean isBranchOn(UnitId unit, LocalDate on) {
                return tree.find(unit, on).filter(u -> u.existsOnDate() && u.type().isBranch()).isPresent();
            }

            @Override
            public Optional<MemberStatus> statusOf(MemberId member, LocalDate on) {
                return store.statusOn(member, on);
            }

            @Override
            public LocalDate today() {
                return today;
            }
        };
    }

    /** Replaying accepted events checks the person's own rules only: units and introducers were checked when recorded. */
    private MembershipContext replayContext(MemberEvent ignored) {
        LocalDate today = LocalDate.now(clock);
        return new MembershipContext() {
            @Override
            public boolean isBranchOn(UnitId unit, LocalDate on) {
                return true;
            }

            @Override
            public Optional<MemberStatus> statusOf(MemberId member, LocalDate on) {
                return Optional.of(MemberStatus.OFFICIAL);
            }

            @Override
            public LocalDate today() {
                return today;
            }
        };
    }
}
