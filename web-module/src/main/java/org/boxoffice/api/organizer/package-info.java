/**
 * What organizers see of their own organisation: its events. Every read is scoped by the signed-in
 * organizer's organisation in the query itself, and another organisation's data answers 404 as if
 * it did not exist, so that its ids cannot be probed.
 */
package org.boxoffice.api.organizer;
