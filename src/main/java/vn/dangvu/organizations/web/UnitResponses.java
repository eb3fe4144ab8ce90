package vn.dangvu.organizations.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.dangvu.organizations.UnitEventKind;
import vn.dangvu.organizations.UnitType;

/** What the API answers: the tree's views with translated labels, dates in ISO format. */
final class UnitResponses {

    private UnitResponses() {
    }

    @Schema(description = "A unit as it stood on asOf: the name it bore then and the superior it stood under")
    record UnitResponse(long id, String code, UnitType type, String typeName, String name, LocalDate establishedOn,
            LocalDate dissolvedOn, UnitRefResponse superior, LocalDate asOf, boolean existsOnDate) {
    }

    record UnitSummaryResponse(long id, String code, UnitType type, String typeName, String name,
            int subordinateCount, LocalDate dissolvedOn) {
    }

    @Schema(description = "Another unit named in an answer; id is left out when the caller may not open it")
    record UnitRefResponse(Long id, String code, String name) {
    }

    record PageResponse<T>(List<T> items, int page, int size, long total, int pages) {
    }

    @Schema(description = "How many units of each type stand anywhere under the unit on asOf, itself not counted")
    record CountsResponse(long unitId, LocalDate asOf, Map<UnitType, Long> counts, long total) {
    }

    record TimelineEntryResponse(long id, UnitEventKind kind, String kindName, LocalDate on, UnitRefResponse unit,
            UnitRefResponse from, UnitRefResponse to, String oldName, String newName, String decision, String note) {
    }

    record TermResponse(long id, long unitId, int congressNumber, String congressRoman, LocalDate congressOn,
            int startYear, int endYear, String label) {
    }
}
