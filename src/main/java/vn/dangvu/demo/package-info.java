/**
 * A demonstration dataset that proves the figures of two published review reports (Đảng ủy các Khu
 * Chế xuất và Công nghiệp Cần Thơ, mid-term review of 12/6/2018; Đảng ủy Liên đoàn Lao động thành
 * phố Cần Thơ, conference of 02/02/2018) can be produced from Dangvu's own records. Started only on
 * request ({@code --demo} or {@code dangvu.demo=true}) and only into a database that holds no Party
 * data yet; everything is written through the other modules' services, so every rule of the
 * Charter and its guidance checks the demo's records exactly as it checks a clerk's. The people are
 * fictional; the units, dates and figures are those of the reports ({@link vn.dangvu.demo.DemoFigures}).
 */
@ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"organizations", "members", "targets", "training", "meetings", "inspection", "platform"})
package vn.dangvu.demo;

import org.springframework.modulith.ApplicationModule;
