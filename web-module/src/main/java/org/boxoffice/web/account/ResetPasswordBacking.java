package org.boxoffice.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.boxoffice.account.boundary.Registration;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.web.FacesMessages;

/** The page the password reset mail links to: a new password, typed twice. */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Registration registration;

    private String token;
    private String password;
    private String repeated;
    private boolean done;

    public void reset() {
        if (password == null || !password.equals(repeated)) {
            FacesMessages.error("reset.mismatch");
            return;
        }
        try {
            registration.resetPassword(token, password.toCharArray());
            done = true;
            FacesMessages.info("reset.done");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        } finally {
            password = null;
            repeated = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public boolean isDone() {
        return done;
    }
}
