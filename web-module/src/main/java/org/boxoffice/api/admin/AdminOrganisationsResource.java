package org.boxoffice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.boxoffice.account.boundary.Organisations;
import org.boxoffice.account.boundary.UnknownAccountException;
import org.boxoffice.account.boundary.UnknownOrganisationException;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.account.entity.Role;
import org.boxoffice.admin.boundary.OrganisationOverview;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Organizer organisations, which admins create, search, rename and set up (service fee, zone), and
 * their members: organizers and finance contacts.
 */
@Path("v1/admin/organisations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminOrganisationsResource {

    @Inject
    Organisations organisations;

    @Inject
    OrganisationOverview overview;

    @Inject
    JsonWebToken token;

    @Inject
    ClientAddress client;

    /**
     * The organisations whose name contains {@code query} (whatever its case; absent: all), by name,
     * with how many organizers, finance contacts and events each has.
     */
    @GET
    public PageView<OrganisationSummaryView> list(
            @QueryParam("query") String query, @QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        String text = parameters.exact("query", parameters.text("query", query, Organisation.MAX_NAME_LENGTH));
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(overview.search(text, pageNumber, pageSize), OrganisationSummaryView::of);
    }

    /** One organisation with its counts and its members (organizers and finance contacts). */
    @GET
    @Path("{organisationId}")
    public OrganisationDetailsView organisation(@PathParam("organisationId") String organisationId) {
        long id = id(organisationId);
        return OrganisationDetailsView.of(overview.summary(id), organisations.members(id));
    }

    /** Gives the organisation a new name, unique whatever its case; recorded in the audit trail. */
    @PUT
    @Path("{organisationId}/name")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganisationView rename(
            @PathParam("organisationId") String organisationId,
            @Valid @NotNull(message = "a JSON body with name is required") OrganisationRequest request) {
        long id = id(organisationId);
        return OrganisationView.of(organisations.rename(admin(), id, request.name(), client.value()));
    }

    /**
     * Makes the account with this e-mail address a member of the organisation, as organizer or
     * finance contact, giving it that role beside its own; recorded in the audit trail.
     */
    @POST
    @Path("{organisationId}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public MemberView addMember(
            @PathParam("organisationId") String organisationId,
            @Valid @NotNull(message = "a JSON body with email and role is required") MemberRequest request) {
        long id = id(organisationId);
        return MemberView.of(
                organisations.addMember(admin(), id, request.email(), request.memberRole(), client.value()));
    }

    /**
     * Takes a member's role {@code role} (ORGANIZER or FINANCE) away, or without {@code role} both
     * and the membership; a member left without either is no member any more. Recorded in the audit
     * trail.
     */
    @DELETE
    @Path("{organisationId}/members/{accountId}")
    public Response removeMember(
            @PathParam("organisationId") String organisationId,
            @PathParam("accountId") String accountId,
            @QueryParam("role") String role) {
        Parameters parameters = new Parameters();
        Role memberRole = parameters.choice("role", role, Role.class, null);
        parameters.check();
        long id = id(organisationId);
        long account = Parameters.id(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
        organisations.removeMember(admin(), id, account, memberRole, client.value());
        return Response.noContent().build();
    }

    /**
     * Sets the organisation's service fee per ticket, for bookings held from now on (those held
     * already keep theirs); recorded in the audit trail.
     */
    @PUT
    @Path("{organisationId}/service-fee")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganisationView serviceFee(
            @PathParam("organisationId") String organisationId,
            @Valid @NotNull(message = "a JSON body with serviceFee is required") ServiceFeeRequest request) {
        long id = id(organisationId);
        return OrganisationView.of(organisations.changeServiceFee(admin(), id, request.amount(), client.value()));
    }

    /**
     * Takes the organisation's service fee back to the platform's default (the setting {@code
     * boxoffice.booking.default-service-fee}), for bookings held from now on; recorded in the audit
     * trail.
     */
    @DELETE
    @Path("{organisationId}/service-fee")
    public OrganisationView platformServiceFee(@PathParam("organisationId") String organisationId) {
        long id = id(organisationId);
        return OrganisationView.of(organisations.changeServiceFee(admin(), id, null, client.value()));
    }

    /**
     * Sets the zone the organisation's days begin and end in for its sales reports (blank: the
     * platform's), for the reports made from now on; recorded in the audit trail.
     */
    @PUT
    @Path("{organisationId}/zone")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganisationView zone(
            @PathParam("organisationId") String organisationId,
            @Valid @NotNull(message = "a JSON body with zone is required") ZoneRequest request) {
        long id = id(organisationId);
        return OrganisationView.of(organisations.changeZone(admin(), id, request.zone(), client.value()));
    }

    /** Creates an organisation; recorded in the audit trail. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = "a JSON body with name is required") OrganisationRequest request) {
        Organisation organisation = organisations.create(admin(), request.name(), client.value());
        return Response.created(URI.create("/api/v1/admin/organisations/" + organisation.id()))
                .entity(OrganisationView.of(organisation))
                .build();
    }

    private long admin() {
        return Long.parseLong(token.getSubject());
    }

    private static long id(String organisationId) {
        return Parameters.id(organisationId).orElseThrow(() -> new UnknownOrganisationException(organisationId));
    }
}
