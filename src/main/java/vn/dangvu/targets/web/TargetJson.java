package vn.dangvu.targets.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.MeasureKind;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.Scope;
import vn.dangvu.targets.Status;

/** What API clients send and get for resolutions, targets, progress and roll-ups. */
final class TargetJson {

    static final String REQUIRED = "{validation.required}";

    private TargetJson() {
    }

    // --- requests --------------------------------------------------------------------------------

    record AdoptRequest(
            @NotNull(message = REQUIRED) Long termId,
            @Schema(example = "Nghị quyết Đại hội Đảng bộ các Khu Chế xuất và Công nghiệp Cần Thơ lần thứ I, nhiệm kỳ 2016 – 2020")
            @NotBlank(message = REQUIRED) @Size(max = 500) String title,
            @Schema(description = "The congress's day when omitted") LocalDate adoptedOn) {
    }

    @Schema(description = "A target: measured by a catalog measure, or by hand (manualKind FLOW: entries add up; "
            + "STOCK: the latest entry holds). With baselineMeasure, goal is a percentage of that stock at the start "
            + "of the target's period.")
    record TargetRequest(
            @Schema(description = "The next free number when omitted") Integer number,
            @Schema(example = "Kết nạp 110 đảng viên mới") @NotBlank(message = REQUIRED) @Size(max = 500) String title,
            @NotNull(message = REQUIRED) Quantity quantity,
            @Schema(example = "đảng viên") @Size(max = 64) String unitLabel,
            @NotNull(message = REQUIRED) Direction direction,
            @NotNull(message = REQUIRED) Scope scope,
            @Schema(example = "110") @NotNull(message = REQUIRED) BigDecimal goal,
            @Schema(example = "members.atDate") String baselineMeasure,
            @Schema(example = "members.admitted") String measure,
            MeasureKind manualKind) {
    }

    record ValueRequest(
            @NotNull(message = REQUIRED) LocalDate from,
            @NotNull(message = REQUIRED) LocalDate to,
            @NotNull(message = REQUIRED) BigDecimal value,
            @Size(max = 2000) String note) {
    }

    record SettingsRequest(
            @Schema(example = "100") @NotNull(message = REQUIRED) BigDecimal reachedAt,
            @Schema(example = "100") @NotNull(message = REQUIRED) BigDecimal onTrackAt,
            @Schema(example = "[100, 60]") @NotNull(message = REQUIRED) List<BigDecimal> summaryBands,
            @Schema(example = "0") @NotNull(message = REQUIRED) Integer percentScale,
            @Schema(example = "HALF_UP", allowableValues = {"DOWN", "HALF_UP", "UP"}) @NotNull(message = REQUIRED)
            RoundingMode rounding) {
    }

    // --- responses -------------------------------------------------------------------------------

    record MeasureResponse(String code, MeasureKind kind, String label) {
    }

    record TargetResponse(long id, long resolutionId, int number, String title, Quantity quantity, String unitLabel,
            Direction direction, Scope scope, BigDecimal goal, String baselineMeasure, String measure,
            MeasureKind manualKind) {
    }

    record ResolutionResponse(long id, long unitId, long termId, String termLabel, String title, LocalDate adoptedOn,
            LocalDate startsOn, LocalDate endsOn, List<TargetResponse> targets) {
    }

    record ValueResponse(long id, long targetId, LocalDate from, LocalDate to, BigDecimal value, String note) {
    }

    @Schema(description = "A target read on asOf over the period [periodStart, periodEnd]: percent is rounded as the "
            + "committee chooses; pace is the value expected by asOf on a steady pace")
    record ProgressResponse(long targetId, int number, String title, String measure, MeasureKind kind,
            LocalDate periodStart, LocalDate periodEnd, LocalDate asOf, BigDecimal value, BigDecimal goal,
            BigDecimal percent, BigDecimal pace, Status status, String statusName, String text) {
    }

    record BandResponse(BigDecimal threshold, boolean inclusive, int count) {
    }

    @Schema(description = "\"10/14 chỉ tiêu đạt 100% trở lên, 3 chỉ tiêu đạt trên 60%\": text in the client's language")
    record SummaryResponse(int total, List<BandResponse> bands, String text) {
    }

    record DashboardResponse(long unitId, long resolutionId, String resolutionTitle, String termLabel, LocalDate date,
            List<ProgressResponse> targets, SummaryResponse summary) {
    }

    record PointResponse(LocalDate day, BigDecimal value) {
    }

    record YearResponse(int year, LocalDate periodStart, LocalDate periodEnd, BigDecimal value, BigDecimal goal,
            BigDecimal percent, Status status) {
    }

    record TargetProgressResponse(ProgressResponse progress, List<PointResponse> series, List<List<PointResponse>> pace,
            List<YearResponse> years, List<ValueResponse> values) {
    }

    record RollUpRowResponse(long unitId, String code, String name, long numerator, long denominator, BigDecimal value,
            ProgressResponse ownTarget, boolean behind) {
    }

    @Schema(description = "One measure across the subordinates: combined by the rules (counts summed, shares "
            + "recomputed from summed numerators and denominators, stocks on the date); own is the superior's own "
            + "figure, which differs only when units moved in or out during the period")
    record MeasureRollUpResponse(String measure, MeasureKind kind, String label, List<RollUpRowResponse> rows,
            long combinedNumerator, long combinedDenominator, BigDecimal combinedValue, BigDecimal ownValue,
            List<Long> behind) {
    }

    record RollUpResponse(Long unitId, String unitName, LocalDate from, LocalDate date,
            List<MeasureRollUpResponse> measures) {
    }

    record SettingsResponse(long unitId, BigDecimal reachedAt, BigDecimal onTrackAt, List<BigDecimal> summaryBands,
            int percentScale, RoundingMode rounding) {
    }
}
