/** Electronic tickets: their codes, QR codes and barcodes (ZXing), and PDFs (issue 7). */
package org.boxoffice.ticket;
