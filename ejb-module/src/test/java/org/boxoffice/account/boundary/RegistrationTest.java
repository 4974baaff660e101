package org.boxoffice.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegistrationTest {

    @Test
    void anAddressIsTrimmedAndLowerCased() {
        assertThat(Registration.checkEmail("  Ada.Lovelace+tickets@Example.ORG "))
                .isEqualTo("ada.lovelace+tickets@example.org");
    }

    @Test
    void whatIsNoAddressIsRefused() {
        for (String bad : new String[] {
            "",
            "ada",
            "ada@",
            "@example.org",
            "ada@example",
            "ada @example.org",
            "ada@example.o",
            "a@b@example.org",
            "x".repeat(250) + "@example.org"
        }) {
            assertThatThrownBy(() -> Registration.checkEmail(bad)).as(bad).isInstanceOf(InvalidEmailException.class);
        }
        assertThatThrownBy(() -> Registration.checkEmail(null)).isInstanceOf(InvalidEmailException.class);
    }
}
