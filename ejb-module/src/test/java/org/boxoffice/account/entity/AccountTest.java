package org.boxoffice.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void theFifthFailureInARowLocksForTheDurationAndTheCountStartsAnew() {
        Account account = new Account("Ada@Example.org ", " Ada ", "hash", EnumSet.of(Role.CUSTOMER));

        for (int i = 1; i <= 4; i++) {
            assertThat(account.failedSignIn(5, Duration.ofMinutes(15), NOW)).isFalse();
        }
        assertThat(account.lockedAt(NOW)).isEmpty();
        assertThat(account.failedSignIn(5, Duration.ofMinutes(15), NOW)).isTrue();

        assertThat(account.lockedAt(NOW.plusMinutes(14))).contains(NOW.plusMinutes(15));
        assertThat(account.lockedAt(NOW.plusMinutes(15))).isEmpty();
        assertThat(account.failedSignIns()).isZero();
        assertThat(account.email()).isEqualTo("ada@example.org");
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        Account account = new Account("ada@example.org", "Ada", "hash", EnumSet.of(Role.CUSTOMER));
        account.failedSignIn(5, Duration.ofMinutes(15), NOW);

        account.signedIn();

        assertThat(account.failedSignIns()).isZero();
    }

    @Test
    void rolesAreReplacedAndNeverEmpty() {
        Account account = new Account("ada@example.org", "Ada", "hash", EnumSet.of(Role.CUSTOMER));

        account.changeRoles(EnumSet.of(Role.ORGANIZER, Role.SUPPORT));

        assertThat(account.roles()).containsExactlyInAnyOrder(Role.ORGANIZER, Role.SUPPORT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> account.changeRoles(EnumSet.noneOf(Role.class)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.ORGANIZER, Role.SUPPORT);
    }

    @Test
    void aNewPasswordEndsEarlierSignInsButARehashDoesNot() {
        Account account = new Account("ada@example.org", "Ada", "old hash", java.util.Set.of(Role.CUSTOMER));
        java.time.OffsetDateTime changed = java.time.OffsetDateTime.parse("2026-11-26T10:00:00Z");
        assertThat(account.acceptsSignInFrom(changed.toInstant().minusSeconds(3600)))
                .isTrue();

        account.rehashPassword("same password, stronger hash");
        assertThat(account.acceptsSignInFrom(changed.toInstant().minusSeconds(3600)))
                .isTrue();

        account.changePassword("new hash", changed);
        assertThat(account.acceptsSignInFrom(changed.toInstant().minusMillis(1)))
                .isFalse();
        assertThat(account.acceptsSignInFrom(changed.toInstant())).isTrue();
        assertThat(account.passwordHash()).isEqualTo("new hash");
    }

    @Test
    void aDisabledAccountRefusesEarlierSignInsEvenOnceEnabledAgain() {
        Account account = new Account("ada@example.org", "Ada", "hash", EnumSet.of(Role.CUSTOMER));

        account.disable("chargebacks with stolen cards", NOW);

        assertThat(account.status()).isEqualTo(Account.Status.DISABLED);
        assertThat(account.isActive()).isFalse();
        assertThat(account.disabledReason()).contains("chargebacks with stolen cards");
        assertThat(account.disabledAt()).contains(NOW);
        assertThat(account.acceptsSignInFrom(NOW.toInstant().minusSeconds(1))).isFalse();

        account.enable();

        assertThat(account.isActive()).isTrue();
        assertThat(account.disabledReason()).isEmpty();
        assertThat(account.disabledAt()).isEmpty();
        assertThat(account.acceptsSignInFrom(NOW.toInstant().minusSeconds(1)))
                .as("a token from before it was disabled")
                .isFalse();
        assertThat(account.acceptsSignInFrom(NOW.toInstant().plusSeconds(1))).isTrue();
    }

    @Test
    void onlyAnActiveAccountIsDisabledOnlyADisabledOneEnabledAndAClosedOneNeverChanges() {
        Account unverified = Account.unverified("bo@example.org", "Bo", "hash", EnumSet.of(Role.CUSTOMER));
        Account active = new Account("cy@example.org", "Cy", "hash", EnumSet.of(Role.CUSTOMER));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> unverified.disable("spam", NOW))
                .isInstanceOfSatisfying(AccountStatusException.class, e -> assertThat(e.reason())
                        .isEqualTo(AccountStatusException.Reason.NOT_ACTIVE));
        org.assertj.core.api.Assertions.assertThatThrownBy(active::enable)
                .isInstanceOfSatisfying(AccountStatusException.class, e -> assertThat(e.reason())
                        .isEqualTo(AccountStatusException.Reason.NOT_DISABLED));
        active.disable("spam", NOW);
        active.close("closed-1@closed.invalid", "unusable");

        assertThat(active.status()).isEqualTo(Account.Status.CLOSED);
        assertThat(active.disabledReason()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> active.changeRoles(EnumSet.of(Role.ADMIN)))
                .isInstanceOfSatisfying(AccountStatusException.class, e -> assertThat(e.reason())
                        .isEqualTo(AccountStatusException.Reason.CLOSED));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> active.close("again", "unusable"))
                .isInstanceOf(AccountStatusException.class);
        assertThat(active.roles()).containsExactly(Role.CUSTOMER);
        assertThat(unverified.status()).isEqualTo(Account.Status.UNVERIFIED);
    }
}
