/**
 * Bounds on what one API request may carry, checked before anything binds or reads it: the size of
 * the body (413 past it, per endpoint: {@link org.boxoffice.api.limits.BodyLimit}), and for JSON
 * bodies complete, well-formed UTF-8 JSON within a nesting depth and a string length (400
 * otherwise). JSON-B and JSON-P then only ever see a whole, small document: Parsson, under both,
 * loops forever when it skips an unknown member whose object or array the input never closes.
 */
package org.boxoffice.api.limits;
