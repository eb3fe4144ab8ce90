/**
 * Member records and each member's life as dated events: from candidate (quần chúng ưu tú) through
 * admission, probation and recognition as an official member, to transfers, exemption, discipline,
 * striking off, expulsion, death and re-admission. The rules come from the Party Charter (Điều lệ
 * Đảng, Articles 1–8 and 35), Quy định 232-QĐ/TW (2025) and Hướng dẫn 12-HD/BTCTW on its
 * implementation; their numbers live in {@link vn.dangvu.members.MembershipPolicy}, each rule once in
 * {@link vn.dangvu.members.MembershipRule}. Member records are sensitive personal data (Law
 * 91/2025/QH15): every read goes through the user's scope in the tree.
 */
@ApplicationModule(displayName = "Members")
package vn.dangvu.members;

import org.springframework.modulith.ApplicationModule;
