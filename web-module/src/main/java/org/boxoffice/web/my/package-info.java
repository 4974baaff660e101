/**
 * The signed-in person's own pages ({@code /my/*}): profile, password and address, privacy
 * preferences, their data and closing the account. Each action works on the account of the
 * current session only, never on an id from the page.
 */
package org.boxoffice.web.my;
