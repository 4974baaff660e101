/**
 * Running the system: the audit trail of security events and admin actions, and what admins do to
 * accounts (roles). Issue 12 adds settings, categories, moderation and monitoring.
 */
package org.boxoffice.admin;
