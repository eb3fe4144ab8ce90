/**
 * The yearly review and rating (kiểm điểm, đánh giá, xếp loại chất lượng) of members and party
 * organizations into four levels, following Quy định 366-QĐ/TW (2025), which also allows ratings by
 * quarter and by term. Lower levels are rated first, the competent unit decides, a decided rating is
 * locked until a superior annuls it; each rule is named once in {@link vn.dangvu.ratings.RatingRule}.
 * Decided ratings feed the targets' catalog (ratings.members.*, ratings.organizations.*).
 */
@ApplicationModule(displayName = "Ratings")
package vn.dangvu.ratings;

import org.springframework.modulith.ApplicationModule;
