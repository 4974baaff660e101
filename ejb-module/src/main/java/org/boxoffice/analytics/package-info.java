/**
 * The organizer's analytics: for one organisation (an organizer's own; any for an admin), one of
 * its events or all of them, the tickets sold and the gross revenue per day of a period in the
 * organisation's zone beside the period of the same length before it, the sell-through of each
 * ticket type, the attendance from check-ins, and the cities its buyers come from. The figures are
 * summed by the database (group by); money is kept per currency and never added across
 * currencies. Each part can be written as CSV.
 *
 * <p>The admins' user analytics: new accounts, active and repeat buyers, popular categories and
 * cities over a period, counted only over the accounts whose newest analytics consent is a grant.
 */
package org.boxoffice.analytics;
