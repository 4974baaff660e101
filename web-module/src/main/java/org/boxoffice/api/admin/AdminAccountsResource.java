package org.boxoffice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.boxoffice.account.entity.Role;
import org.boxoffice.admin.boundary.AccountAdministration;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.AccountView;
import org.boxoffice.api.problem.InvalidParametersException;
import org.boxoffice.api.problem.Problem;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The admins' view of all accounts: their roles and the organisations of organizers. */
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

    /** Gives an account these roles, replacing its own; recorded in the audit trail. */
    @PUT
    @Path("{accountId}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView changeRoles(
            @PathParam("accountId") String accountId,
            @Valid @NotNull(message = "a JSON body with roles is required") RolesRequest request) {
        long id = Parameters.id(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
        return AccountView.of(administration.changeRoles(
                Long.parseLong(token.getSubject()), id, roles(request.roles()), client.value()));
    }

    /** Makes an organizer a member of an organisation; recorded in the audit trail. */
    @PUT
    @Path("{accountId}/organisation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assignOrganisation(
            @PathParam("accountId") String accountId,
            @Valid @NotNull(message = "a JSON body with organisationId is required") MembershipRequest request) {
        long id = Parameters.id(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
        long organisationId = Parameters.id(request.organisationId().strip())
                .orElseThrow(() -> new UnknownOrganisationException(request.organisationId()));
        organisations.assign(Long.parseLong(token.getSubject()), id, organisationId, client.value());
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
                        "roles", "'" + name + "' is not one of CUSTOMER, ORGANIZER, SUPPORT, FINANCE, ADMIN"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return roles;
    }

    @GET
    public PageView<AccountView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(accounts.list(pageNumber, pageSize), AccountView::of);
    }
}
