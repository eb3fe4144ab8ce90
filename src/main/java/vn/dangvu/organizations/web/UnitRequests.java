package vn.dangvu.organizations.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.dangvu.organizations.UnitType;

/**
 * What API clients send to change the tree. Bean Validation answers missing fields with 400 and a
 * message per field; everything the tree's rules decide (codes, placement, dates) answers 422 from
 * the domain, so each rule is written once.
 */
final class UnitRequests {

    static final String REQUIRED = "{validation.required}";
    static final String TOO_LONG = "{organizations.validation.too-long}";
    static final int DECISION_MAX = 255;
    static final int NOTE_MAX = 2000;

    private UnitRequests() {
    }

    record EstablishRequest(
            @Schema(example = "DU-KCQ") @NotBlank(message = REQUIRED) String code,
            @Schema(example = "Đảng bộ Khối các cơ quan tỉnh") @NotBlank(message = REQUIRED) String name,
            @NotNull(message = REQUIRED) UnitType type,
            @Schema(description = "The direct superior; omitted only for a committee under the Central Committee")
            Long superiorId,
            @NotNull(message = REQUIRED) LocalDate on,
            @Size(max = DECISION_MAX, message = TOO_LONG) String decision,
            @Size(max = NOTE_MAX, message = TOO_LONG) String note) {
    }

    record RenameRequest(
            @NotBlank(message = REQUIRED) String newName,
            @NotNull(message = REQUIRED) LocalDate on,
            @Size(max = DECISION_MAX, message = TOO_LONG) String decision) {
    }

    record HandOverRequest(
            @NotNull(message = REQUIRED) Long newSuperiorId,
            @NotNull(message = REQUIRED) LocalDate on,
            @Size(max = DECISION_MAX, message = TOO_LONG) String decision,
            @Size(max = NOTE_MAX, message = TOO_LONG) String note) {
    }

    /** The sources end on {@code on}; the unit in the path receives their subordinates. */
    record MergeRequest(
            @NotEmpty(message = REQUIRED) List<@NotNull(message = REQUIRED) Long> sourceIds,
            @NotNull(message = REQUIRED) LocalDate on,
            @Size(max = DECISION_MAX, message = TOO_LONG) String decision) {
    }

    record MergeIntoNewRequest(
            @NotEmpty(message = REQUIRED) List<@NotNull(message = REQUIRED) Long> sourceIds,
            @NotBlank(message = REQUIRED) String code,
            @NotBlank(message = REQUIRED) String name,
            @NotNull(message = REQUIRED) UnitType type,
            Long superiorId,
            @NotNull(message = REQUIRED) LocalDate on,
            @Size(max = DECISION_MAX, message = TOO_LONG) String decision) {
    }

    record SplitRequest(
            @NotEmpty(message = REQUIRED) List<@NotNull(message = REQUIRED) @Valid SplitPartRequest> parts,
            @NotNull(message = REQUIRED) LocalDate on,
            @Schema(description = "Dissolve the source on the same date; then every subordinate must go to a new unit")
            boolean dissolveSource,
            @Size(max = DECISION_MAX, message = TOO_LONG) String decision) {
    }

    record SplitPartRequest(
            @NotBlank(message = REQUIRED) String code,
            @NotBlank(message = REQUIRED) String name,
            List<@NotNull(message = REQUIRED) Long> subordinateIds) {
    }

    record DissolveRequest(
            @NotNull(message = REQUIRED) LocalDate on,
            @Size(max = DECISION_MAX, message = TOO_LONG) String decision,
            @Size(max = NOTE_MAX, message = TOO_LONG) String note) {
    }

    record OpenTermRequest(
            @Schema(description = "The congress's number, in Roman numerals or digits", example = "XVI")
            @NotBlank(message = REQUIRED) @CongressNumeral String congress,
            @NotNull(message = REQUIRED) LocalDate congressOn,
            @Schema(example = "2025") @NotNull(message = REQUIRED) Integer startYear,
            @Schema(example = "2030") @NotNull(message = REQUIRED) Integer endYear) {
    }
}
