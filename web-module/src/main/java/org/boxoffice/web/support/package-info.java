/**
 * The support desk's pages: the queue of cases, a case with its thread, notes, assignment, states
 * and actions on the booking, and the canned replies. The rules are the support component's; these
 * beans show what it answers and turn its refusals into messages.
 */
package org.boxoffice.web.support;
