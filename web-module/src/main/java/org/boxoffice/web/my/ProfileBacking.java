package org.boxoffice.web.my;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.boxoffice.account.boundary.Profiles;
import org.boxoffice.account.boundary.Registration;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Profile;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PortalAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.security.SignInMechanism;

/** The profile page: personal details, a new password, a new e-mail address (confirmed by mail). */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient Profiles profiles;

    @Inject
    transient Registration registration;

    @Inject
    transient PortalAddress portal;

    @Inject
    transient ClientAddress client;

    private String email;
    private String displayName;
    private String phone;
    private String postalAddress;
    private String language;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    private String newEmail;
    private String emailPassword;

    @PostConstruct
    void load() {
        signedIn.find().ifPresent(this::show);
    }

    private void show(Account account) {
        email = account.email();
        displayName = account.displayName();
        phone = account.phone().orElse(null);
        postalAddress = account.postalAddress().orElse(null);
        language = account.language().getLanguage();
    }

    public void saveProfile() {
        try {
            Account saved =
                    profiles.changeProfile(accountId(), displayName, phone, postalAddress, language, client.value());
            signedIn.set(saved); // the page header shows the new name at once
            show(saved);
            FacesMessages.info("profile.saved");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void changePassword() {
        try {
            if (newPassword == null || !newPassword.equals(repeatedPassword)) {
                FacesMessages.error("reset.mismatch");
                return;
            }
            profiles.changePassword(accountId(), chars(currentPassword), newPassword.toCharArray(), client.value());
            // this session stays signed in; every other session and API token of the account ends
            SignInMechanism.renew((HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest());
            FacesMessages.info("profile.passwordChanged");
        } catch (BusinessException e) {
            FacesMessages.error(e);
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatedPassword = null;
        }
    }

    public void changeEmail() {
        try {
            registration.requestEmailChange(accountId(), chars(emailPassword), newEmail, portal.url(), client.value());
            FacesMessages.info("profile.emailRequested", newEmail);
            newEmail = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        } finally {
            emailPassword = null;
        }
    }

    /** The account of this request's session: a view kept from before cannot act for another. */
    private long accountId() {
        return signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    /** The language of the account's mails and notifications, by code. */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** The languages mails are written in, by code. */
    public List<String> getLanguages() {
        return Profile.LANGUAGES;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
    }
}
