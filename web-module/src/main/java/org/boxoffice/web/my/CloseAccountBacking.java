package org.boxoffice.web.my;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.boxoffice.account.boundary.Privacy;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.security.SignInMechanism;

/**
 * Closing the account for good, confirmed with the password. The page is a Faces protected view:
 * it opens only from the privacy page's button, never from a link on another site.
 */
@Named
@RequestScoped
public class CloseAccountBacking {

    @Inject
    SignedIn signedIn;

    @Inject
    Privacy privacy;

    @Inject
    ClientAddress client;

    private String password;
    private boolean understood;

    public void close() throws IOException, ServletException {
        if (!understood) {
            FacesMessages.error("close.notConfirmed");
            return;
        }
        long id = signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
        try {
            privacy.close(id, password == null ? new char[0] : password.toCharArray(), client.value());
        } catch (BusinessException e) {
            FacesMessages.error(e);
            return;
        } finally {
            password = null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + SignInMechanism.SIGN_IN_PAGE + "?closed=true");
        faces.responseComplete();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}
