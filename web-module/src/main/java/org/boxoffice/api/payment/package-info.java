/** Payments over the API: the transaction history of customers, organizers and admins, and receipts as PDFs. */
package org.boxoffice.api.payment;
