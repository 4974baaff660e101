/**
 * Events and services with their ticket types and prices, and the public reads of the catalog:
 * search, event details and availability. Reads take no locks. Publishing an event creates its
 * inventory (see {@code org.boxoffice.inventory}).
 */
package org.boxoffice.catalog;
