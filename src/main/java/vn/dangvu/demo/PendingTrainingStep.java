package vn.dangvu.demo;

/**
 * NOT REGISTERED — waiting for the training module (vn.dangvu.training), which is not merged yet.
 * Nothing here writes data; once training is merged, replace this class by a {@code @Component
 * @Order(40)} step that records, through training's own service, for the industrial zones:
 * <ul>
 * <li>12 classes studying the Central Committee's 4th, 5th and 6th resolutions (khóa XII), ending
 * between 19/5/2016 and 12/6/2018, attended by 97% of those enrolled
 * ({@link DemoFigures.IndustrialZones#RESOLUTION_CLASSES}, {@link DemoFigures.IndustrialZones#RESOLUTION_ATTENDANCE});</li>
 * <li>04 political-theory classes for new members ({@link DemoFigures.IndustrialZones#NEW_MEMBER_CLASSES});</li>
 * <li>04 awareness classes for candidates, ending on {@link DemoFigures.IndustrialZones#AWARENESS_CLASS_ENDS}, whose
 * participants are the candidates certified on those days by {@link MembersStep}
 * ({@link DemoFigures.IndustrialZones#AWARENESS_CLASSES});</li>
 * </ul>
 * and for the labour federation the awareness classes ending on
 * {@link DemoFigures.LaborFederation#AWARENESS_CLASS_ENDS} (28 certified). Then assert the figures in
 * DemoDatasetIT through the catalog's {@code training.*} measures.
 */
final class PendingTrainingStep implements DemoStep {

    @Override
    public String name() {
        return "training (waiting for the training module)";
    }

    @Override
    public void load(DemoContext context) {
        throw new UnsupportedOperationException("The training module is not merged yet; this step writes nothing");
    }
}
