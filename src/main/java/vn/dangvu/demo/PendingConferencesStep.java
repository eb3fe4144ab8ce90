package vn.dangvu.demo;

/**
 * NOT REGISTERED — waiting for the meetings module (vn.dangvu.meetings), which is not merged yet.
 * Nothing here writes data; once meetings is merged, replace this class by a {@code @Component
 * @Order(50)} step that records, through meetings' own service:
 * <ul>
 * <li>the industrial zones' mid-term review conference on {@link DemoFigures.IndustrialZones#REVIEW_DAY} with the guest
 * {@link DemoFigures.IndustrialZones#GUEST} ({@code conferences.held});</li>
 * <li>the labour federation's conference on {@link DemoFigures.LaborFederation#CONFERENCE_DAY} with the guest
 * {@link DemoFigures.LaborFederation#GUEST}, 62 of its 68 members present from its 06 branches
 * ({@link DemoFigures.LaborFederation#ATTENDEES}, {@code conferences.attendees}), held at the request
 * {@link DemoFigures.LaborFederation#REQUEST} of the bloc's committee (if meetings keeps directives).</li>
 * </ul>
 */
final class PendingConferencesStep implements DemoStep {

    @Override
    public String name() {
        return "conferences (waiting for the meetings module)";
    }

    @Override
    public void load(DemoContext context) {
        throw new UnsupportedOperationException("The meetings module is not merged yet; this step writes nothing");
    }
}
