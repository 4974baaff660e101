/**
 * Events and services with their ticket types and prices, and the public reads of the catalog:
 * search, event details and availability. Reads take no locks. Publishing an event creates its
 * inventory (see {@code org.boxoffice.inventory}). An event belongs to an organizer organisation
 * (by id, see {@code org.boxoffice.account}); organizers read only their organisation's events,
 * with the organisation in every query. Admins manage the categories ({@code Categories}); a slug
 * never changes once given, because URLs and API filters use it.
 */
package org.boxoffice.catalog;
