/**
 * Accounts of customers, organizers, support staff and admins, with their roles. Issue 3 adds
 * registration, sign-in, recovery and privacy; this holds what the rest already needs. Organizers
 * belong to an organizer organisation, which decides whose events and data they see.
 */
package org.boxoffice.account;
