/**
 * Running the system: what admins do to accounts (roles, disabling and enabling, closing at the
 * owner's request), never leaving the platform without an active admin; the overview of
 * organisations with their members and events. The audit trail these actions write is the {@code
 * audit} component's; the system settings admins change at runtime are the {@code settings}
 * component's.
 */
package org.boxoffice.admin;
