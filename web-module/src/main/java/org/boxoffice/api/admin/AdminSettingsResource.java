package org.boxoffice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.settings.boundary.Settings;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The system settings admins change while the platform runs, each by its MicroProfile Config key;
 * a change is in force on every instance within {@code boxoffice.settings.cache-seconds} and is in
 * the audit trail with the value before and after.
 */
@Path("v1/admin/settings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminSettingsResource {

    @Inject
    Settings settings;

    @Inject
    JsonWebToken token;

    @Inject
    ClientAddress client;

    /** Every setting: there are few, so there is no paging. */
    @GET
    public List<SettingView> list() {
        return settings.list().stream().map(SettingView::of).toList();
    }

    @GET
    @Path("{key}")
    public SettingView setting(@PathParam("key") String key) {
        return SettingView.of(settings.get(key));
    }

    /** Sets a setting's value, checked against its type and range; recorded in the audit trail. */
    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingView change(
            @PathParam("key") String key,
            @Valid @NotNull(message = "a JSON body with value is required") SettingRequest request) {
        return SettingView.of(
                settings.change(Long.parseLong(token.getSubject()), key, request.value(), client.value()));
    }

    /** Takes a setting back to its default from MicroProfile Config; recorded in the audit trail. */
    @DELETE
    @Path("{key}")
    public SettingView reset(@PathParam("key") String key) {
        return SettingView.of(settings.reset(Long.parseLong(token.getSubject()), key, client.value()));
    }
}
