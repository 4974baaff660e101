/**
 * System settings that admins change while the platform runs: the hold duration, the reminder lead
 * time, the sign-in lock-out, the default service fee, the extra finance addresses and the mail
 * sender. Each is stored in the database that every instance shares, typed and range-checked,
 * audited, and read through {@link org.boxoffice.settings.boundary.Settings}, which caches them for
 * a few seconds ({@code boxoffice.settings.cache-seconds}); a setting not stored takes its
 * MicroProfile Config value, the source of defaults and of everything read only at start.
 */
package org.boxoffice.settings;
