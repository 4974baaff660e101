package org.boxoffice.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.boxoffice.account.boundary.Registration;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PortalAddress;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.web.FacesMessages;

/**
 * Registration: the account works once the address is confirmed with the mailed link. Agreeing to
 * the terms is required; marketing mail and analytics are off unless ticked.
 */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Registration registration;

    @Inject
    transient PortalAddress portal;

    @Inject
    transient ClientAddress client;

    private String email;
    private String displayName;
    private String password;
    private String repeated;
    private boolean acceptTerms;
    private boolean marketing;
    private boolean analytics;
    private boolean registered;

    public void register() {
        try {
            if (password == null || !password.equals(repeated)) {
                FacesMessages.error("reset.mismatch");
                return;
            }
            registration.register(
                    email,
                    displayName,
                    password.toCharArray(),
                    new Registration.Choices(acceptTerms, marketing, analytics),
                    portal.url(),
                    client.value());
            registered = true;
            FacesMessages.info("register.done", email);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        } finally {
            password = null;
            repeated = null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    public boolean isAcceptTerms() {
        return acceptTerms;
    }

    public void setAcceptTerms(boolean acceptTerms) {
        this.acceptTerms = acceptTerms;
    }

    public boolean isMarketing() {
        return marketing;
    }

    public void setMarketing(boolean marketing) {
        this.marketing = marketing;
    }

    public boolean isAnalytics() {
        return analytics;
    }

    public void setAnalytics(boolean analytics) {
        this.analytics = analytics;
    }

    public boolean isRegistered() {
        return registered;
    }
}
