/**
 * The audit log, append-only (the database refuses to update or delete an entry): every change, by
 * page or API, with who, when, from where, which record and its fields before and after; every
 * export of personal data and every masked field shown in clear. Administrators and committee
 * staff browse the entries of their own subtree. It also holds the mechanism for sensitive fields:
 * modules offer them through {@link vn.dangvu.audit.SensitiveFieldSource}, and
 * {@link vn.dangvu.audit.SensitiveFields} reveals one only to a user with the right, logging it.
 * Required by the Personal Data Protection Law (Law 91/2025/QH15) and Decree 356/2025.
 */
@ApplicationModule(displayName = "Audit")
package vn.dangvu.audit;

import org.springframework.modulith.ApplicationModule;
