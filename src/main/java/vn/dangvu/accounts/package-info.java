/**
 * Who may do what where: accounts, their role–unit grants (a role over a unit covers the unit and
 * everything under it), signing in by form with a length-based password policy, slowed and then
 * locked after repeated failures, personal access tokens for the API (kept only as hashes), and the
 * real {@link vn.dangvu.platform.UnitAccess}, which every module asks before it reads or writes. It
 * follows the Personal Data Protection Law (Law 91/2025/QH15, Decree 356/2025): access by role and
 * by place in the tree, and what is out of reach answers as if it did not exist.
 *
 * <p>Changes to accounts are published as {@link vn.dangvu.accounts.AccountChanged} for the audit log.
 */
@ApplicationModule(displayName = "Accounts")
package vn.dangvu.accounts;

import org.springframework.modulith.ApplicationModule;
