/**
 * The tickets benchmark: the platform started by its own launcher on an embedded PostgreSQL and
 * mailing to a GreenMail SMTP server in the bench's JVM; an event's tickets made through the
 * booking API, their PDFs downloaded, their codes scanned at the gates and the admissions checked
 * in SQL, and the confirmation mails delivered with the mail server up and down. A standalone
 * program, not part of the platform's build; {@code bench/tickets/run} starts it.
 */
package org.boxoffice.bench.tickets;
