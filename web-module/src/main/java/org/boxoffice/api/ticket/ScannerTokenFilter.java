package org.boxoffice.api.ticket;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.api.problem.Problem;
import org.boxoffice.ticket.boundary.Doorkeeper;
import org.boxoffice.ticket.boundary.ScannerTokens;
import org.boxoffice.ticket.entity.ScannerToken;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A scanner token (an API token of the group {@link Role#SCANNER_ROLE}) counts while its row says
 * so: an unknown, expired or revoked one is refused with 401 on every request, whatever its JWT's
 * own expiry, so that revoking it takes effect at once. An active one reaches only the endpoints
 * that allow the group (the check-ins of its event), every other one answers 403, public reads
 * included. Runs before {@code ActiveAccountFilter}, which leaves scanner tokens alone: they are
 * no account's.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 10)
public class ScannerTokenFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    ScannerTokens tokens;

    @Inject
    Door door;

    /** Whether the token is a scanner token rather than an account's. */
    public static boolean isScannerToken(JsonWebToken token) {
        Set<String> groups = token.getGroups();
        return groups != null && groups.contains(Role.SCANNER_ROLE);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getProperty(SignedIn.API_TOKEN) instanceof JsonWebToken token) || !isScannerToken(token)) {
            return;
        }
        Optional<ScannerToken> found = tokens.findByJti(token.getTokenID())
                .filter(row -> String.valueOf(row.eventId()).equals(text(token.getClaim(ScannerTokens.EVENT_CLAIM))));
        if (found.isEmpty()) {
            request.abortWith(unauthorized("This scanner token is not known here. Ask the organizer for a new one."));
            return;
        }
        ScannerToken scanner = found.get();
        switch (scanner.statusAt(OffsetDateTime.now(ZoneOffset.UTC))) {
            case REVOKED -> {
                request.abortWith(unauthorized(
                        "This scanner token was revoked by the organizer. Ask the organizer for a new one."));
                return;
            }
            case EXPIRED -> {
                request.abortWith(unauthorized(
                        "This scanner token expired at " + scanner.expiresAt() + ". Ask the organizer for a new one."));
                return;
            }
            case ACTIVE -> {
                // on below
            }
        }
        if (!allowsScanners(resource.getResourceMethod(), resource.getResourceClass())) {
            request.abortWith(Problem.ofStatus(
                            Response.Status.FORBIDDEN,
                            "A scanner token checks tickets in at the door of its event and does nothing else.")
                    .toResponse());
            return;
        }
        door.scanner(new Doorkeeper.Scanner(
                scanner.id(), scanner.eventId(), scanner.gate().orElse(null)));
    }

    /** Whether the endpoint's roles include the scanner group (the method's roles, or else its class's). */
    static boolean allowsScanners(Method method, Class<?> type) {
        if (method == null) {
            return true; // no endpoint matched: the answer is a 404 anyway
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && type != null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        return roles != null && Arrays.asList(roles.value()).contains(Role.SCANNER_ROLE);
    }

    private static String text(Object claim) {
        return claim instanceof JsonString json ? json.getString() : String.valueOf(claim);
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(
                        Problem.ofStatus(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }
}
