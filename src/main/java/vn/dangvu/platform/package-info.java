/**
 * What every module stands on: the embedded PostgreSQL that Dangvu starts when no database is
 * configured, the clock, Vietnamese text folding and collation, the domain's rule violations and
 * how they reach users (localized pages and RFC 9457 problem details), and the page layout.
 * It owns no business data.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.dangvu.platform;

import org.springframework.modulith.ApplicationModule;
