package org.boxoffice.api.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.notification.boundary.NotificationPreferences;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.NotificationKind;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The signed-in person's notification centre: their notifications, how many are unread, and which
 * kinds they want by mail. The account comes from the token, never from the path: another person's
 * notification id answers 404, the same as an id that does not exist.
 */
@Path("v1/accounts/me/notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.FINANCE_ROLE, Role.ADMIN_ROLE})
public class NotificationsResource {

    @Inject
    SignedIn signedIn;

    @Inject
    Notifications notifications;

    @Inject
    NotificationPreferences preferences;

    /** A page of the notifications, newest first. */
    @GET
    public PageView<NotificationView> inbox(@QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(notifications.inbox(signedIn.get().id(), pageNumber, pageSize), NotificationView::of);
    }

    /** How many notifications are unread: what the portal shows beside the account's links. */
    @GET
    @Path("unread-count")
    public UnreadCountView unreadCount() {
        return new UnreadCountView(notifications.unread(signedIn.get().id()));
    }

    /** Marks every notification read. */
    @POST
    @Path("read-all")
    public Response markAllRead() {
        notifications.markAllRead(signedIn.get().id());
        return Response.noContent().build();
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

    /** Which kinds of notification are mailed, with the kinds' names in the caller's language. */
    @GET
    @Path("preferences")
    public List<MailChoiceView> mailPreferences(@Context HttpHeaders headers) {
        Locale locale = locale(headers);
        return preferences.list(signedIn.get().id()).stream()
                .map(choice -> MailChoiceView.of(choice, locale))
                .toList();
    }

    /**
     * Switches the mail of kinds on or off: {@code {"EVENT_REMINDER": {"mail": false}}}. All or
     * nothing: an unknown kind, or a mandatory kind switched off, changes none.
     */
    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<MailChoiceView> changeMailPreferences(
            @Valid
                    @NotNull(
                            message =
                                    "a JSON object of kinds, such as {\"EVENT_REMINDER\": {\"mail\": false}}, is required")
                    Map<
                                    String,
                                    @NotNull(message = "is required: {\"mail\": true} or {\"mail\": false}") @Valid
                                    MailChoiceRequest>
                            request,
            @Context HttpHeaders headers) {
        Map<NotificationKind, Boolean> choices = new EnumMap<>(NotificationKind.class);
        request.forEach((kind, choice) -> choices.put(NotificationKind.parse(kind), choice.mail()));
        Locale locale = locale(headers);
        return preferences.change(signedIn.get().id(), choices).stream()
                .map(choice -> MailChoiceView.of(choice, locale))
                .toList();
    }

    /** The first language of Accept-Language that the kinds' texts have; English otherwise. */
    private static Locale locale(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(language -> !"*".equals(language.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    private static long id(String value) {
        return Parameters.id(value).orElseThrow(NotFoundException::new);
    }
}
