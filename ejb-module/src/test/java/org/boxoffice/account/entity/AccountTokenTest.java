package org.boxoffice.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.boxoffice.account.entity.AccountToken.Purpose;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 12, 0, 0, 0, ZoneOffset.UTC);
    private final Account account = new Account("ada@example.org", "Ada", "hash", EnumSet.of(Role.CUSTOMER));

    @Test
    void keepsOnlyTheHashOfAnUnguessableSecret() {
        AccountToken.Issued first = AccountToken.issue(account, Purpose.VERIFY_EMAIL, Duration.ofHours(1), NOW);
        AccountToken.Issued second = AccountToken.issue(account, Purpose.VERIFY_EMAIL, Duration.ofHours(1), NOW);

        assertThat(first.secret()).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(second.secret());
        assertThat(AccountToken.hash(first.secret())).hasSize(64).isNotEqualTo(first.secret());
    }

    @Test
    void usableForItsPurposeUntilItExpiresOrIsUsed() {
        AccountToken token = AccountToken.issue(account, Purpose.RESET_PASSWORD, Duration.ofMinutes(30), NOW)
                .token();

        assertThat(token.isUsableFor(Purpose.RESET_PASSWORD, NOW.plusMinutes(29)))
                .isTrue();
        assertThat(token.isUsableFor(Purpose.VERIFY_EMAIL, NOW)).isFalse();
        assertThat(token.isUsableFor(Purpose.RESET_PASSWORD, NOW.plusMinutes(30)))
                .isFalse();

        token.use(NOW.plusMinutes(1));
        assertThat(token.isUsableFor(Purpose.RESET_PASSWORD, NOW.plusMinutes(2)))
                .isFalse();
        assertThatThrownBy(() -> token.use(NOW.plusMinutes(3))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnverifiedAccountBecomesActiveAndADisabledOneStaysDisabled() {
        Account fresh = Account.unverified("new@example.org", "New", "hash", EnumSet.of(Role.CUSTOMER));
        assertThat(fresh.isUnverified()).isTrue();
        assertThat(fresh.isActive()).isFalse();

        fresh.verify();

        assertThat(fresh.isActive()).isTrue();
    }
}
