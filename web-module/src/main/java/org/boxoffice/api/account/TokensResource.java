package org.boxoffice.api.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.stream.Collectors;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.boundary.ApiClients;
import org.boxoffice.account.control.ApiTokens;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.ApiClient;
import org.boxoffice.account.entity.ApiClientException;
import org.boxoffice.account.entity.Scope;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.limits.RateLimits;

/**
 * The token endpoint (OAuth 2.0, RFC 6749): exchanges an account's e-mail address and password,
 * or an API client's id and secret ({@code grant_type=client_credentials}, section 4.4), for an
 * API token; as JSON or as a form ({@code application/x-www-form-urlencoded}, where the password
 * grant names the e-mail address {@code username}). Refusals are problem+json with the OAuth
 * error code in {@code error}: a wrong client id or secret 401 {@code invalid_client}, a missing
 * one 400 {@code invalid_request}, another grant type 400 {@code unsupported_grant_type}. Each
 * address may ask a limited number of times per window ({@code boxoffice.api.rate-limit.token.*}):
 * then 429 with {@code Retry-After}.
 */
@Path("v1/auth/token")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    static final String PASSWORD = "password";
    static final String CLIENT_CREDENTIALS = "client_credentials";

    @Inject
    Accounts accounts;

    @Inject
    ApiClients clients;

    @Inject
    ApiTokens tokens;

    @Inject
    ClientAddress client;

    @Inject
    RateLimits limits;

    @Inject
    Validator validator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response token(
            @Valid
                    @NotNull(
                            message = "a JSON body with email and password, or grant_type, client_id and client_secret,"
                                    + " is required")
                    TokenRequest request) {
        limits.tokenRequest(client.value());
        return grant(
                request.grantType(), request.email(), request.password(), request.clientId(), request.clientSecret());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response tokenFromForm(
            @FormParam("grant_type") String grantType,
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret) {
        limits.tokenRequest(client.value());
        if (grantType == null || grantType.isBlank()) {
            throw new ApiClientException(ApiClientException.Reason.INVALID_REQUEST);
        }
        return grant(grantType, username, password, clientId, clientSecret);
    }

    private Response grant(String grantType, String email, String password, String clientId, String clientSecret) {
        if (grantType == null || grantType.equals(PASSWORD)) {
            PasswordCredentials credentials = new PasswordCredentials(email, password);
            Set<ConstraintViolation<PasswordCredentials>> violations = validator.validate(credentials);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            Account account = accounts.authenticate(
                    credentials.email(), credentials.password().toCharArray(), client.value(), Accounts.Channel.API);
            return answer(tokens.issue(account), null);
        }
        if (grantType.equals(CLIENT_CREDENTIALS)) {
            if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
                throw new ApiClientException(ApiClientException.Reason.INVALID_REQUEST);
            }
            ApiClient found = clients.authenticate(clientId.strip(), clientSecret.strip());
            return answer(
                    tokens.issue(found),
                    found.scopes().stream().map(Scope::value).collect(Collectors.joining(" ")));
        }
        throw new ApiClientException(ApiClientException.Reason.UNSUPPORTED_GRANT);
    }

    private static Response answer(ApiTokens.Issued issued, String scope) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new TokenView(
                        issued.token(), "Bearer", issued.lifetime().toSeconds(), scope))
                .cacheControl(noStore)
                .header("Pragma", "no-cache")
                .build();
    }
}
