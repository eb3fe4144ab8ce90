package vn.dangvu.organizations.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dangvu.organizations.UnitType;

/** The records the change forms bind to; what the user typed comes back in them when a change is refused. */
final class UnitForms {

    private UnitForms() {
    }

    record EstablishForm(
            Long superiorId,
            @NotBlank(message = "{validation.required}") @Size(max = 32) String code,
            @NotBlank(message = "{validation.required}") @Size(max = 255) String name,
            @NotNull(message = "{validation.required}") UnitType type,
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @Size(max = 255) String decision,
            @Size(max = 2000) String note) {
    }

    record RenameForm(
            @NotBlank(message = "{validation.required}") @Size(max = 255) String newName,
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @Size(max = 255) String decision) {
    }

    /** Hand over to, or merge into, another unit named by its code. */
    record OtherUnitForm(
            @NotBlank(message = "{validation.required}") String otherCode,
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @Size(max = 255) String decision,
            @Size(max = 2000) String note) {
    }

    record MergeNewForm(
            Long superiorId,
            @NotBlank(message = "{validation.required}") String sourceCodes,
            @NotBlank(message = "{validation.required}") @Size(max = 32) String code,
            @NotBlank(message = "{validation.required}") @Size(max = 255) String name,
            @NotNull(message = "{validation.required}") UnitType type,
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @Size(max = 255) String decision) {
    }

    record DissolveForm(
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @Size(max = 255) String decision,
            @Size(max = 2000) String note) {
    }

    record TermForm(
            @NotBlank(message = "{validation.required}") String congressNumber,
            @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate congressOn,
            @NotNull(message = "{validation.required}") @Min(1930) @Max(2200) Integer startYear,
            @NotNull(message = "{validation.required}") @Min(1930) @Max(2200) Integer endYear) {
    }
}
