package org.boxoffice.api.admin;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.boundary.Organisations;
import org.boxoffice.account.boundary.UnknownAccountException;
import org.boxoffice.account.boundary.UnknownOrganisationException;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.AccountQuery;
import org.boxoffice.account.entity.Role;
import org.boxoffice.admin.boundary.AccountAdministration;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.problem.InvalidParametersException;
import org.boxoffice.api.problem.Problem;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The admins' view of all accounts: searched and paged, their roles, disabled and enabled again,
 * closed at their owner's request, and the organisations of organizers.
 */
@Path("v1/admin/accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminAccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    Organisations organisations;

    @Inject
    JsonWebToken token;

    @Inject
    ClientAddress client;

    /** One account, as admins see it. */
    @GET
    @Path("{accountId}")
    public AdminAccountView account(@PathParam("accountId") String accountId) {
        return AdminAccountView.of(accounts.get(id(accountId)));
    }

    /**
     * Gives an account these roles, replacing its own; recorded in the audit trail. Admins never
     * change their own, nor take the last active admin's role away.
     */
    @PUT
    @Path("{accountId}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdminAccountView changeRoles(
            @PathParam("accountId") String accountId,
            @Valid @NotNull(message = "a JSON body with roles is required") RolesRequest request) {
        long id = id(accountId);
        return AdminAccountView.of(administration.changeRoles(admin(), id, roles(request.roles()), client.value()));
    }

    /**
     * Stops an active account from signing in, for a reason; its sessions and tokens stop at once.
     * Recorded in the audit trail.
     */
    @POST
    @Path("{accountId}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdminAccountView disable(
            @PathParam("accountId") String accountId,
            @Valid @NotNull(message = "a JSON body with a reason is required") ReasonRequest request) {
        long id = id(accountId);
        return AdminAccountView.of(administration.disable(admin(), id, request.reason(), client.value()));
    }

    /** Lets a disabled account sign in again; recorded in the audit trail. */
    @POST
    @Path("{accountId}/enable")
    public AdminAccountView enable(@PathParam("accountId") String accountId) {
        return AdminAccountView.of(administration.enable(admin(), id(accountId), client.value()));
    }

    /**
     * Closes an account for good at its owner's request, erasing its personal data as the owner's
     * own closing does; the reason says how the owner asked. Recorded in the audit trail.
     */
    @POST
    @Path("{accountId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdminAccountView close(
            @PathParam("accountId") String accountId,
            @Valid @NotNull(message = "a JSON body with a reason is required") ReasonRequest request) {
        long id = id(accountId);
        return AdminAccountView.of(administration.close(admin(), id, request.reason(), client.value()));
    }

    /** Makes an organizer a member of an organisation; recorded in the audit trail. */
    @PUT
    @Path("{accountId}/organisation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assignOrganisation(
            @PathParam("accountId") String accountId,
            @Valid @NotNull(message = "a JSON body with organisationId is required") MembershipRequest request) {
        long id = id(accountId);
        long organisationId = Parameters.id(request.organisationId().strip())
                .orElseThrow(() -> new UnknownOrganisationException(request.organisationId()));
        organisations.assign(admin(), id, organisationId, client.value());
        return Response.noContent().build();
    }

    static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String name : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError(
                        "roles",
                        "'" + name + "' is not one of "
                                + String.join(
                                        ", ",
                                        EnumSet.allOf(Role.class).stream()
                                                .map(Enum::name)
                                                .toList())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return roles;
    }

    /**
     * The accounts whose e-mail address contains {@code query} (or whose id it is), with the role
     * and in the status asked for, sorted by e-mail address.
     */
    @GET
    public PageView<AdminAccountView> list(
            @QueryParam("query") String query,
            @QueryParam("role") String role,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        String text = parameters.exact("query", parameters.text("query", query, AccountQuery.TEXT_MAX));
        Role wanted = parameters.choice("role", role, Role.class, null);
        Account.Status inStatus = parameters.choice("status", status, Account.Status.class, null);
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(
                accounts.search(new AccountQuery(text, wanted, inStatus), pageNumber, pageSize), AdminAccountView::of);
    }

    private long admin() {
        return Long.parseLong(token.getSubject());
    }

    private static long id(String accountId) {
        return Parameters.id(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
    }
}
