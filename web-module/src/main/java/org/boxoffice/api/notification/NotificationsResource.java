package org.boxoffice.api.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.notification.boundary.Notifications;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The signed-in person's notifications. The account comes from the token, never from the path:
 * another person's notification id answers 404, the same as an id that does not exist.
 */
@Path("v1/accounts/me/notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.ADMIN_ROLE})
public class NotificationsResource {

    static final int INBOX_SIZE = 50;

    @Inject
    SignedIn signedIn;

    @Inject
    Notifications notifications;

    /** The newest notifications, newest first. */
    @GET
    public List<NotificationView> inbox() {
        return notifications.inbox(signedIn.get().id(), INBOX_SIZE).stream()
                .map(NotificationView::of)
                .toList();
    }

    @GET
    @Path("{notificationId}")
    public NotificationView notification(@PathParam("notificationId") String notificationId) {
        return NotificationView.of(notifications.get(signedIn.get().id(), id(notificationId)));
    }

    /** Marks a notification read. */
    @POST
    @Path("{notificationId}/read")
    public Response markRead(@PathParam("notificationId") String notificationId) {
        notifications.markRead(signedIn.get().id(), id(notificationId));
        return Response.noContent().build();
    }

    private static long id(String value) {
        return Parameters.id(value).orElseThrow(NotFoundException::new);
    }
}
