/**
 * Customers' tickets over HTTP as files: a ticket's PDF and its code as a PNG; and the barcode read
 * from a scanner's camera frame. The resources only translate; {@code
 * org.boxoffice.ticket.boundary.Tickets} decides whose tickets they are.
 */
package org.boxoffice.api.ticket;
