package org.boxoffice.api.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.boxoffice.account.boundary.Consents;
import org.boxoffice.account.boundary.Privacy;
import org.boxoffice.account.boundary.Profiles;
import org.boxoffice.account.boundary.Registration;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PortalAddress;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The signed-in account. Its token's subject is the account id. */
@Path("v1/accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    SignedIn signedIn;

    @Inject
    Registration registration;

    @Inject
    PortalAddress portal;

    @Inject
    Privacy privacy;

    @Inject
    DataExports dataExports;

    @Inject
    Profiles profiles;

    @Inject
    Consents consents;

    @Inject
    ClientAddress client;

    /** Registers a customer; the account works once the address is confirmed by the mailed link. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(
            @Valid @NotNull(message = "a JSON body with email, password and displayName is required")
                    RegistrationRequest request) {
        Account account = registration.register(
                request.email(),
                request.displayName(),
                request.password().toCharArray(),
                request.choices(),
                portal.url(),
                client.value());
        return Response.created(URI.create("/api/v1/accounts/me"))
                .entity(AccountView.of(account))
                .build();
    }

    /** Confirms an address with the secret of the mailed link. */
    @POST
    @Path("verification")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response verify(
            @Valid @NotNull(message = "a JSON body with token is required") VerificationRequest request) {
        registration.verify(request.token());
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.FINANCE_ROLE, Role.ADMIN_ROLE})
    public AccountView me() {
        return AccountView.of(signedIn());
    }

    /** Changes the signed-in person's name, phone and postal address. */
    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.FINANCE_ROLE, Role.ADMIN_ROLE})
    public AccountView changeProfile(
            @Valid @NotNull(message = "a JSON body with displayName, phone, postalAddress and language is required")
                    ProfileRequest request) {
        return AccountView.of(profiles.changeProfile(
                signedIn().id(),
                request.displayName(),
                request.phone(),
                request.postalAddress(),
                request.language(),
                client.value()));
    }

    /** A new password, given the current one; the owner is told by mail. */
    @POST
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.FINANCE_ROLE, Role.ADMIN_ROLE})
    public Response changePassword(
            @Valid @NotNull(message = "a JSON body with currentPassword and newPassword is required")
                    PasswordChangeRequest request) {
        profiles.changePassword(
                signedIn().id(),
                request.currentPassword().toCharArray(),
                request.newPassword().toCharArray(),
                client.value());
        return Response.noContent().build();
    }

    /**
     * Starts a change of e-mail address: 202, and the new address gets a confirmation link; the
     * address changes only once the link is used (POST /api/v1/accounts/email-confirmation).
     */
    @POST
    @Path("me/email")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.FINANCE_ROLE, Role.ADMIN_ROLE})
    public Response changeEmail(
            @Valid @NotNull(message = "a JSON body with password and newEmail is required")
                    EmailChangeRequest request) {
        registration.requestEmailChange(
                signedIn().id(), request.password().toCharArray(), request.newEmail(), portal.url(), client.value());
        return Response.accepted().build();
    }

    /** Confirms a new address with the secret of the link mailed to it. */
    @POST
    @Path("email-confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirmEmail(
            @Valid @NotNull(message = "a JSON body with token is required") VerificationRequest request) {
        registration.confirmEmailChange(request.token());
        return Response.noContent().build();
    }

    /** The privacy preferences and the record of consents. */
    @GET
    @Path("me/preferences")
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.FINANCE_ROLE, Role.ADMIN_ROLE})
    public PreferencesView preferences() {
        long id = signedIn().id();
        return PreferencesView.of(consents.current(id), consents.history(id));
    }

    /** Switches marketing mail and analytics on or off; each change is recorded with its time. */
    @PUT
    @Path("me/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.FINANCE_ROLE, Role.ADMIN_ROLE})
    public PreferencesView changePreferences(
            @Valid @NotNull(message = "a JSON body with marketing and analytics is required")
                    PreferencesRequest request) {
        Account account = signedIn();
        consents.changePreferences(account, request.marketing(), request.analytics(), client.value());
        return PreferencesView.of(consents.current(account.id()), consents.history(account.id()));
    }

    /** "Download my data": everything kept about the signed-in person, as a JSON file. */
    @GET
    @Path("me/export")
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.FINANCE_ROLE, Role.ADMIN_ROLE})
    public Response export() {
        Account account = signedIn();
        return Response.ok(dataExports.of(account))
                .header("Content-Disposition", "attachment; filename=\"boxoffice-data-" + account.id() + ".json\"")
                .build();
    }

    /** Closes the signed-in person's account for good, confirmed with its password. */
    @POST
    @Path("me/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.FINANCE_ROLE, Role.ADMIN_ROLE})
    public Response close(@Valid @NotNull(message = "a JSON body with password is required") ClosureRequest request) {
        privacy.close(signedIn().id(), request.password().toCharArray(), client.value());
        return Response.noContent().build();
    }

    /** The token's account, checked by {@link ActiveAccountFilter}: it exists and is active. */
    private Account signedIn() {
        return signedIn.get();
    }
}
