package org.boxoffice.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void aHashOfAnotherAlgorithmOrFewerIterationsIsOutdated() {
        assertThat(PasswordHashes.isOutdated(
                        "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==", "PBKDF2WithHmacSHA512", 210000))
                .isFalse();
        assertThat(PasswordHashes.isOutdated(
                        "PBKDF2WithHmacSHA512:300000:c2FsdA==:aGFzaA==", "PBKDF2WithHmacSHA512", 210000))
                .as("more iterations than asked for is fine")
                .isFalse();
        assertThat(PasswordHashes.isOutdated(
                        "PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==", "PBKDF2WithHmacSHA512", 210000))
                .isTrue();
        assertThat(PasswordHashes.isOutdated(
                        "PBKDF2WithHmacSHA512:2048:c2FsdA==:aGFzaA==", "PBKDF2WithHmacSHA512", 210000))
                .isTrue();
        assertThat(PasswordHashes.isOutdated("not a hash", "PBKDF2WithHmacSHA512", 210000))
                .isTrue();
    }
}
