package vn.dangvu.members;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import vn.dangvu.members.MemberEvent.AdmissionDecided;
import vn.dangvu.members.MemberEvent.AwarenessCertified;
import vn.dangvu.members.MemberEvent.BadgeAwarded;
import vn.dangvu.members.MemberEvent.BranchVoted;
import vn.dangvu.members.MemberEvent.CandidateDropped;
import vn.dangvu.members.MemberEvent.CandidateRegistered;
import vn.dangvu.members.MemberEvent.CeremonyHeld;
import vn.dangvu.members.MemberEvent.Died;
import vn.dangvu.members.MemberEvent.Disciplined;
import vn.dangvu.members.MemberEvent.Exempted;
import vn.dangvu.members.MemberEvent.ExemptionEnded;
import vn.dangvu.members.MemberEvent.Introduced;
import vn.dangvu.members.MemberEvent.LeftParty;
import vn.dangvu.members.MemberEvent.PostLeft;
import vn.dangvu.members.MemberEvent.PostTaken;
import vn.dangvu.members.MemberEvent.ProbationStruckOff;
import vn.dangvu.members.MemberEvent.RecognizedOfficial;
import vn.dangvu.members.MemberEvent.RecordOpened;
import vn.dangvu.members.MemberEvent.StruckOff;
import vn.dangvu.members.MemberEvent.TemporarilyTransferred;
import vn.dangvu.members.MemberEvent.TemporaryTransferEnded;
import vn.dangvu.members.MemberEvent.Transferred;
import vn.dangvu.organizations.UnitId;

/**
 * A person's Party life: their date of birth and the ordered events, which together decide every
 * status, branch and party age on any date. {@link #append} is the only way to change it; it
 * checks the event against every rule of {@link MembershipRule} first and refuses it whole.
 */
public final class MemberHistory {

    private final MembershipPolicy policy;
    private final LocalDate birthDate;
    private final List<MemberEvent> events;
    private final State state;

    private MemberHistory(MembershipPolicy policy, LocalDate birthDate, List<MemberEvent> events, State state) {
        this.policy = policy;
        this.birthDate = birthDate;
        this.events = List.copyOf(events);
        this.state = state;
    }

    public static MemberHistory empty(LocalDate birthDate, MembershipPolicy policy) {
        return new MemberHistory(policy, Objects.requireNonNull(birthDate), List.of(), State.initial());
    }

    /** Rebuilds a stored history without re-checking it: what was accepted once stays accepted. */
    static MemberHistory restore(LocalDate birthDate, List<MemberEvent> events, MembershipPolicy policy) {
        State state = State.initial();
        for (MemberEvent e : events) {
            state = state.after(e);
        }
        return new MemberHistory(policy, birthDate, events, state);
    }

    public List<MemberEvent> events() {
        return events;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public MemberStatus currentStatus() {
        return state.status;
    }

    public UnitId currentUnit() {
        return state.unit;
    }

    /** The history with the event added, or a {@link vn.dangvu.platform.RuleViolation} naming the rule it breaks. */
    MemberHistory append(MemberEvent event, WorkingDays workingDays, MembershipContext context) {
        check(event, workingDays, context);
        List<MemberEvent> next = new ArrayList<>(events);
        next.add(event);
        return new MemberHistory(policy, birthDate, next, state.after(event));
    }

    private void check(MemberEvent event, WorkingDays workingDays, MembershipContext context) {
        LocalDate on = Objects.requireNonNull(event.on(), "date");
        if (on.isAfter(context.today())) {
            throw MembershipRule.CHRONOLOGICAL.violation("future", on);
        }
        if (state.lastEventOn != null && on.isBefore(state.lastEventOn)) {
            throw MembershipRule.CHRONOLOGICAL.violation("chronological", on, state.lastEventOn);
        }
        if (on.isBefore(birthDate)) {
            throw MembershipRule.CHRONOLOGICAL.violation("before-birth", on);
        }
        MemberStatus status = state.status;
        switch (event) {
            case RecordOpened e -> {
                if (status != null) {
                    throw lifecycle(event, status);
                }
                requireBranch(e.branch(), on, context);
                LocalDate admitted = e.admittedOn();
                if (admitted == null || admitted.isAfter(on)) {
                    throw MembershipRule.RECORD.violation("record-admission");
                }
                if (ageOn(admitted) < policy.minimumAge()) {
                    throw MembershipRule.AGE.violation("too-young", ageOn(admitted), policy.minimumAge());
                }
                LocalDate probationFrom = e.ceremonyOn() != null ? e.ceremonyOn() : admitted;
                if (e.ceremonyOn() != null && e.ceremonyOn().isBefore(admitted)
                        || e.officialFrom() != null && e.officialFrom().isBefore(probationFrom.plusMonths(policy.probationMonths()))) {
                    throw MembershipRule.PROBATION.violation("record-dates");
                }
                if (e.officialFrom() != null && e.officialFrom().isAfter(context.today())) {
                    throw MembershipRule.CHRONOLOGICAL.violation("future", e.officialFrom());
                }
            }
            case CandidateRegistered e -> {
                if (status != null && !status.isTerminal()) {
                    throw lifecycle(event, status);
                }
                if (status == MemberStatus.EXPELLED || status == MemberStatus.DECEASED) {
                    throw MembershipRule.READMISSION.violation("readmission-excluded", statusLabel(status));
                }
                requireBranch(e.branch(), on, context);
            }
            case AwarenessCertified e -> {
                requireStatus(event, MemberStatus.CANDIDATE);
                requireText(e.certificateNumber(), "certificate-number");
            }
            case Introduced e -> {
                requireStatus(event, MemberStatus.CANDIDATE);
                if (e.first() == null || e.second() == null || e.first().equals(e.second())) {
                    throw MembershipRule.INTRODUCERS.violation("introducers-two");
                }
                for (MemberId introducer : List.of(e.first(), e.second())) {
                    if (context.statusOf(introducer, on).orElse(null) != MemberStatus.OFFICIAL) {
                        throw MembershipRule.INTRODUCERS.violation("introducer-not-official", introducer, on);
                    }
                }
            }
            case BranchVoted e -> {
                requireStatus(event, MemberStatus.CANDIDATE);
                if (state.certificateOn == null) {
                    throw MembershipRule.AWARENESS_CERTIFICATE.violation("certificate-missing");
                }
                if (on.isAfter(state.certificateOn.plusMonths(policy.certificateValidityMonths()))) {
                    throw MembershipRule.AWARENESS_CERTIFICATE.violation("certificate-expired", state.certificateOn,
                            policy.certificateValidityMonths());
                }
                if (!state.introduced) {
                    throw MembershipRule.INTRODUCERS.violation("introducers-missing");
                }
                int age = ageOn(on);
                if (age < policy.minimumAge()) {
                    throw MembershipRule.AGE.violation("too-young", age, policy.minimumAge());
                }
                if (e.votesTotal() <= 0 || e.votesFor() < 0 || e.votesFor() > e.votesTotal()) {
                    throw MembershipRule.BRANCH_MAJORITY.violation("votes-invalid", e.votesFor(), e.votesTotal());
                }
                if (e.votesFor() * 2 <= e.votesTotal()) {
                    throw MembershipRule.BRANCH_MAJORITY.violation("no-majority", e.votesFor(), e.votesTotal());
                }
            }
            case AdmissionDecided e -> {
                requireStatus(event, MemberStatus.CANDIDATE);
                if (state.branchVoteOn == null) {
                    throw lifecycle(event, status);
                }
                requireText(e.decisionNumber(), "decision-number");
                if (ageOn(state.branchVoteOn) > policy.maximumAge() && isBlank(e.overAgeDecision())) {
                    throw MembershipRule.AGE.violation("too-old", ageOn(state.branchVoteOn), policy.maximumAge());
                }
                requireInTime(on, workingDays.addWorkingDays(state.branchVoteOn, policy.admissionDecisionWorkingDays()),
                        e.lateReason(), "admission-late", policy.admissionDecisionWorkingDays());
                if (state.admissions > policy.maxReadmissions()) {
                    throw MembershipRule.READMISSION.violation("readmission-limit", policy.maxReadmissions());
                }
            }
            case CeremonyHeld e -> {
                requireStatus(event, MemberStatus.PROBATIONARY);
                if (state.ceremonyOn != null) {
                    throw lifecycle(event, status);
                }
                requireInTime(on, workingDays.addWorkingDays(state.admissionOn, policy.ceremonyWorkingDays()),
                        e.lateReason(), "ceremony-late", policy.ceremonyWorkingDays());
            }
            case RecognizedOfficial e -> {
                requireStatus(event, MemberStatus.PROBATIONARY);
                if (state.ceremonyOn == null) {
                    throw MembershipRule.PROBATION.violation("no-ceremony");
                }
                LocalDate end = state.ceremonyOn.plusMonths(policy.probationMonths());
                if (on.isBefore(end)) {
                    throw MembershipRule.PROBATION.violation("probation-not-over", end);
                }
                requireText(e.decisionNumber(), "decision-number");
                int allowed = policy.recognitionReviewWorkingDays() + policy.recognitionDecisionWorkingDays();
                requireInTime(on, workingDays.addWorkingDays(end, allowed), e.lateReason(), "recognition-late", allowed);
            }
            case ProbationStruckOff e -> requireStatus(event, MemberStatus.PROBATIONARY);
            case CandidateDropped e -> requireStatus(event, MemberStatus.CANDIDATE);
            case Transferred e -> {
                requireMember(event);
                requireBranch(e.to(), on, context);
                if (e.to().equals(state.unit)) {
                    throw MembershipRule.TRANSFER.violation("same-branch");
                }
            }
            case TemporarilyTransferred e -> {
                requireMember(event);
                requireBranch(e.to(), on, context);
                if (e.to().equals(state.unit) || state.hostUnit != null) {
                    throw MembershipRule.TRANSFER.violation("temporary-invalid");
                }
                if (e.until() != null && !e.until().isAfter(on)) {
                    throw MembershipRule.TRANSFER.violation("temporary-end", e.until(), on);
                }
            }
            case TemporaryTransferEnded e -> {
                requireMember(event);
                if (state.hostUnit == null) {
                    throw MembershipRule.TRANSFER.violation("not-temporary");
                }
            }
            case Exempted e -> {
                if (status != MemberStatus.OFFICIAL || state.exempt) {
                    throw MembershipRule.EXEMPTION.violation("exemption-official");
                }
            }
            case ExemptionEnded e -> {
                if (!state.exempt || status == null || !status.isMember()) {
                    throw MembershipRule.EXEMPTION.violation("not-exempt");
                }
            }
            case Disciplined e -> {
                requireMember(event);
                Set<DisciplineForm> permitted = DisciplineForm.permittedFor(status, !state.posts.isEmpty());
                if (e.form() == null || !permitted.contains(e.form())) {
                    throw MembershipRule.DISCIPLINE_FORM.violation("discipline-form",
                            e.form() == null ? "" : vn.dangvu.platform.Labels.key(e.form().messageKey()),
                            statusLabel(status));
                }
                requireText(e.decisionNumber(), "decision-number");
            }
            case StruckOff e -> requireStatus(event, MemberStatus.OFFICIAL);
            case LeftParty e -> requireMember(event);
            case Died e -> {
                if (status == null || status.isTerminal()) {
                    throw lifecycle(event, status);
                }
            }
            case PostTaken e -> {
                requireMember(event);
                if (e.post() == null || state.posts.contains(e.post())) {
                    throw lifecycle(event, status);
                }
            }
            case PostLeft e -> {
                if (e.post() == null || !state.posts.contains(e.post())) {
                    throw lifecycle(event, status);
                }
            }
            case BadgeAwarded e -> {
                requireStatus(event, MemberStatus.OFFICIAL);
                if (!policy.badgeYears().contains(e.years()) || state.badges.contains(e.years())) {
                    throw MembershipRule.BADGE.violation("badge-invalid", e.years());
                }
                Optional<LocalDate> reached = milestoneDate(e.years());
                if (reached.isEmpty() || reached.get().isAfter(on)) {
                    throw MembershipRule.BADGE.violation("badge-not-reached", e.years());
                }
            }
        }
    }

    // --- what the history says on a date ------------------------------------------------------------

    public Optional<MemberStatus> statusOn(LocalDate day) {
        return periodOn(day).map(vn.dangvu.members.Period::status).or(() -> terminalOn(day));
    }

    public Optional<vn.dangvu.members.Period> periodOn(LocalDate day) {
        return periods().stream().filter(p -> p.contains(day)).findFirst();
    }

    private Optional<MemberStatus> terminalOn(LocalDate day) {
        MemberStatus last = null;
        for (MemberEvent e : events) {
            if (e.on().isAfter(day)) {
                break;
            }
            MemberStatus s = terminalStatus(e);
            last = s != null ? s : e instanceof CandidateRegistered ? null : last;
        }
        return Optional.ofNullable(last);
    }

    /**
     * The intervals of status and branch, derived from the events. Recognition is dated back to the
     * end of probation, as the Charter counts a late decision from the end of the 12 months.
     */
    public List<vn.dangvu.members.Period> periods() {
        TreeMap<LocalDate, List<MemberEvent>> byDay = new TreeMap<>();
        LocalDate ceremony = null;
        List<LocalDate> officialFrom = new ArrayList<>();
        for (MemberEvent e : events) {
            byDay.computeIfAbsent(e.on(), d -> new ArrayList<>()).add(e);
            if (e instanceof RecordOpened r && r.officialFrom() != null) {
                officialFrom.add(r.officialFrom());
            } else if (e instanceof CeremonyHeld c) {
                ceremony = c.on();
            } else if (e instanceof RecognizedOfficial && ceremony != null) {
                officialFrom.add(ceremony.plusMonths(policy.probationMonths()));
            }
        }
        List<vn.dangvu.members.Period> out = new ArrayList<>();
        MemberStatus status = null;
        UnitId unit = null;
        UnitId host = null;
        boolean exempt = false;
        LocalDate from = null;
        TreeMap<LocalDate, Boolean> changes = new TreeMap<>();
        byDay.keySet().forEach(d -> changes.put(d, true));
        officialFrom.forEach(d -> changes.put(d, true));
        for (LocalDate day : changes.keySet()) {
            MemberStatus nextStatus = status;
            UnitId nextUnit = unit;
            UnitId nextHost = host;
            boolean nextExempt = exempt;
            if (officialFrom.contains(day) && status == MemberStatus.PROBATIONARY) {
                nextStatus = MemberStatus.OFFICIAL;
            }
            for (MemberEvent e : byDay.getOrDefault(day, List.of())) {
                switch (e) {
                    case RecordOpened o -> {
                        nextStatus = o.officialFrom() != null && !o.officialFrom().isAfter(day)
                                ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
                        nextUnit = o.branch();
                    }
                    case CandidateRegistered c -> {
                        nextStatus = MemberStatus.CANDIDATE;
                        nextUnit = c.branch();
                        nextHost = null;
                        nextExempt = false;
                    }
                    case AdmissionDecided a -> nextStatus = MemberStatus.PROBATIONARY;
                    case RecognizedOfficial r -> {
                        if (officialFrom.stream().noneMatch(d -> !d.isAfter(day))) {
                            nextStatus = MemberStatus.OFFICIAL;
                        }
                    }
                    case Transferred t -> {
                        nextUnit = t.to();
                        nextHost = null;
                    }
                    case TemporarilyTransferred t -> nextHost = t.to();
                    case TemporaryTransferEnded t -> nextHost = null;
                    case Exempted x -> nextExempt = true;
                    case ExemptionEnded x -> nextExempt = false;
                    default -> {
                        MemberStatus terminal = terminalStatus(e);
                        if (terminal != null) {
                            nextStatus = terminal;
                        }
                    }
                }
            }
            boolean changed = nextStatus != status || !Objects.equals(nextUnit, unit) || !Objects.equals(nextHost, host)
                    || nextExempt != exempt;
            if (changed) {
                if (from != null && status != null && !status.isTerminal()) {
                    out.add(new vn.dangvu.members.Period(from, day, status, unit, host, exempt));
                }
                status = nextStatus;
                unit = nextUnit;
                host = nextHost;
                exempt = nextExempt;
                from = day;
            }
        }
        if (from != null && status != null && !status.isTerminal()) {
            out.add(new vn.dangvu.members.Period(from, LocalDate.MAX, status, unit, host, exempt));
        }
        return Collections.unmodifiableList(out);
    }

    /** Tuổi đảng on the day: from the first admission that led to recognition, less the interruptions since. */
    public Period partyAgeOn(LocalDate day) {
        List<Span> spans = recognizedSpans();
        if (spans.isEmpty() || !spans.getFirst().from.isBefore(day)) {
            return Period.ZERO;
        }
        LocalDate start = spans.getFirst().from;
        LocalDate end = day;
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (!span.to.isBefore(day)) {
                break;
            }
            if (i + 1 < spans.size() && spans.get(i + 1).from.isBefore(day)) {
                start = start.plusDays(ChronoUnit.DAYS.between(span.to, spans.get(i + 1).from));
            } else {
                end = span.to;
                break;
            }
        }
        return Period.between(start, end);
    }

    /**
     * The day from which the member's party age runs unbroken to today: the first recognized
     * admission, moved later by every interruption since. Empty unless the member is in a
     * recognized span now.
     */
    public Optional<LocalDate> partyAgeFrom() {
        List<Span> spans = recognizedSpans();
        if (spans.isEmpty() || !spans.getLast().to.equals(LocalDate.MAX)) {
            return Optional.empty();
        }
        LocalDate start = spans.getFirst().from;
        for (int i = 1; i < spans.size(); i++) {
            start = start.plusDays(ChronoUnit.DAYS.between(spans.get(i - 1).to, spans.get(i).from));
        }
        return Optional.of(start);
    }

    /** When the person became a candidate in the current cycle. */
    public Optional<LocalDate> candidateSince() {
        LocalDate since = null;
        for (MemberEvent e : events) {
            if (e instanceof CandidateRegistered c) {
                since = c.on();
            }
        }
        return state.status == MemberStatus.CANDIDATE ? Optional.ofNullable(since) : Optional.empty();
    }

    /** The day the member's party age reaches {@code years}, if their history gets them there. */
    public Optional<LocalDate> milestoneDate(int years) {
        List<Span> spans = recognizedSpans();
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        LocalDate reached = spans.getFirst().from.plusYears(years);
        for (int i = 0; i < spans.size(); i++) {
            if (reached.isBefore(spans.get(i).to)) {
                return Optional.of(reached);
            }
            if (i + 1 == spans.size()) {
                return Optional.empty();
            }
            reached = reached.plusDays(ChronoUnit.DAYS.between(spans.get(i).to, spans.get(i + 1).from));
        }
        return Optional.empty();
    }

    /** The badge the member is due at {@code presentationDay}: the highest milestone reached by then and not yet presented. */
    public Optional<Integer> badgeDueOn(LocalDate presentationDay) {
        if (statusOn(presentationDay).orElse(null) != MemberStatus.OFFICIAL && currentStatus() != MemberStatus.OFFICIAL) {
            return Optional.empty();
        }
        Integer due = null;
        for (int years : policy.badgeYears()) {
            if (state.badges.contains(years)) {
                continue;
            }
            Optional<LocalDate> reached = milestoneDate(years);
            if (reached.isPresent() && !reached.get().isAfter(presentationDay)) {
                due = years;
            }
        }
        return Optional.ofNullable(due);
    }

    /** The next badge presentation day on or after the date (3/2, 19/5, 2/9, 7/11 by default). */
    public static LocalDate nextPresentationDay(LocalDate from, MembershipPolicy policy) {
        for (int year = from.getYear(); ; year++) {
            for (MonthDay day : policy.badgeDays()) {
                LocalDate candidate = day.atYear(year);
                if (!candidate.isBefore(from)) {
                    return candidate;
                }
            }
        }
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** When the current probation ends, if the person is a probationary member whose ceremony was held. */
    public Optional<LocalDate> probationEnd() {
        return state.status == MemberStatus.PROBATIONARY && state.ceremonyOn != null
                ? Optional.of(state.ceremonyOn.plusMonths(policy.probationMonths()))
                : Optional.empty();
    }

    public Optional<LocalDate> admissionDecisionOn() {
        return Optional.ofNullable(state.admissionOn);
    }

    public Optional<LocalDate> ceremonyOn() {
        return Optional.ofNullable(state.ceremonyOn);
    }

    public Optional<LocalDate> certificateOn() {
        return Optional.ofNullable(state.certificateOn);
    }

    public Optional<LocalDate> branchVoteOn() {
        return Optional.ofNullable(state.branchVoteOn);
    }

    public Set<PartyPost> posts() {
        return state.posts.isEmpty() ? Set.of() : EnumSet.copyOf(state.posts);
    }

    public Set<Integer> badges() {
        return Set.copyOf(state.badges);
    }

    public boolean exempt() {
        return state.exempt;
    }

    public UnitId hostUnit() {
        return state.hostUnit;
    }

    // --- internals ----------------------------------------------------------------------------------

    private record Span(LocalDate from, LocalDate to, boolean recognized) {
    }

    /** Each admission to its end (or today's open end), and whether it reached official membership. */
    private List<Span> recognizedSpans() {
        return membershipSpans().stream().filter(Span::recognized).toList();
    }

    private List<Span> membershipSpans() {
        List<Span> spans = new ArrayList<>();
        LocalDate from = null;
        boolean recognized = false;
        for (MemberEvent e : events) {
            if (e instanceof RecordOpened o) {
                from = o.admittedOn();
                recognized = o.officialFrom() != null;
            } else if (e instanceof AdmissionDecided a) {
                from = a.on();
                recognized = false;
            } else if (e instanceof RecognizedOfficial) {
                recognized = true;
            } else if (from != null && terminalStatus(e) != null) {
                spans.add(new Span(from, e.on(), recognized));
                from = null;
            }
        }
        if (from != null) {
            spans.add(new Span(from, LocalDate.MAX, recognized));
        }
        return spans;
    }

    private static MemberStatus terminalStatus(MemberEvent e) {
        return switch (e) {
            case ProbationStruckOff p -> MemberStatus.STRUCK_OFF;
            case StruckOff s -> MemberStatus.STRUCK_OFF;
            case LeftParty l -> MemberStatus.LEFT;
            case Died d -> MemberStatus.DECEASED;
            case CandidateDropped c -> MemberStatus.NOT_ADMITTED;
            case Disciplined d when d.form() == DisciplineForm.EXPULSION -> MemberStatus.EXPELLED;
            default -> null;
        };
    }

    private void requireStatus(MemberEvent event, MemberStatus expected) {
        if (state.status != expected) {
            throw lifecycle(event, state.status);
        }
    }

    private void requireMember(MemberEvent event) {
        if (state.status == null || !state.status.isMember()) {
            throw lifecycle(event, state.status);
        }
    }

    /** The latest date the opened record speaks of: the branch must exist then. */
    private static LocalDate latest(LocalDate on, RecordOpened e) {
        LocalDate last = on;
        for (LocalDate d : new LocalDate[] {e.ceremonyOn(), e.officialFrom()}) {
            if (d != null && d.isAfter(last)) {
                last = d;
            }
        }
        return last;
    }

    private static void requireBranch(UnitId unit, LocalDate on, MembershipContext context) {
        if (unit == null || !context.isBranchOn(unit, on)) {
            throw MembershipRule.MEMBER_IN_BRANCH.violation("not-a-branch", on);
        }
    }

    private static void requireInTime(LocalDate on, LocalDate deadline, String lateReason, String key, int days) {
        if (on.isAfter(deadline) && isBlank(lateReason)) {
            throw MembershipRule.DEADLINE.violation(key, deadline, days);
        }
    }

    private static void requireText(String value, String key) {
        if (isBlank(value)) {
            throw MembershipRule.RECORD.violation(key);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static Object statusLabel(MemberStatus status) {
        return status == null ? vn.dangvu.platform.Labels.key("member.status.NONE")
                : vn.dangvu.platform.Labels.key(status.messageKey());
    }

    private static vn.dangvu.platform.RuleViolation lifecycle(MemberEvent event, MemberStatus status) {
        return MembershipRule.LIFECYCLE.violation("lifecycle",
                vn.dangvu.platform.Labels.key("member.event." + event.kind()), statusLabel(status));
    }

    /** What the rules need to know, folded from the events in order. */
    private record State(MemberStatus status, UnitId unit, UnitId hostUnit, boolean exempt, LocalDate lastEventOn,
            LocalDate certificateOn, boolean introduced, LocalDate branchVoteOn, LocalDate admissionOn,
            LocalDate ceremonyOn, int admissions, EnumSet<PartyPost> posts, Set<Integer> badges) {

        static State initial() {
            return new State(null, null, null, false, null, null, false, null, null, null, 0,
                    EnumSet.noneOf(PartyPost.class), Set.of());
        }

        State after(MemberEvent event) {
            MemberStatus s = status;
            UnitId u = unit;
            UnitId h = hostUnit;
            boolean x = exempt;
            LocalDate cert = certificateOn;
            boolean intro = introduced;
            LocalDate vote = branchVoteOn;
            LocalDate admission = admissionOn;
            LocalDate ceremony = ceremonyOn;
            int count = admissions;
            EnumSet<PartyPost> p = posts.isEmpty() ? EnumSet.noneOf(PartyPost.class) : EnumSet.copyOf(posts);
            Set<Integer> b = new java.util.HashSet<>(badges);
            switch (event) {
                case RecordOpened e -> {
                    s = e.officialFrom() != null ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
                    u = e.branch();
                    admission = e.admittedOn();
                    ceremony = e.ceremonyOn();
                    count++;
                }
                case CandidateRegistered e -> {
                    s = MemberStatus.CANDIDATE;
                    u = e.branch();
                    h = null;
                    x = false;
                    cert = null;
                    intro = false;
                    vote = null;
                    admission = null;
                    ceremony = null;
                    p.clear();
                }
                case AwarenessCertified e -> cert = e.on();
                case Introduced e -> intro = true;
                case BranchVoted e -> vote = e.on();
                case AdmissionDecided e -> {
                    s = MemberStatus.PROBATIONARY;
                    admission = e.on();
                    count++;
                }
                case CeremonyHeld e -> ceremony = e.on();
                case RecognizedOfficial e -> s = MemberStatus.OFFICIAL;
                case Transferred e -> {
                    u = e.to();
                    h = null;
                }
                case TemporarilyTransferred e -> h = e.to();
                case TemporaryTransferEnded e -> h = null;
                case Exempted e -> x = true;
                case ExemptionEnded e -> x = false;
                case PostTaken e -> p.add(e.post());
                case PostLeft e -> p.remove(e.post());
                case BadgeAwarded e -> b.add(e.years());
                default -> {
                    MemberStatus terminal = terminalStatus(event);
                    if (terminal != null) {
                        s = terminal;
                        h = null;
                        x = false;
                        p.clear();
                    }
                }
            }
            LocalDate last = event instanceof RecordOpened r ? latest(r.on(), r) : event.on();
            return new State(s, u, h, x, last, cert, intro, vote, admission, ceremony, count, p, Set.copyOf(b));
        }
    }
}
