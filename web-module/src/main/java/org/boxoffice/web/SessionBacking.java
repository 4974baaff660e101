package org.boxoffice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.web.security.SignInMechanism;

/** Who is signed in, for the header of every page, and signing out. */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    SignedIn signedIn;

    @Inject
    Accounts accounts;

    @Inject
    ClientAddress client;

    @Inject
    Notifications notifications;

    private Long unreadNotifications;
    private boolean unreadCountedForRender;

    public boolean isSignedIn() {
        return signedIn.find().isPresent();
    }

    public String getDisplayName() {
        return signedIn.find().map(Account::displayName).orElse("");
    }

    public boolean isAdmin() {
        return signedIn.find().filter(account -> account.has(Role.ADMIN)).isPresent();
    }

    /** Customers book tickets: other roles see the booking forms' place but not the forms. */
    public boolean isCustomer() {
        return signedIn.find().filter(account -> account.has(Role.CUSTOMER)).isPresent();
    }

    /** Finance contacts and admins read the sales reports. */
    public boolean isFinance() {
        return signedIn.find()
                .filter(account -> account.has(Role.FINANCE) || account.has(Role.ADMIN))
                .isPresent();
    }

    /** Admins and support staff moderate reviews. */
    public boolean isModerator() {
        return signedIn.find()
                .filter(account -> account.has(Role.ADMIN) || account.has(Role.SUPPORT))
                .isPresent();
    }

    /** Support staff and admins work the support desk; organizers answer their events' cases there. */
    public boolean isDesk() {
        return signedIn.find()
                .filter(account -> account.has(Role.SUPPORT) || account.has(Role.ADMIN) || account.has(Role.ORGANIZER))
                .isPresent();
    }

    public boolean isOrganizer() {
        return signedIn.find().filter(account -> account.has(Role.ORGANIZER)).isPresent();
    }

    /**
     * How many of the person's notifications are unread, for the badge of the header. EL asks for
     * it several times a request (the badge's {@code rendered} in every phase of a post, its value):
     * it is counted once before the actions of a post and once more for the page rendered after them,
     * which may have changed it ("mark all read").
     */
    public long getUnreadNotifications() {
        boolean rendering = FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if (unreadNotifications == null || (rendering && !unreadCountedForRender)) {
            unreadNotifications = signedIn.find()
                    .map(account -> notifications.unread(account.id()))
                    .orElse(0L);
            unreadCountedForRender = rendering;
        }
        return unreadNotifications;
    }

    /** Ends the session: a new visit needs the password again. */
    public void signOut() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        signedIn.find().ifPresent(account -> accounts.signedOut(account.id(), client.value()));
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + SignInMechanism.SIGN_IN_PAGE + "?signedOut=true");
        faces.responseComplete();
    }
}
