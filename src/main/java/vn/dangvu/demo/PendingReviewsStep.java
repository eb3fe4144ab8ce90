package vn.dangvu.demo;

/**
 * NOT REGISTERED — waiting for the inspection and ratings modules (vn.dangvu.inspection /
 * vn.dangvu.ratings), which are not merged yet. Nothing here writes data; once they are merged,
 * replace this class by a {@code @Component @Order(60)} step that records, through their services,
 * the reviews (kiểm điểm rút kinh nghiệm) of 05 members of the industrial zones between 19/5/2016
 * and 12/6/2018 ({@link DemoFigures.IndustrialZones#REVIEWED}, {@code members.reviewed}). The one
 * discipline decision of the report is already a member event written by {@link MembersStep}
 * ({@code members.disciplined}); it must not be recorded a second time.
 */
final class PendingReviewsStep implements DemoStep {

    @Override
    public String name() {
        return "reviews (waiting for the inspection and ratings modules)";
    }

    @Override
    public void load(DemoContext context) {
        throw new UnsupportedOperationException("The ratings module is not merged yet; this step writes nothing");
    }
}
