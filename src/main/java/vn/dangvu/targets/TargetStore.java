package vn.dangvu.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangvu.organizations.UnitId;

/** Resolutions, targets, entered values and settings in explicit SQL. */
@Repository
class TargetStore {

    private static final String TARGET_COLUMNS = """
            id, resolution_id, number, title, quantity, unit_label, direction, scope, goal, baseline_measure,
            measure, manual_kind
            """;

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- resolutions ------------------------------------------------------------------------------

    long insertResolution(UnitId unit, long termId, String title, LocalDate adoptedOn) {
        return jdbc.sql("""
                insert into target_resolution (unit_id, term_id, title, adopted_on) values (?, ?, ?, ?) returning id
                """).params(unit.value(), termId, title, adoptedOn).query(Long.class).single();
    }

    boolean resolutionExistsForTerm(long termId) {
        return jdbc.sql("select exists(select 1 from target_resolution where term_id = ?)").param(termId)
                .query(Boolean.class).single();
    }

    Optional<Resolution> resolution(long id) {
        return jdbc.sql("select id, unit_id, term_id, title, adopted_on from target_resolution where id = ?")
                .param(id).query(TargetStore::mapResolution).optional();
    }

    /** Locks the resolution's row, so targets added at once get distinct numbers. */
    Optional<Resolution> lockResolution(long id) {
        jdbc.sql("select id from target_resolution where id = ? for update").param(id).query(Long.class).optional();
        return resolution(id);
    }

    Optional<Resolution> resolutionForTerm(long termId) {
        return jdbc.sql("select id, unit_id, term_id, title, adopted_on from target_resolution where term_id = ?")
                .param(termId).query(TargetStore::mapResolution).optional();
    }

    List<Resolution> resolutionsForTerms(Collection<Long> termIds) {
        if (termIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, unit_id, term_id, title, adopted_on from target_resolution where term_id = any(?)
                """).param(termIds.toArray(Long[]::new)).query(TargetStore::mapResolution).list();
    }

    List<Resolution> resolutions(UnitId unit) {
        return jdbc.sql("""
                select r.id, r.unit_id, r.term_id, r.title, r.adopted_on
                  from target_resolution r join org_term t on t.id = r.term_id
                 where r.unit_id = ? order by t.start_year
                """).param(unit.value()).query(TargetStore::mapResolution).list();
    }

    /** Every term of each of the units, oldest first: one query for a superior's subordinates. */
    java.util.Map<Long, List<vn.dangvu.organizations.Term>> termsOf(Collection<Long> unitIds) {
        var byUnit = new java.util.HashMap<Long, List<vn.dangvu.organizations.Term>>();
        if (unitIds.isEmpty()) {
            return byUnit;
        }
        jdbc.sql("""
                select id, unit_id, congress_number, congress_on, start_year, end_year
                  from org_term where unit_id = any(?) order by unit_id, start_year
                """).param(unitIds.toArray(Long[]::new))
                .query((rs, n) -> new vn.dangvu.organizations.Term(rs.getLong("id"), new UnitId(rs.getLong("unit_id")),
                        new vn.dangvu.organizations.CongressNumber(rs.getInt("congress_number")),
                        rs.getObject("congress_on", LocalDate.class), rs.getInt("start_year"), rs.getInt("end_year")))
                .list().forEach(t -> byUnit.computeIfAbsent(t.unit().value(), u -> new java.util.ArrayList<>()).add(t));
        return byUnit;
    }

    // --- targets ----------------------------------------------------------------------------------

    long insertTarget(long resolutionId, int number, TargetDraft d) {
        return jdbc.sql("""
                insert into target (resolution_id, number, title, quantity, unit_label, direction, scope, goal,
                                    baseline_measure, measure, manual_kind)
                values (:resolution, :number, :title, :quantity, :unitLabel, :direction, :scope, :goal,
                        :baseline, :measure, :manualKind)
                returning id
                """).param("resolution", resolutionId).param("number", number).params(draftParams(d))
                .query(Long.class).single();
    }

    void updateTarget(long id, int number, TargetDraft d) {
        jdbc.sql("""
                update target set number = :number, title = :title, quantity = :quantity, unit_label = :unitLabel,
                       direction = :direction, scope = :scope, goal = :goal, baseline_measure = :baseline,
                       measure = :measure, manual_kind = :manualKind, updated_at = now(), version = version + 1
                 where id = :id
                """).param("id", id).param("number", number).params(draftParams(d)).update();
    }

    private static java.util.Map<String, Object> draftParams(TargetDraft d) {
        var params = new java.util.HashMap<String, Object>();
        params.put("title", d.title());
        params.put("quantity", d.quantity().name());
        params.put("unitLabel", d.unitLabel());
        params.put("direction", d.direction().name());
        params.put("scope", d.scope().name());
        params.put("goal", d.goal());
        params.put("baseline", d.baselineMeasure());
        params.put("measure", d.measure());
        params.put("manualKind", d.manualKind() == null ? null : d.manualKind().name());
        return params;
    }

    Optional<Target> target(long id) {
        return jdbc.sql("select " + TARGET_COLUMNS + " from target where id = ?").param(id)
                .query(TargetStore::mapTarget).optional();
    }

    Optional<Target> lockTarget(long id) {
        jdbc.sql("select id from target where id = ? for update").param(id).query(Long.class).optional();
        return target(id);
    }

    List<Target> targets(long resolutionId) {
        return jdbc.sql("select " + TARGET_COLUMNS + " from target where resolution_id = ? order by number, id")
                .param(resolutionId).query(TargetStore::mapTarget).list();
    }

    List<Target> targetsOf(Collection<Long> resolutionIds) {
        if (resolutionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + TARGET_COLUMNS + " from target where resolution_id = any(?) order by number, id")
                .param(resolutionIds.toArray(Long[]::new)).query(TargetStore::mapTarget).list();
    }

    boolean numberTaken(long resolutionId, int number, long exceptTarget) {
        return jdbc.sql("select exists(select 1 from target where resolution_id = ? and number = ? and id <> ?)")
                .params(resolutionId, number, exceptTarget).query(Boolean.class).single();
    }

    int nextNumber(long resolutionId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from target where resolution_id = ?").param(resolutionId)
                .query(Integer.class).single();
    }

    // --- values entered by hand -------------------------------------------------------------------

    long insertManualValue(long targetId, LocalDate from, LocalDate to, BigDecimal value, String note) {
        return jdbc.sql("""
                insert into target_manual_value (target_id, period_from, period_to, value, note)
                values (?, ?, ?, ?, ?) returning id
                """).params(targetId, from, to, value, note).query(Long.class).single();
    }

    List<ManualValue> manualValues(Collection<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, target_id, period_from, period_to, value, note from target_manual_value
                 where target_id = any(?) order by period_to, id
                """).param(targetIds.toArray(Long[]::new))
                .query((rs, n) -> new ManualValue(rs.getLong("id"), rs.getLong("target_id"),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                        plain(rs.getBigDecimal("value")), rs.getString("note")))
                .list();
    }

    // --- settings ---------------------------------------------------------------------------------

    Optional<ProgressSettings> settings(UnitId unit) {
        return jdbc.sql("""
                select reached_at, on_track_at, summary_bands, percent_scale, rounding from target_settings
                 where unit_id = ?
                """).param(unit.value())
                .query((rs, n) -> new ProgressSettings(rs.getBigDecimal("reached_at"), rs.getBigDecimal("on_track_at"),
                        ProgressSettings.parseBands(rs.getString("summary_bands")), rs.getInt("percent_scale"),
                        RoundingMode.valueOf(rs.getString("rounding"))))
                .optional();
    }

    void saveSettings(UnitId unit, ProgressSettings s) {
        jdbc.sql("""
                insert into target_settings (unit_id, reached_at, on_track_at, summary_bands, percent_scale, rounding)
                values (:unit, :reached, :onTrack, :bands, :scale, :rounding)
                on conflict (unit_id) do update set reached_at = excluded.reached_at, on_track_at = excluded.on_track_at,
                       summary_bands = excluded.summary_bands, percent_scale = excluded.percent_scale,
                       rounding = excluded.rounding, updated_at = now()
                """).param("unit", unit.value()).param("reached", s.reachedAt()).param("onTrack", s.onTrackAt())
                .param("bands", s.bandsText()).param("scale", s.percentScale()).param("rounding", s.rounding().name())
                .update();
    }

    /** 110.0000 as 110, never as 1.1E+2. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Resolution mapResolution(ResultSet rs, int row) throws SQLException {
        return new Resolution(rs.getLong("id"), new UnitId(rs.getLong("unit_id")), rs.getLong("term_id"),
                rs.getString("title"), rs.getObject("adopted_on", LocalDate.class));
    }

    private static Target mapTarget(ResultSet rs, int row) throws SQLException {
        String manualKind = rs.getString("manual_kind");
        return new Target(rs.getLong("id"), rs.getLong("resolution_id"), rs.getInt("number"), rs.getString("title"),
                Quantity.valueOf(rs.getString("quantity")), rs.getString("unit_label"),
                Direction.valueOf(rs.getString("direction")), Scope.valueOf(rs.getString("scope")),
                plain(rs.getBigDecimal("goal")), rs.getString("baseline_measure"), rs.getString("measure"),
                manualKind == null ? null : MeasureKind.valueOf(manualKind));
    }
}
