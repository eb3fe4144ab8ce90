package vn.dangvu.ratings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.UnitId;
import vn.dangvu.platform.NotFoundException;
import vn.dangvu.platform.Permission;
import vn.dangvu.platform.RuleViolation;
import vn.dangvu.platform.UnitAccess;
import vn.dangvu.ratings.RatingLevel;
import vn.dangvu.ratings.RatingPeriod;
import vn.dangvu.ratings.RatingViews.BranchSheet;
import vn.dangvu.ratings.RatingViews.Overview;
import vn.dangvu.ratings.RatingViews.Saved;
import vn.dangvu.ratings.Ratings;

/**
 * Ratings through the API: a branch's sheet, a unit's overview, saving members' and subordinate
 * organizations' levels (draft or decided), and annulment by a superior. A refused rule answers 422.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
@ApiResponse(responseCode = "403", description = "The caller may read but not rate here")
@ApiResponse(responseCode = "404", description = "No such unit or rating, or out of the caller's reach")
@ApiResponse(responseCode = "422", description = "Refused by a rating rule, named in rule; nothing changed")
@Tag(name = "Ratings", description = "Yearly (or quarterly) review and rating of members and organizations, Quy định 366-QĐ/TW")
class RatingApi {

    /** Levels by member id (for a branch) or by unit id (for subordinate organizations). */
    record LevelsRequest(Map<Long, RatingLevel> levels, boolean decide) {
    }

    record AnnulRequest(String reason) {
    }

    private final Ratings ratings;
    private final UnitAccess access;
    private final Clock clock;

    RatingApi(Ratings ratings, UnitAccess access, Clock clock) {
        this.ratings = ratings;
        this.access = access;
        this.clock = clock;
    }

    private RatingPeriod period(int year, Integer quarter) {
        return RatingPages.period(year, quarter, LocalDate.now(clock));
    }

    @GetMapping("/units/{id}/ratings/{year}/members")
    @Operation(summary = "A branch's members in the period and their ratings")
    BranchSheet sheet(@PathVariable long id, @PathVariable int year, @RequestParam(required = false) Integer quarter) {
        access.checkRead(id);
        BranchSheet sheet = ratings.branchSheet(UnitId.of(id), period(year, quarter), access.scope(Permission.READ));
        return sheet.decider() != null && access.canWrite(sheet.decider().value()) ? sheet : sheet.withoutAccounts();
    }

    @GetMapping("/units/{id}/ratings/{year}")
    @Operation(summary = "Decided ratings under the unit per level, its subordinates' ratings and where the 20% cap is exceeded")
    Overview overview(@PathVariable long id, @PathVariable int year, @RequestParam(required = false) Integer quarter) {
        access.checkRead(id);
        Overview overview = ratings.overview(UnitId.of(id), period(year, quarter));
        return access.canWrite(id) ? overview : overview.withoutAccounts();
    }

    @PutMapping(path = "/units/{id}/ratings/{year}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save the levels of a branch's members, as drafts or decided (decided needs the competent unit)")
    Saved rateMembers(@PathVariable long id, @PathVariable int year, @RequestParam(required = false) Integer quarter,
            @RequestBody LevelsRequest r) {
        access.checkWrite(id);
        RatingPeriod period = period(year, quarter);
        if (r.decide()) {
            UnitId decider = ratings.memberDecider(UnitId.of(id), period)
                    .orElseThrow(() -> new RuleViolation("ratings.competent-unit", "ratings.rule.no-decider", id));
            if (!access.can(Permission.WRITE, decider.value())) {
                // the branch is the user's; the competent unit above it may be out of their reach
                throw new UnitAccess.AccessDeniedException();
            }
        }
        Map<MemberId, RatingLevel> levels = new LinkedHashMap<>();
        (r.levels() == null ? Map.<Long, RatingLevel>of() : r.levels()).forEach((k, v) -> levels.put(new MemberId(k), v));
        Saved saved = ratings.rateMembers(UnitId.of(id), period, levels, r.decide());
        // the grassroots organization is named only to those who may read it
        return saved.cap() == null || access.canRead(saved.cap().grassroots().value()) ? saved
                : new Saved(saved.written(), saved.cap().withoutName());
    }

    @PutMapping(path = "/units/{id}/ratings/{year}/organizations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save the levels of the unit's direct subordinates, as drafts or decided")
    Saved rateOrganizations(@PathVariable long id, @PathVariable int year, @RequestParam(required = false) Integer quarter,
            @RequestBody LevelsRequest r) {
        access.checkWrite(id);
        Map<UnitId, RatingLevel> levels = new LinkedHashMap<>();
        (r.levels() == null ? Map.<Long, RatingLevel>of() : r.levels()).forEach((k, v) -> levels.put(UnitId.of(k), v));
        return ratings.rateOrganizations(UnitId.of(id), period(year, quarter), levels, r.decide());
    }

    @PostMapping(path = "/ratings/{ratingId}/annulment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Annul a decided rating (a superior of the deciding unit, with a reason)")
    void annul(@PathVariable long ratingId, @RequestBody AnnulRequest r) {
        UnitId unit = ratings.unitOfRating(ratingId).orElseThrow(() -> new NotFoundException("rating", ratingId));
        access.checkRead(unit.value());
        if (!ratings.mayAnnul(ratingId)) {
            throw new UnitAccess.AccessDeniedException();
        }
        ratings.annul(ratingId, r.reason());
    }
}
