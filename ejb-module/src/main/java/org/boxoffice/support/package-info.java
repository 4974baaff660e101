/**
 * Support: customers open cases about their bookings (a question, a problem, a cancellation or a
 * refund request) or general ones, and write in the case's thread; support staff and admins answer,
 * take notes the customer never sees, assign, resolve and close cases, and act on the case's booking
 * (cancel, refund, resend the tickets) through the booking component; the organizers of the event's
 * organisation see and answer the cases about their events. A case waiting for its customer is
 * closed after a while by a timer. The case keeps its history: messages, attachments and actions.
 */
package org.boxoffice.support;
