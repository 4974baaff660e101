/**
 * Who is asking, for the pages and the API in one application. Jakarta Security 3 takes a single
 * authentication mechanism per application, while MicroProfile JWT installs its own for the API;
 * {@link org.boxoffice.web.security.SignInMechanism} is the one Jakarta Security uses: it hands
 * {@code /api} requests to the MicroProfile JWT mechanism (tokens only, never the session cookie, so
 * that another site cannot call the API with a signed-in visitor's cookie) and signs people in to
 * the pages with a form and a session, checking the password with {@link
 * org.boxoffice.web.security.AccountIdentityStore} against the accounts in the database.
 */
package org.boxoffice.web.security;
