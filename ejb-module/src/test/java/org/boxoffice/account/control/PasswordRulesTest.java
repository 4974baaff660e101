package org.boxoffice.account.control;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.boxoffice.account.boundary.WeakPasswordException;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void aLongUncommonPassphraseIsAccepted() {
        assertThatNoException()
                .isThrownBy(() -> PasswordRules.check("correct horse battery".toCharArray(), "ada@example.org"));
    }

    @Test
    void twelveToOneHundredTwentyEightCharactersCountingCodePoints() {
        assertRule("elevenchars", "length");
        assertRule("x".repeat(0) + "é".repeat(3) + "b".repeat(126), "length");
        assertThatNoException().isThrownBy(() -> PasswordRules.check("ünïcödé påss".toCharArray(), "ada@example.org"));
    }

    @Test
    void oneRepeatedCharacterOrACommonPasswordIsGuessable() {
        assertRule("aaaaaaaaaaaaaa", "guessable");
        assertRule("Password1234", "guessable");
    }

    @Test
    void theEmailAddressOrItsNameIsRefused() {
        assertRule("ada.lovelace@example.org", "email", "ada.lovelace@example.org");
        assertRule("my-lovelace-2026!", "email", "Lovelace@example.org");
    }

    private static void assertRule(String password, String rule) {
        assertRule(password, rule, "someone@example.org");
    }

    private static void assertRule(String password, String rule, String email) {
        assertThatThrownBy(() -> PasswordRules.check(password.toCharArray(), email))
                .isInstanceOf(WeakPasswordException.class)
                .extracting(e -> ((WeakPasswordException) e).code())
                .isEqualTo("account.weak-password." + rule);
    }
}
