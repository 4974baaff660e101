/**
 * What every component shares: business exceptions with stable codes and translatable messages,
 * the schema migration at start-up, the database dialect, diagnostics for the health checks and
 * the demo data of the embedded set-up.
 */
package org.boxoffice.platform;
