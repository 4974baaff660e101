package org.boxoffice.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.boxoffice.account.boundary.Registration;
import org.boxoffice.api.PortalAddress;
import org.boxoffice.web.FacesMessages;

/**
 * Asks for a password reset link. The answer is the same whether or not the address has an
 * account, so that the page tells nobody which addresses are registered.
 */
@Named
@ViewScoped
public class ForgotPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Registration registration;

    @Inject
    transient PortalAddress portal;

    private String email;
    private boolean sent;

    public void send() {
        registration.requestPasswordReset(email, portal.url());
        sent = true;
        FacesMessages.info("forgot.sent");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
