package vn.dangvu.demo;

import java.math.BigDecimal;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dangvu.demo.DemoFigures.IndustrialZones;
import vn.dangvu.demo.DemoFigures.LaborFederation;
import vn.dangvu.targets.Direction;
import vn.dangvu.targets.ProgressSettings;
import vn.dangvu.targets.Quantity;
import vn.dangvu.targets.Resolution;
import vn.dangvu.targets.Scope;
import vn.dangvu.targets.TargetBook;
import vn.dangvu.targets.TargetDraft;

/**
 * The two term resolutions and the admission targets the reports measure against: 110 new members
 * for the industrial zones (77/110, 70%) and 30 for the labour federation (23/30, read 76% because
 * that committee cuts percentages; see {@link LaborFederation#ADMISSION_GOAL}). Both are measured
 * from the records ({@code members.admitted}), never entered by hand.
 */
@Component
@Order(30)
class TargetsStep implements DemoStep {

    private final TargetBook book;

    TargetsStep(TargetBook book) {
        this.book = book;
    }

    @Override
    public String name() {
        return "targets";
    }

    @Override
    public void load(DemoContext c) {
        Resolution zones = book.adopt(c.zones, c.zonesTerm.id(),
                "Nghị quyết Đại hội Đảng bộ các Khu Chế xuất và Công nghiệp Cần Thơ nhiệm kỳ 2016 – 2020", null);
        book.addTarget(zones.id(), admissions("Kết nạp 110 đảng viên mới trong nhiệm kỳ",
                IndustrialZones.ADMISSION_GOAL.value(), IndustrialZones.ADMITTED.measureCode()));

        Resolution federation = book.adopt(c.federation, c.federationTerm.id(),
                "Nghị quyết Đại hội Đảng bộ Liên đoàn Lao động thành phố Cần Thơ nhiệm kỳ 2015 – 2020", null);
        book.addTarget(federation.id(), admissions("Kết nạp 30 đảng viên mới trong nhiệm kỳ",
                LaborFederation.ADMISSION_GOAL.value(), LaborFederation.ADMITTED.measureCode()));
        ProgressSettings d = ProgressSettings.DEFAULT;
        book.saveSettings(c.federation, new ProgressSettings(d.reachedAt(), d.onTrackAt(), d.summaryBands(),
                d.percentScale(), LaborFederation.ROUNDING));
    }

    private static TargetDraft admissions(String title, int goal, String measure) {
        return new TargetDraft(1, title, Quantity.COUNT, "đảng viên", Direction.MORE, Scope.TERM, BigDecimal.valueOf(goal),
                null, measure, null);
    }
}
