/**
 * Running the system: the audit trail of security events and admin actions, and what admins do to
 * accounts (roles, disabling and enabling, closing at the owner's request), never leaving the
 * platform without an active admin. The system settings admins change at runtime are the {@code
 * settings} component's.
 */
package org.boxoffice.admin;
