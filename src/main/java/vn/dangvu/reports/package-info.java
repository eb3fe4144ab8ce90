/**
 * Periodic review reports (báo cáo sơ kết 6 tháng, tổng kết năm, sơ kết giữa nhiệm kỳ, tổng kết
 * nhiệm kỳ, or any period) of a unit and its subtree as the tree stood on the report's last day:
 * the figures read from the targets' measure catalog by code, the resolution's targets table and its
 * summary line, the subordinates' figures unit by unit, the narrative the committee writes, and the
 * document itself as Word, PDF and Excel laid out by Hướng dẫn 36-HD/VPTW on the form of Party
 * documents ({@link vn.dangvu.reports.DocumentFormat}).
 *
 * <p>The model is built first ({@link vn.dangvu.reports.ReportModel}), rendered second, so the figures
 * are tested without any renderer. A measure missing from the catalog leaves its line out.
 */
@ApplicationModule(displayName = "Reports")
package vn.dangvu.reports;

import org.springframework.modulith.ApplicationModule;
