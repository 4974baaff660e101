package org.boxoffice.api.account;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.boxoffice.account.entity.ApiClient;
import org.boxoffice.account.entity.ApiClientException;

/**
 * The API client of the request, when an API client's token made it: set by {@link
 * ClientTokenFilter} after it found the client active. Resources that serve clients read its
 * organisation from here.
 */
@RequestScoped
public class ActingClient {

    private ApiClient client;

    void set(ApiClient client) {
        this.client = client;
    }

    public Optional<ApiClient> find() {
        return Optional.ofNullable(client);
    }

    /**
     * The organisation of the acting client: every endpoint that reaches an organisation's data
     * allows only scopes that a client of no organisation cannot have.
     */
    public long organisation() {
        return find().flatMap(ApiClient::organisationId)
                .orElseThrow(() -> new IllegalStateException("an organisation's scope without an organisation"));
    }

    /**
     * Refuses an event of another organisation to a client of an organisation; a client of no
     * organisation (an admin's) reaches every event.
     *
     * @throws ApiClientException OTHER_ORGANISATION
     */
    public void mayReach(Optional<Long> eventOrganisation) {
        find().flatMap(ApiClient::organisationId).ifPresent(own -> {
            if (!eventOrganisation.equals(Optional.of(own))) {
                throw new ApiClientException(ApiClientException.Reason.OTHER_ORGANISATION);
            }
        });
    }
}
