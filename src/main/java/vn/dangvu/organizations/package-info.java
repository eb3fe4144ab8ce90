/**
 * The organization tree: committees, grassroots organizations, sub-committees and branches, with
 * every structural change as a dated event (establish, rename, hand over and receive, merge, split,
 * dissolve), so the tree as it stood on any date is exact; and each committee's terms, opened by
 * numbered congresses. Placement of unit types follows the Party Charter (Điều lệ Đảng 2011,
 * Chapter III on the Party's organizational system and Chapter V on grassroots organizations) as
 * applied after district-level committees were abolished on 1 July 2025.
 *
 * <p>Other modules ask it which units stand under which on a date ({@link vn.dangvu.organizations.OrganizationTree}).
 */
@ApplicationModule(displayName = "Organizations")
package vn.dangvu.organizations;

import org.springframework.modulith.ApplicationModule;
