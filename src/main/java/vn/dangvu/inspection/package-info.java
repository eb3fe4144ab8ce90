/**
 * Inspection and supervision (kiểm tra, giám sát) by party committees and their inspection
 * commissions: yearly plans, cases and their conclusions, discipline of organizations (khiển trách,
 * cảnh cáo, giải tán) and of members (recorded as member events, so the member's record and the
 * member measures count each decision once), and reviews short of discipline (kiểm điểm rút kinh
 * nghiệm). Sources: Điều lệ Đảng, Chương VII–VIII (Điều 30–40) and Quy định 296-QĐ/TW (2025) on
 * inspection, supervision and discipline; each rule once in {@link vn.dangvu.inspection.InspectionRule}.
 */
@ApplicationModule(displayName = "Inspection")
package vn.dangvu.inspection;

import org.springframework.modulith.ApplicationModule;
