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
import org.boxoffice.account.boundary.UnknownOrganisationException;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Organizer organisations, which admins create; members are assigned under the admin accounts. */
@Path("v1/admin/organisations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminOrganisationsResource {

    @Inject
    Organisations organisations;

    @Inject
    JsonWebToken token;

    @Inject
    ClientAddress client;

    @GET
    public PageView<OrganisationView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(organisations.list(pageNumber, pageSize), OrganisationView::of);
    }

    @GET
    @Path("{organisationId}")
    public OrganisationView organisation(@PathParam("organisationId") String organisationId) {
        long id = Parameters.id(organisationId).orElseThrow(() -> new UnknownOrganisationException(organisationId));
        return OrganisationView.of(organisations.get(id));
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
        long id = Parameters.id(organisationId).orElseThrow(() -> new UnknownOrganisationException(organisationId));
        return OrganisationView.of(organisations.changeServiceFee(
                Long.parseLong(token.getSubject()), id, request.amount(), client.value()));
    }

    /**
     * Takes the organisation's service fee back to the platform's default (the setting {@code
     * boxoffice.booking.default-service-fee}), for bookings held from now on; recorded in the audit
     * trail.
     */
    @DELETE
    @Path("{organisationId}/service-fee")
    public OrganisationView platformServiceFee(@PathParam("organisationId") String organisationId) {
        long id = Parameters.id(organisationId).orElseThrow(() -> new UnknownOrganisationException(organisationId));
        return OrganisationView.of(
                organisations.changeServiceFee(Long.parseLong(token.getSubject()), id, null, client.value()));
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
        long id = Parameters.id(organisationId).orElseThrow(() -> new UnknownOrganisationException(organisationId));
        return OrganisationView.of(
                organisations.changeZone(Long.parseLong(token.getSubject()), id, request.zone(), client.value()));
    }

    /** Creates an organisation; recorded in the audit trail. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = "a JSON body with name is required") OrganisationRequest request) {
        Organisation organisation =
                organisations.create(Long.parseLong(token.getSubject()), request.name(), client.value());
        return Response.created(URI.create("/api/v1/admin/organisations/" + organisation.id()))
                .entity(OrganisationView.of(organisation))
                .build();
    }
}
