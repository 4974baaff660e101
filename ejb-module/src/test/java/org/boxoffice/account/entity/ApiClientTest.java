package org.boxoffice.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiClientTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 21, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aNewClientHasARandomIdAndSecretOfWhichOnlyTheHashIsKept() {
        ApiClient.Registered first = register(" Shop sync ", EnumSet.of(Scope.CATALOG_READ), 7L);
        ApiClient.Registered second = register("Shop sync", EnumSet.of(Scope.CATALOG_READ), 7L);

        assertThat(first.client().clientId())
                .startsWith("bxc_")
                .isNotEqualTo(second.client().clientId());
        assertThat(first.secret()).startsWith("bxs_").hasSize(4 + 43).isNotEqualTo(second.secret());
        assertThat(first.client().name()).isEqualTo("Shop sync");
        assertThat(first.client().hasSecret(first.secret())).isTrue();
        assertThat(first.client().hasSecret(second.secret())).isFalse();
        assertThat(first.client().hasSecret(null)).isFalse();
        assertThat(ApiClient.hash(first.secret())).hasSize(64).doesNotContain(first.secret());
        assertThat(first.client().rateLimit()).as("the platform's by default").isEqualTo(600);
    }

    @Test
    void scopesThatReachAnOrganisationsDataNeedAnOrganisation() {
        assertThatThrownBy(() -> register("Reseller", EnumSet.of(Scope.BOOKINGS_WRITE, Scope.SALES_READ), null))
                .isInstanceOfSatisfying(ApiClientException.class, e -> assertThat(e.reason())
                        .isEqualTo(ApiClientException.Reason.SCOPE_NEEDS_ORGANISATION));
        assertThat(register("Reseller", EnumSet.of(Scope.CATALOG_READ, Scope.BOOKINGS_WRITE), null)
                        .client()
                        .organisationId())
                .isEmpty();
    }

    @Test
    void scopesAreReadFromListsAndSpaceSeparatedStringsAndUnknownOnesAreRefused() {
        assertThat(ApiClient.scopes(List.of("catalog:read sales:read", "sales:read")))
                .containsExactly(Scope.CATALOG_READ, Scope.SALES_READ);
        assertThatThrownBy(() -> ApiClient.scopes(List.of("catalog:write")))
                .isInstanceOfSatisfying(ApiClientException.class, e -> assertThat(e.reason())
                        .isEqualTo(ApiClientException.Reason.SCOPE));
        assertThatThrownBy(() -> register("Nothing", EnumSet.noneOf(Scope.class), 7L))
                .isInstanceOf(ApiClientException.class);
    }

    @Test
    void aRateLimitIsAtMostThePlatformsAndANameFitsItsColumn() {
        assertThat(ApiClient.register("Slow", Set.of(Scope.CATALOG_READ), 7L, 3, 600, 1L, NOW)
                        .client()
                        .rateLimit())
                .isEqualTo(3);
        assertThatThrownBy(() -> ApiClient.register("Greedy", Set.of(Scope.CATALOG_READ), 7L, 601, 600, 1L, NOW))
                .isInstanceOf(ApiClientException.class);
        assertThatThrownBy(() -> ApiClient.register("Zero", Set.of(Scope.CATALOG_READ), 7L, 0, 600, 1L, NOW))
                .isInstanceOf(ApiClientException.class);
        assertThatThrownBy(() -> register("x".repeat(81), EnumSet.of(Scope.CATALOG_READ), 7L))
                .isInstanceOfSatisfying(ApiClientException.class, e -> assertThat(e.reason())
                        .isEqualTo(ApiClientException.Reason.NAME));
        assertThatThrownBy(() -> register("tab\there", EnumSet.of(Scope.CATALOG_READ), 7L))
                .isInstanceOf(ApiClientException.class);
    }

    @Test
    void aUseIsWrittenAtMostOnceAMinuteAndRevokingTwiceChangesNothing() {
        ApiClient client =
                register("Gates", EnumSet.of(Scope.CHECKINS_WRITE), 7L).client();

        assertThat(client.used(NOW)).isTrue();
        assertThat(client.used(NOW.plusSeconds(59))).isFalse();
        assertThat(client.used(NOW.plusSeconds(60))).isTrue();
        client.revoke(3L, NOW.plusHours(1));
        client.revoke(4L, NOW.plusHours(2));
        assertThat(client.isActive()).isFalse();
        assertThat(client.revokedBy()).contains(3L);
        assertThat(client.revokedAt()).contains(NOW.plusHours(1));
    }

    private static ApiClient.Registered register(String name, Set<Scope> scopes, Long organisation) {
        return ApiClient.register(name, scopes, organisation, null, 600, 1L, NOW);
    }
}
