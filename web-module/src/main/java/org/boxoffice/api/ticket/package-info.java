/**
 * Tickets over HTTP: customers' tickets as files (a ticket's PDF and its code as a PNG), and
 * admission at the door (check-ins one at a time or in batches made offline, the check-in list,
 * scanner tokens and the figures), and the barcode read from a scanner's camera frame. The
 * resources only translate; the boundaries in {@code
 * org.boxoffice.ticket.boundary} decide. {@link org.boxoffice.api.ticket.ScannerTokenFilter} lets a
 * scanner token reach the check-in endpoints of its event (and the barcode reader) and nothing else.
 */
package org.boxoffice.api.ticket;
