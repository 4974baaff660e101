package org.boxoffice.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.boxoffice.account.boundary.Registration;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.web.FacesMessages;

/**
 * The page the verification mail links to. It asks for a click rather than confirming on load:
 * mail scanners that open links must not use up the single-use link.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Registration registration;

    private String token;
    private boolean confirmed;

    public void confirm() {
        try {
            registration.verify(token);
            confirmed = true;
            FacesMessages.info("verify.done");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
