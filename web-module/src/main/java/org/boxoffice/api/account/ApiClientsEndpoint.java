package org.boxoffice.api.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.boxoffice.account.boundary.ApiClients;
import org.boxoffice.account.boundary.UnknownOrganisationException;
import org.boxoffice.account.entity.ApiClient;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;

/**
 * What the organizers' and the admins' API client endpoints share: register (201, the secret shown
 * once, never stored by a cache), list, read and revoke, for the signed-in account; the boundary
 * decides which clients it sees.
 */
@RequestScoped
public class ApiClientsEndpoint {

    @Inject
    ApiClients clients;

    @Inject
    SignedIn signedIn;

    @Inject
    ClientAddress address;

    /**
     * @param asAdmin the admins' API: all clients, and an organisation (or none) to name; otherwise
     *     the organizer's own organisation's, whatever other roles the account has
     * @param base the path of the collection, such as {@code /api/v1/organizer/clients}
     */
    public Response register(ApiClientRequest request, boolean asAdmin, String base) {
        Long organisation = null;
        if (asAdmin
                && request.organisationId() != null
                && !request.organisationId().isBlank()) {
            organisation = Parameters.id(request.organisationId().strip())
                    .orElseThrow(() -> new UnknownOrganisationException(request.organisationId()));
        }
        ApiClient.Registered registered = clients.register(
                signedIn.get(),
                asAdmin,
                organisation,
                request.name(),
                ApiClient.scopes(request.scopes()),
                request.rateLimit(),
                address.value());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(URI.create(base + "/" + registered.client().clientId()))
                .entity(RegisteredApiClientView.of(registered))
                .cacheControl(noStore)
                .build();
    }

    public PageView<ApiClientView> list(boolean asAdmin, String page, String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(clients.list(signedIn.get(), asAdmin, pageNumber, pageSize), ApiClientView::of);
    }

    public ApiClientView get(boolean asAdmin, String clientId) {
        return ApiClientView.of(clients.get(signedIn.get(), asAdmin, clientId));
    }

    public Response revoke(boolean asAdmin, String clientId) {
        clients.revoke(signedIn.get(), asAdmin, clientId, address.value());
        return Response.noContent().build();
    }
}
