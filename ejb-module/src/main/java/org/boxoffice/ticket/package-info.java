/**
 * Electronic tickets: their signed codes, QR, Aztec and bar codes (ZXing), and PDFs (OpenPDF); the
 * boundary {@code Tickets} gives customers their own tickets as documents.
 */
package org.boxoffice.ticket;
