/**
 * Meetings and conferences: each branch's monthly meeting (sinh hoạt chi bộ thường kỳ) and quarterly
 * themed meeting (chuyên đề) with every member's attendance, the members who missed meetings without
 * reason in three months of a year (a ground for striking off, Điều lệ Đảng, Điều 8), and the
 * conferences (hội nghị) units hold: reviews, expanded executive committee meetings, congresses, with
 * their guests, attendance, documents and minutes. Follows the Party Charter, Quy định 232-QĐ/TW (2025)
 * and Hướng dẫn 12-HD/BTCTW on the quality of branch meetings. Feeds the targets' catalog with
 * meetings.* and conferences.* measures, and the reports with {@link vn.dangvu.meetings.ConferenceDirectory}.
 */
@ApplicationModule(displayName = "Meetings")
package vn.dangvu.meetings;

import org.springframework.modulith.ApplicationModule;
