/**
 * The audit trail: security events and admin actions, written by the component that acts in the
 * transaction of its action, read by admins on the audit page and through the API. It depends on
 * no other component, so that every component may record what it does.
 */
package org.boxoffice.audit;
