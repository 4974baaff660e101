/**
 * Accounts of customers, organizers, support staff and admins, with their roles. Issue 3 adds
 * registration, sign-in, recovery and privacy; this holds what the rest already needs.
 */
package org.boxoffice.account;
