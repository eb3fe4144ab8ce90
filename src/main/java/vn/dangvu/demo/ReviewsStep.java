package vn.dangvu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dangvu.demo.DemoFigures.IndustrialZones;
import vn.dangvu.inspection.InspectionViews.MemberReview;
import vn.dangvu.inspection.Inspections;
import vn.dangvu.members.MemberId;
import vn.dangvu.organizations.UnitId;

/**
 * "kiểm điểm rút kinh nghiệm 05 đảng viên": five reviews short of discipline in the industrial zones'
 * branches during the half term, through the inspection module. The one discipline decision of the
 * report is a member event {@link MembersStep} records, and is not recorded again here.
 */
@Component
@Order(60)
class ReviewsStep implements DemoStep {

    /** The branches' review meetings, all between the committee's founding and the mid-term review. */
    static final List<LocalDate> REVIEW_DAYS = List.of(LocalDate.of(2016, 12, 22), LocalDate.of(2017, 6, 22),
            LocalDate.of(2017, 12, 21), LocalDate.of(2018, 1, 18), LocalDate.of(2018, 5, 17));

    private final Inspections inspections;

    ReviewsStep(Inspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public String name() {
        return "reviews";
    }

    @Override
    public void load(DemoContext c) {
        List<UnitId> homes = new ArrayList<>(c.zoneHomes);
        homes.removeAll(c.zoneDissolved);
        for (int i = 0; i < IndustrialZones.REVIEWED.value(); i++) {
            // the first official member on record in five different branches, none of them the one disciplined
            MemberId member = c.officialsOf(homes.get(i * 3)).getFirst();
            inspections.reviewMember(new MemberReview(member, REVIEW_DAYS.get(i), "Chi bộ",
                    "Chưa gương mẫu trong thực hiện nhiệm vụ được giao; kiểm điểm rút kinh nghiệm", null));
        }
    }
}
