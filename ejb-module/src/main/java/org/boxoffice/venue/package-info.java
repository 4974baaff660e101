/**
 * Venues and their seat maps: sections of reserved seats in rows, and general-admission areas
 * with a capacity. Issue 4 adds the organizers' seat-map editor.
 */
package org.boxoffice.venue;
