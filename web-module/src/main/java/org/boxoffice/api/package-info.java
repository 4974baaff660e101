/**
 * The public JAX-RS API under {@code /api/v1}: resources only translate between HTTP and the
 * boundaries, records named {@code *Request} and {@code *View} carry the JSON, and every error is
 * RFC 9457 problem+json ({@code org.boxoffice.api.problem}). Tokens are MicroProfile JWTs whose
 * groups are the account's roles.
 */
package org.boxoffice.api;
