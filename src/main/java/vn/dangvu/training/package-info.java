/**
 * Training classes: the awareness class for candidates (lớp bồi dưỡng nhận thức về Đảng), the class for
 * new members (lớp bồi dưỡng đảng viên mới), the study of a new resolution (học tập, quán triệt nghị
 * quyết, "12 lớp triển khai Nghị quyết Trung ương 4, 5, 6 khóa XII"), mid-level political theory
 * (trung cấp lý luận chính trị) and others; who was enrolled, who attended and completed, and the
 * certificates given (Quy định 232-QĐ/TW of 2025 and Hướng dẫn 12-HD/BTCTW on the awareness
 * certificate a candidate needs before admission).
 *
 * <p>Completing the awareness class is what gives the candidate the certificate in the member records:
 * it is recorded through {@link vn.dangvu.members.MemberRegistry} in the same transaction. The rules are
 * named once in {@link vn.dangvu.training.TrainingRule}; the figures feed the targets' catalog
 * ({@code training.*} measures).
 */
@ApplicationModule(displayName = "Training")
package vn.dangvu.training;

import org.springframework.modulith.ApplicationModule;
