/**
 * Term resolutions and their targets: the numbered targets (chỉ tiêu) a congress adopts for its term,
 * how far each has got as of any date, and how a superior committee consolidates its subordinates'
 * figures (Điều lệ Đảng, Điều 16 on congresses and their resolutions; the periodic reviews — sơ kết
 * 6 tháng, tổng kết năm, sơ kết giữa nhiệm kỳ — that state "đạt X/Y, bằng Z% so với chỉ tiêu").
 *
 * <p>A target is measured by a {@link vn.dangvu.targets.Measure} of the catalog, computed from the
 * records of other modules, or by values a committee enters by hand. Other modules add measures by
 * providing a {@link vn.dangvu.targets.MeasureProvider} bean; each measure is defined once, as the
 * day-by-day changes it makes to a subtree, so a period's flow, a date's stock and a share of two
 * sums all come from the same definition.
 */
@ApplicationModule(displayName = "Targets")
package vn.dangvu.targets;

import org.springframework.modulith.ApplicationModule;
