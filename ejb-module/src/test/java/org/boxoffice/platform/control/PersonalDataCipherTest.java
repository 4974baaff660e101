package org.boxoffice.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLD_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    private final PersonalDataCipher cipher = new PersonalDataCipher("2", KEY, Map.of());

    @Test
    void encryptsWithAFreshNonceEachTimeAndDecryptsBack() {
        String first = cipher.encrypt("Ada Lovelace, +44 20 7946 0000");
        String second = cipher.encrypt("Ada Lovelace, +44 20 7946 0000");

        assertThat(first).startsWith("{aes-gcm:2}").doesNotContain("Lovelace");
        assertThat(second).as("the same value looks different each time").isNotEqualTo(first);
        assertThat(cipher.decrypt(first)).isEqualTo("Ada Lovelace, +44 20 7946 0000");
        assertThat(cipher.decrypt(second)).isEqualTo("Ada Lovelace, +44 20 7946 0000");
    }

    @Test
    void keepsNullsAndReadsValuesWrittenBeforeEncryptionAsTheyAre() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.decrypt("Written Before")).isEqualTo("Written Before");
    }

    @Test
    void aChangedByteFailsInsteadOfReadingWrong() {
        String stored = cipher.encrypt("Grace Hopper");
        byte[] data = Base64.getDecoder().decode(stored.substring("{aes-gcm:2}".length()));
        data[data.length - 1] ^= 1;
        String tampered = "{aes-gcm:2}" + Base64.getEncoder().encodeToString(data);

        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changed or damaged");
    }

    @Test
    void aPreviousKeyStillDecryptsWhatItWroteAfterARotation() {
        String written = new PersonalDataCipher("1", OLD_KEY, Map.of()).encrypt("Alan Turing");
        PersonalDataCipher rotated = new PersonalDataCipher("2", KEY, Map.of("1", OLD_KEY));

        assertThat(rotated.decrypt(written)).isEqualTo("Alan Turing");
        assertThat(rotated.encrypt("Alan Turing")).startsWith("{aes-gcm:2}");
        assertThatThrownBy(() -> cipher.decrypt(written))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key '1'");
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> new PersonalDataCipher("1", new byte[16], Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32");
    }
}
