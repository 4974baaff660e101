package org.boxoffice.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.account.SignedIn;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The application's one authentication mechanism (see the package description): {@code /api}
 * requests go to MicroProfile JWT's mechanism, pages use a form sign-in and the HTTP session.
 *
 * <p>Pages: a sign-in gets a new session id (no session fixation) and the session keeps only the
 * account id. Each page request loads the account again, so a disabled or closed account, or a
 * change of roles, takes effect on the next click rather than when the session ends. A protected
 * page asked for without a session sends the browser to the sign-in page, which returns to it.
 * There is no "remember me": a session ends when the browser closes or after 30 idle minutes.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_ACCOUNT = "org.boxoffice.account";
    static final String SESSION_SIGNED_IN_AT = "org.boxoffice.signedInAt";
    public static final String SIGN_IN_PAGE = "/account/sign-in.xhtml";

    @Inject
    BeanManager beanManager;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Accounts accounts;

    @Inject
    SignedIn signedIn;

    @Inject
    VerifiedTokens verifiedTokens;

    private HttpAuthenticationMechanism tokens;

    /** MicroProfile JWT's mechanism: the other one in this application. */
    @PostConstruct
    void findTokenMechanism() {
        List<Bean<?>> others = beanManager.getBeans(HttpAuthenticationMechanism.class).stream()
                .filter(bean -> !bean.getBeanClass().equals(SignInMechanism.class))
                .toList();
        if (others.size() != 1) {
            throw new IllegalStateException("expected MicroProfile JWT's authentication mechanism beside "
                    + SignInMechanism.class.getSimpleName() + ", found " + others);
        }
        Bean<?> bean = others.get(0);
        tokens = (HttpAuthenticationMechanism) beanManager.getReference(
                bean, HttpAuthenticationMechanism.class, beanManager.createCreationalContext(bean));
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return apiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, context, credential);
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            return context.doNothing(); // style sheets and scripts are public: no account to load
        }
        Optional<Account> account = sessionAccount(request);
        if (account.isPresent()) {
            signedIn.set(account.get());
            return context.notifyContainerAboutLogin(
                    String.valueOf(account.get().id()), AccountIdentityStore.groupsOf(account.get()));
        }
        if (context.isProtected()) {
            String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /**
     * An API request: its bearer token verified by MicroProfile JWT's mechanism, or found among
     * the tokens verified before ({@link VerifiedTokens}).
     */
    private AuthenticationStatus apiRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        Instant now = Instant.now();
        Optional<VerifiedTokens.Verified> known = verifiedTokens.find(authorization, now);
        if (known.isPresent()) {
            request.setAttribute(SignedIn.API_TOKEN, known.get().caller());
            return context.notifyContainerAboutLogin(
                    known.get().caller(), known.get().groups());
        }
        AuthenticationStatus status = tokens.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SUCCESS
                && authorization != null
                && context.getCallerPrincipal() instanceof JsonWebToken token
                && context.getGroups() != null) {
            request.setAttribute(SignedIn.API_TOKEN, token);
            verifiedTokens.remember(
                    authorization,
                    new VerifiedTokens.Verified(
                            token, context.getGroups(), Instant.ofEpochSecond(token.getExpirationTime())),
                    now);
        }
        return status;
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // a new session id at sign-in: an id planted before it opens nothing afterwards
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        HttpSession signedIn = request.getSession(true);
        signedIn.setAttribute(
                SESSION_ACCOUNT, Long.valueOf(result.getCallerPrincipal().getName()));
        signedIn.setAttribute(SESSION_SIGNED_IN_AT, Instant.now());
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Keeps this session signed in after its own password change, which ends every other session
     * and token of the account.
     */
    public static void renew(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_SIGNED_IN_AT, Instant.now());
        }
    }

    /**
     * The session's account while it is active and its password unchanged since the sign-in; the
     * session of a disabled or closed account, or of a replaced password, ends.
     */
    private Optional<Account> sessionAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_ACCOUNT) instanceof Long id)) {
            return Optional.empty();
        }
        Instant signedInAt = session.getAttribute(SESSION_SIGNED_IN_AT) instanceof Instant at ? at : Instant.EPOCH;
        Optional<Account> account = accounts.findWithRoles(id)
                .filter(Account::isActive)
                .filter(found -> found.acceptsSignInFrom(signedInAt));
        if (account.isEmpty()) {
            session.invalidate();
        }
        return account;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_ACCOUNT);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
