package org.boxoffice.web.organizer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.boxoffice.account.boundary.ApiClients;
import org.boxoffice.account.entity.ApiClient;
import org.boxoffice.account.entity.Scope;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.PagedRows;

/**
 * The API clients of the organizer's organisation: registered (the secret shown once, on this
 * page only), listed, and revoked.
 */
@Named
@ViewScoped
public class ClientsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A client as the table shows it (EL 5 reads getters, not record components). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String clientId;
        private final String name;
        private final String scopes;
        private final boolean active;
        private final OffsetDateTime createdAt;
        private final OffsetDateTime lastUsedAt;

        Row(ApiClient client) {
            this.clientId = client.clientId();
            this.name = client.name();
            this.scopes = client.scopes().stream().map(Scope::value).collect(Collectors.joining(" "));
            this.active = client.isActive();
            this.createdAt = client.createdAt();
            this.lastUsedAt = client.lastUsedAt().orElse(null);
        }

        public String getClientId() {
            return clientId;
        }

        public String getName() {
            return name;
        }

        public String getScopes() {
            return scopes;
        }

        public boolean isActive() {
            return active;
        }

        public OffsetDateTime getCreatedAt() {
            return createdAt;
        }

        public OffsetDateTime getLastUsedAt() {
            return lastUsedAt;
        }
    }

    @Inject
    transient ApiClients clients;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient ClientAddress address;

    private String name;
    private List<String> scopes = new ArrayList<>();
    private String issuedId;
    private String issuedSecret;

    private final PagedRows<ApiClient, Row> rows = new PagedRows<>(
            (page, size) -> clients.list(signedIn.get(), false, page, size), Row::new, Row::getClientId);

    /** Registers the client and shows its secret, this once. */
    public void register() {
        try {
            ApiClient.Registered registered = clients.register(
                    signedIn.get(), false, null, name, ApiClient.scopes(scopes), null, address.value());
            issuedId = registered.client().clientId();
            issuedSecret = registered.secret();
            name = null;
            scopes = new ArrayList<>();
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void revoke(String clientId) {
        try {
            clients.revoke(signedIn.get(), false, clientId, address.value());
            FacesMessages.info("clients.revoked", clientId);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /** The scopes an organisation's client may have, for the choice. */
    public List<String> getScopeChoices() {
        return Arrays.stream(Scope.values()).map(Scope::value).toList();
    }

    public PagedRows<ApiClient, Row> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
    }

    public String getIssuedId() {
        return issuedId;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }
}
