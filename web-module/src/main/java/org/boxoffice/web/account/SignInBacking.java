package org.boxoffice.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.security.SignInOutcome;

/**
 * The sign-in page: e-mail address and password, checked by Jakarta Security. After a sign-in the
 * browser goes back to the page that asked for it ({@code next}, a path of this portal only, so
 * that a link cannot send a freshly signed-in person to another site), or to the home page.
 */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SecurityContext security;

    @Inject
    SignInOutcome outcome;

    private String email;
    private String password;
    private String next;
    private boolean signedOut;
    private boolean closed;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(
                                email == null ? "" : email, new Password(password == null ? "" : password)))
                        .newAuthentication(true)
                        .rememberMe(false));
        password = null;
        switch (status) {
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + safeNext(next));
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default ->
                outcome.failure().ifPresentOrElse(FacesMessages::error, () -> FacesMessages.error("signIn.failed"));
        }
    }

    /** A path of this portal, never another site's address ({@code //host}, {@code https:}). */
    static String safeNext(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.startsWith("/account/sign-in")
                || next.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return next;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }
}
