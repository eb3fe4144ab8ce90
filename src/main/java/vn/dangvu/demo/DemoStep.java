package vn.dangvu.demo;

/**
 * One part of the demo dataset, run in order (Spring's {@code @Order}) inside the loader's single
 * transaction. A step writes only through the owning module's services, so its records pass the
 * same rules as any clerk's; a step that breaks one fails the whole load and nothing is kept.
 */
interface DemoStep {

    /** What the step writes, for the log. */
    String name();

    void load(DemoContext context);
}
