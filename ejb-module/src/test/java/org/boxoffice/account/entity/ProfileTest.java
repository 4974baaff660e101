package org.boxoffice.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.boxoffice.platform.BusinessException;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void stripsValuesAndDropsEmptyOptionalOnes() {
        assertThat(Profile.displayName("  Ada Lovelace ")).isEqualTo("Ada Lovelace");
        assertThat(Profile.phone(" +44 (20) 7946-0000 ")).isEqualTo("+44 (20) 7946-0000");
        assertThat(Profile.phone("  ")).isNull();
        assertThat(Profile.postalAddress(null)).isNull();
        assertThat(Profile.postalAddress(" 1 Main Street\nSpringfield ")).isEqualTo("1 Main Street\nSpringfield");
    }

    @Test
    void eachBrokenRuleHasItsOwnCode() {
        assertCode(() -> Profile.displayName(" "), "account.invalid-profile.name-required");
        assertCode(() -> Profile.displayName("x".repeat(101)), "account.invalid-profile.name-length");
        assertCode(() -> Profile.phone("call me"), "account.invalid-profile.phone");
        assertCode(() -> Profile.phone("+1 " + "2".repeat(40)), "account.invalid-profile.phone");
        assertCode(() -> Profile.postalAddress("x".repeat(301)), "account.invalid-profile.address-length");
    }

    @Test
    void aBadFieldLeavesTheAccountAsItWas() {
        Account account = new Account("ada@example.org", "Ada", "hash", java.util.Set.of(Role.CUSTOMER));
        account.changeProfile("Ada L.", "+44 20 7946 0000", "1 Main Street");

        assertThatThrownBy(() -> account.changeProfile("Ada", "not a phone", "2 Side Street"))
                .isInstanceOf(InvalidProfileException.class);
        assertThat(account.displayName()).isEqualTo("Ada L.");
        assertThat(account.postalAddress()).contains("1 Main Street");
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code())
                .isEqualTo(code);
    }
}
