package vn.dangvu.targets;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberId;
import vn.dangvu.members.MemberRegistry;
import vn.dangvu.members.Profile;
import vn.dangvu.members.Sex;
import vn.dangvu.organizations.Commands.EstablishUnit;
import vn.dangvu.organizations.Commands.OpenTerm;
import vn.dangvu.organizations.StructuralChanges;
import vn.dangvu.organizations.Term;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.organizations.UnitType;

/**
 * Units and member lives made through the real registries, so every measure is computed from
 * records written exactly as the application writes them.
 */
public final class Fixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final StructuralChanges changes;
    private final MemberRegistry members;
    private final String prefix;
    private MemberId introducerA;
    private MemberId introducerB;

    public Fixtures(StructuralChanges changes, MemberRegistry members) {
        this.changes = changes;
        this.members = members;
        this.prefix = "T" + SEQ.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
    }

    public UnitId unit(UnitId superior, UnitType type, String name, LocalDate on) {
        return changes.establish(new EstablishUnit(prefix + "-" + SEQ.incrementAndGet(), name, type, superior, on,
                null, null));
    }

    public UnitId province(String name) {
        return unit(null, UnitType.PROVINCIAL_COMMITTEE, name, LocalDate.of(2000, 1, 1));
    }

    public Term term(UnitId unit, int number, LocalDate congress, int from, int to) {
        return changes.openTerm(new OpenTerm(unit, number, congress, from, to));
    }

    static Profile person(String name, LocalDate born) {
        return new Profile(name, Sex.MALE, born, "Kinh", null, "Cần Thơ", null, null, "12/12", null, "Công nhân",
                "Khu công nghiệp Trà Nóc", null, null, null);
    }

    /** An official member since 1996, whose record the branch opened on 19/5/2016. */
    public MemberId official(UnitId branch, String name) {
        return official(branch, name, LocalDate.of(2016, 5, 19));
    }

    public MemberId official(UnitId branch, String name, LocalDate recordOpenedOn) {
        return members.openRecord(person(name, LocalDate.of(1970, 2, 2)), new MemberEvent.RecordOpened(
                recordOpenedOn, branch, LocalDate.of(1995, 5, 5), LocalDate.of(1995, 5, 20),
                LocalDate.of(1996, 5, 20)));
    }

    /** Two official members who introduce every candidate of these tests. */
    public void introducers(UnitId branch) {
        introducerA = official(branch, "Trần Văn Giới");
        introducerB = official(branch, "Lê Thị Thiệu");
    }

    /** A candidate registered, certified, introduced and voted by the branch, not yet admitted. */
    public MemberId candidate(UnitId branch, String name, LocalDate voteOn) {
        MemberId id = members.registerCandidate(person(name, LocalDate.of(1995, 3, 4)), branch, voteOn.minusDays(40));
        members.record(id, new MemberEvent.AwarenessCertified(voteOn.minusDays(30), "GCN-" + name.hashCode()));
        members.record(id, new MemberEvent.Introduced(voteOn.minusDays(20), introducerA, introducerB));
        members.record(id, new MemberEvent.BranchVoted(voteOn, 3, 3, "NQ-" + SEQ.incrementAndGet()));
        return id;
    }

    /** A candidate admitted by the committee's decision on {@code decidedOn}, ten days after the branch's vote. */
    public MemberId admitted(UnitId branch, String name, LocalDate decidedOn) {
        MemberId id = candidate(branch, name, decidedOn.minusDays(10));
        members.record(id, new MemberEvent.AdmissionDecided(decidedOn, "QĐ-" + SEQ.incrementAndGet(), null, null));
        return id;
    }

    /** Admitted, sworn in five days later and recognized as official on the day the twelve months end. */
    public MemberId recognized(UnitId branch, String name, LocalDate decidedOn) {
        MemberId id = admitted(branch, name, decidedOn);
        LocalDate ceremony = decidedOn.plusDays(5);
        members.record(id, new MemberEvent.CeremonyHeld(ceremony, null));
        members.record(id, new MemberEvent.RecognizedOfficial(ceremony.plusMonths(12), "QĐ-CT-" + SEQ.incrementAndGet(),
                null));
        return id;
    }

    public void record(MemberId id, MemberEvent event) {
        members.record(id, event);
    }
}
