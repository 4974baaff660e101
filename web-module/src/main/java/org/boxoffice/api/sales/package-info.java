/**
 * The sales reports over the API: finance contacts list their organisation's reports and download
 * them; admins see all, start one by hand and restart a failed one.
 */
package org.boxoffice.api.sales;
