package vn.dangvu.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.reports.ReportBuilder;
import vn.dangvu.reports.ReportKind;
import vn.dangvu.reports.ReportPeriod;

/** What pages and the API share: reading the period asked and the reader's scope. */
@Component
class ReportQueries {

    private final ReportBuilder builder;
    private final UnitAccess access;
    private final Clock clock;

    ReportQueries(ReportBuilder builder, UnitAccess access, Clock clock) {
        this.builder = builder;
        this.access = access;
        this.clock = clock;
    }

    /** The period of the kind for the unit; the year defaults to this year and a free period to this year so far. */
    ReportPeriod period(long unit, ReportKind kind, Integer year, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        ReportKind k = kind == null ? ReportKind.SIX_MONTHS : kind;
        int y = year == null ? today.getYear() : year;
        if (k == ReportKind.RANGE) {
            return new ReportPeriod(k, from == null ? today.withDayOfYear(1) : from, to == null ? today : to);
        }
        return builder.period(UnitId.of(unit), k, y, from, to);
    }

    /**
     * The unit's report as the reader may see it: subordinates limited to their scope, and the superior's
     * name (the header's first line) left out unless they may read the superior.
     */
    vn.dangvu.reports.ReportModel model(vn.dangvu.reports.Reports reports, long unit, ReportPeriod period) {
        var model = reports.model(UnitId.of(unit), period, scope());
        Long superior = model.unit().superiorId();
        return superior == null || access.canRead(superior) ? model : model.withoutSuperior();
    }

    Optional<Set<UnitId>> scope() {
        return access.readableRoots().map(roots -> roots.stream().map(UnitId::new).collect(Collectors.toSet()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A request the unit issued; another unit's (or none) is not found there. */
    vn.dangvu.reports.ReportRequest issuedBy(vn.dangvu.reports.ReportRequestBook book, long unit, long requestId) {
        return book.find(requestId).filter(r -> r.unit().value() == unit)
                .orElseThrow(() -> new vn.dangvu.platform.NotFoundException("report-request", requestId));
    }

    /** Only the addressees the reader may read today: a unit since handed elsewhere is left out. */
    vn.dangvu.reports.ReportRequest visible(vn.dangvu.reports.ReportRequest r) {
        return new vn.dangvu.reports.ReportRequest(r.id(), r.unit(), r.document(), r.issuedOn(), r.period(), r.deadline(),
                r.addressees().stream().filter(a -> access.canRead(a.unit().value())).toList());
    }
}
