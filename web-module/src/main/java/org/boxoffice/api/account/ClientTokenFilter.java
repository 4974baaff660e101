package org.boxoffice.api.account;

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
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.boxoffice.account.boundary.ApiClients;
import org.boxoffice.account.entity.ApiClient;
import org.boxoffice.account.entity.Scope;
import org.boxoffice.api.limits.RateLimits;
import org.boxoffice.api.problem.Problem;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * An API client's token (an API token of the group {@link Scope#CLIENT_ROLE}) counts while its
 * client does: the client's row is read by its primary key on every request, so that revoking it
 * stops its tokens at once, on every instance (401). Then the request counts against the client's
 * rate limit (429), and reaches only endpoints whose roles include one of the client's scopes
 * (403); a public endpoint needs {@code catalog:read}. A client with {@code bookings:write} names
 * the customer it books for in the header {@value #CUSTOMER_HEADER}, an account id or e-mail
 * address; the booking endpoints then serve that customer. Runs before {@code ActiveAccountFilter},
 * which leaves client tokens alone: they are no account's.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 10)
public class ClientTokenFilter implements ContainerRequestFilter {

    /** The header that names the customer a client acts for. */
    public static final String CUSTOMER_HEADER = "Boxoffice-Customer";

    @Context
    ResourceInfo resource;

    @Inject
    ApiClients clients;

    @Inject
    ActingClient acting;

    @Inject
    SignedIn signedIn;

    @Inject
    RateLimits limits;

    /** Whether the token is an API client's rather than an account's. */
    public static boolean isClientToken(JsonWebToken token) {
        Set<String> groups = token.getGroups();
        return groups != null && groups.contains(Scope.CLIENT_ROLE);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getProperty(SignedIn.API_TOKEN) instanceof JsonWebToken token) || !isClientToken(token)) {
            return;
        }
        Optional<ApiClient> found = clients.admit(token.getSubject()).filter(client -> matches(token, client));
        if (found.isEmpty()) {
            request.abortWith(
                    unauthorized("This API client was revoked or is not known here: its tokens no longer count."));
            return;
        }
        ApiClient client = found.get();
        limits.client(client);
        Set<String> scopes = client.scopes().stream().map(Scope::value).collect(Collectors.toSet());
        Method method = resource.getResourceMethod();
        Set<String> allowed = allowedRoles(method, resource.getResourceClass());
        if (method != null && !reaches(allowed, scopes)) {
            request.abortWith(Problem.ofStatus(
                            Response.Status.FORBIDDEN,
                            "This API client's scopes ("
                                    + String.join(" ", scopes.stream().sorted().toList())
                                    + ") do not reach this endpoint.")
                    .toResponse());
            return;
        }
        acting.set(client);
        if (allowed != null
                && allowed.contains(Scope.BOOKINGS_WRITE_SCOPE)
                && scopes.contains(Scope.BOOKINGS_WRITE_SCOPE)) {
            signedIn.set(clients.customer(request.getHeaderString(CUSTOMER_HEADER)));
        }
    }

    /** The token names this client, its organisation and no scope the client does not have (any more). */
    static boolean matches(JsonWebToken token, ApiClient client) {
        Set<String> granted = new HashSet<>();
        granted.add(Scope.CLIENT_ROLE);
        client.scopes().forEach(scope -> granted.add(scope.value()));
        Object organisation = token.getClaim("org");
        String claimed = organisation == null ? null : text(organisation);
        return granted.containsAll(token.getGroups())
                && client.organisationId().map(String::valueOf).equals(Optional.ofNullable(claimed));
    }

    /** Whether a client of these scopes reaches an endpoint of these roles (null: a public endpoint). */
    static boolean reaches(Set<String> allowed, Set<String> scopes) {
        if (allowed == null) {
            return scopes.contains(Scope.CATALOG_READ_SCOPE);
        }
        return allowed.stream().anyMatch(scopes::contains);
    }

    /** The endpoint's roles (the method's, or else its class's); null for a public endpoint. */
    static Set<String> allowedRoles(Method method, Class<?> type) {
        if (method == null) {
            return null;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && type != null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        return roles == null ? null : Set.copyOf(Arrays.asList(roles.value()));
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
