package org.boxoffice.api.account;

import java.time.OffsetDateTime;
import java.util.List;
import org.boxoffice.account.entity.ApiClient;
import org.boxoffice.account.entity.Scope;

/**
 * An API client as its organizers and the admins see it: never its secret, which only the answer
 * that registered it carries ({@link RegisteredApiClientView}). {@code status} is ACTIVE or REVOKED.
 */
public record ApiClientView(
        String clientId,
        String name,
        List<String> scopes,
        String organisationId,
        int rateLimit,
        String status,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt) {

    public static ApiClientView of(ApiClient client) {
        return new ApiClientView(
                client.clientId(),
                client.name(),
                client.scopes().stream().map(Scope::value).toList(),
                client.organisationId().map(String::valueOf).orElse(null),
                client.rateLimit(),
                client.isActive() ? "ACTIVE" : "REVOKED",
                String.valueOf(client.createdBy()),
                client.createdAt(),
                client.lastUsedAt().orElse(null),
                client.revokedAt().orElse(null));
    }
}
