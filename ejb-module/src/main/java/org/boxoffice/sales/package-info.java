/**
 * The nightly sales report: per organisation and day (in the organisation's zone), the figures of
 * each event, ticket type and currency: tickets sold and refunded, gross, fees, taxes, refunds,
 * net and check-ins, kept with their CSV and spreadsheet in the database that every instance
 * shares, for finance contacts and admins to download, and mailed to the organisation's finance
 * contacts. The batch job that makes a report is in the batch-jobs module ({@code
 * org.boxoffice.sales.batch}); the figures are summed by the database, an event at a time.
 */
package org.boxoffice.sales;
