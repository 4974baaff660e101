package org.boxoffice.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.boxoffice.account.boundary.Registration;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.web.FacesMessages;

/** The page the mail to a new address links to; like the verification, it waits for a click. */
@Named
@ViewScoped
public class ConfirmEmailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Registration registration;

    private String token;
    private boolean confirmed;

    public void confirm() {
        try {
            registration.confirmEmailChange(token);
            confirmed = true;
            FacesMessages.info("confirmEmail.done");
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
