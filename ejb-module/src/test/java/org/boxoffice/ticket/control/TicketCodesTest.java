package org.boxoffice.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.boxoffice.ticket.control.InvalidTicketCodeException.Reason;
import org.boxoffice.ticket.entity.Ticket;
import org.junit.jupiter.api.Test;

class TicketCodesTest {

    private static final KeyPair FIRST = keyPair();
    private static final KeyPair SECOND = keyPair();

    private final TicketCodes codes = new TicketCodes(new TicketKeys(1, FIRST.getPrivate(), Map.of()));

    @Test
    void aGenuineCodeSaysItsTicketEventAndKey() {
        String code = codes.sign(1_234_567, 4_321);

        assertThat(codes.verify(code)).isEqualTo(new TicketPayload(1, 1_234_567, 4_321));
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]+");
        assertThat(codes.sign(1_234_567, 4_321)).as("Ed25519 is deterministic").isEqualTo(code);
    }

    @Test
    void theLayoutIsVersionKeyTicketEventAndSignature() {
        byte[] data = CrockfordBase32.decode(codes.sign(300, 5));

        assertThat(data).hasSize(1 + 1 + 2 + 1 + 64);
        // version 1, key 1, ticket 300 = 0b10_0101100 as LEB128 (0xAC 0x02), event 5
        assertThat(java.util.Arrays.copyOf(data, 5)).containsExactly(1, 1, 0xAC, 0x02, 5);
    }

    @Test
    void aCodeIsAsLongAsTheDocsSay() {
        // docs/tickets.md: 109 characters for the smallest ids, 114 for tickets up to 2,097,151
        // with events up to 16,383, 117 for tickets up to 268,435,455 with events up to 2,097,151,
        // never more than 141
        assertThat(codes.sign(1, 1)).hasSize(109);
        assertThat(codes.sign(2_097_151, 16_383)).hasSize(114);
        assertThat(codes.sign(268_435_455, 2_097_151)).hasSize(117);
        String longest = new TicketCodes(new TicketKeys(Integer.MAX_VALUE, FIRST.getPrivate(), Map.of()))
                .sign(Long.MAX_VALUE, Long.MAX_VALUE);
        assertThat(longest)
                .hasSize(CrockfordBase32.length(TicketPayload.MAX_BYTES + 64))
                .hasSize(141);
        assertThat(longest.length()).isLessThanOrEqualTo(Ticket.CODE_LENGTH);
    }

    @Test
    void aCodeFitsAVersion5QrCodeInAlphanumericMode() throws Exception {
        QRCode qr = Encoder.encode(codes.sign(268_435_455, 2_097_151), ErrorCorrectionLevel.M);

        assertThat(qr.getMode()).isEqualTo(Mode.ALPHANUMERIC);
        assertThat(qr.getVersion().getVersionNumber()).isEqualTo(5);
    }

    @Test
    void everyFlippedBitIsRefused() {
        String code = codes.sign(1_234_567, 4_321);
        byte[] data = CrockfordBase32.decode(code);
        for (int bit = 0; bit < data.length * 8; bit++) {
            byte[] changed = data.clone();
            changed[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
            String tampered = CrockfordBase32.encode(changed);
            int at = bit;
            assertThatThrownBy(() -> codes.verify(tampered))
                    .as("bit %d flipped", at)
                    .isInstanceOf(InvalidTicketCodeException.class);
        }
    }

    @Test
    void aChangedTicketIdOrSignatureIsForged() {
        byte[] data = CrockfordBase32.decode(codes.sign(1_234_567, 4_321));
        byte[] otherTicket = data.clone();
        otherTicket[2] ^= 1;
        byte[] otherSignature = data.clone();
        otherSignature[data.length - 1] ^= 1;

        assertRefused(CrockfordBase32.encode(otherTicket), Reason.FORGED);
        assertRefused(CrockfordBase32.encode(otherSignature), Reason.FORGED);
    }

    @Test
    void aTruncatedCodeIsRefused() {
        String code = codes.sign(1_234_567, 4_321);
        for (int length = 0; length < code.length(); length++) {
            if (length == TicketCodes.UNSIGNED_LENGTH) {
                continue;
            }
            assertRefused(code.substring(0, length), Reason.TRUNCATED);
        }
    }

    @Test
    void aLongerCodeIsMalformed() {
        String code = codes.sign(1_234_567, 4_321);

        assertRefused(code + "0", Reason.MALFORMED);
        assertRefused(code + "00", Reason.MALFORMED);
        assertRefused(code + "Z".repeat(200), Reason.MALFORMED);
    }

    @Test
    void garbageIsMalformed() {
        assertRefused("not a ticket", Reason.MALFORMED);
        assertRefused("U".repeat(112), Reason.MALFORMED);
        assertRefused("'; drop table ticket; --", Reason.MALFORMED);
        assertRefused("\u00e9".repeat(112), Reason.MALFORMED);
        assertRefused(null, Reason.TRUNCATED);
    }

    @Test
    void theLastCharactersSpareBitsMustBeZero() {
        String code = codes.sign(1_234_567, 4_321);
        // 71 bytes are 568 bits in 114 characters: the last carries 3 bits and 2 bits of padding
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        int last = alphabet.indexOf(code.charAt(code.length() - 1));
        String padded = code.substring(0, code.length() - 1) + alphabet.charAt(last ^ 1);

        assertThat(code).hasSize(114);
        assertRefused(padded, Reason.MALFORMED);
    }

    @Test
    void smallLettersAndCrockfordsStandInsAreRead() {
        String code = codes.sign(1_234_567, 4_321);

        assertThat(codes.verify(code.toLowerCase(java.util.Locale.ROOT))).isEqualTo(codes.verify(code));
        assertThat(codes.verify(code.replace('0', 'O').replace('1', 'l'))).isEqualTo(codes.verify(code));
    }

    @Test
    void anotherKeysSignatureIsForged() {
        TicketCodes impostor = new TicketCodes(new TicketKeys(1, SECOND.getPrivate(), Map.of()));

        assertRefused(impostor.sign(1_234_567, 4_321), Reason.FORGED);
    }

    @Test
    void anUnknownKeyIdIsRefused() {
        TicketCodes other = new TicketCodes(new TicketKeys(7, SECOND.getPrivate(), Map.of()));

        assertRefused(other.sign(1_234_567, 4_321), Reason.UNKNOWN_KEY);
    }

    @Test
    void anUnknownVersionIsRefused() {
        byte[] data = CrockfordBase32.decode(codes.sign(1_234_567, 4_321));
        data[0] = 2;

        assertRefused(CrockfordBase32.encode(data), Reason.UNKNOWN_VERSION);
    }

    @Test
    void theOldRandomCodesAreUnsigned() {
        assertRefused("0123456789ABCDEFGHJKMNPQRS", Reason.UNSIGNED);
    }

    @Test
    void afterARotationCodesOfThePreviousKeyStillVerify() {
        String old = codes.sign(1_234_567, 4_321);
        TicketCodes rotated = new TicketCodes(new TicketKeys(2, SECOND.getPrivate(), Map.of(1, FIRST.getPublic())));

        String fresh = rotated.sign(1_234_568, 4_321);

        assertThat(rotated.verify(old)).isEqualTo(new TicketPayload(1, 1_234_567, 4_321));
        assertThat(rotated.verify(fresh)).isEqualTo(new TicketPayload(2, 1_234_568, 4_321));
        assertRefused(fresh, Reason.UNKNOWN_KEY, codes);
    }

    @Test
    void keysAreReadFromConfiguration() {
        Map<String, String> config = new HashMap<>();
        config.put(
                TicketKeys.SIGNING_KEY,
                Base64.getEncoder().encodeToString(SECOND.getPrivate().getEncoded()));
        config.put(TicketKeys.KEY_ID, "2");
        // the previous key as X.509 DER, and the same key's raw 32 bytes under another id
        byte[] x509 = FIRST.getPublic().getEncoded();
        byte[] raw = java.util.Arrays.copyOfRange(x509, x509.length - 32, x509.length);
        config.put(
                TicketKeys.PREVIOUS_KEYS,
                "1:" + Base64.getEncoder().encodeToString(x509) + ", 0:"
                        + Base64.getEncoder().encodeToString(raw));
        TicketKeys keys = TicketKeys.from(name -> Optional.ofNullable(config.get(name)));
        TicketCodes configured = new TicketCodes(keys);

        assertThat(keys.publicKeys()).containsOnlyKeys(0, 1, 2);
        assertThat(keys.publicKeys().get(0)).isEqualTo(FIRST.getPublic());
        assertThat(keys.publicKeys().get(2)).isEqualTo(SECOND.getPublic());
        assertThat(configured.verify(codes.sign(5, 6))).isEqualTo(new TicketPayload(1, 5, 6));
        assertThat(configured.verify(configured.sign(5, 6))).isEqualTo(new TicketPayload(2, 5, 6));
    }

    @Test
    void aPemKeyIsReadToo() {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(FIRST.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        TicketKeys keys =
                TicketKeys.from(name -> TicketKeys.SIGNING_KEY.equals(name) ? Optional.of(pem) : Optional.empty());

        assertThat(keys.publicKeys()).containsOnlyKeys(1);
        assertThat(keys.publicKeys().get(1)).isEqualTo(FIRST.getPublic());
    }

    @Test
    void aMissingOrWrongConfigurationFailsClearly() {
        Map<String, String> config = new HashMap<>();
        assertThatThrownBy(() -> TicketKeys.from(name -> Optional.ofNullable(config.get(name))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BOXOFFICE_TICKET_SIGNING_KEY");

        config.put(
                TicketKeys.SIGNING_KEY,
                Base64.getEncoder().encodeToString(FIRST.getPrivate().getEncoded()));
        config.put(
                TicketKeys.PREVIOUS_KEYS,
                "1:" + Base64.getEncoder().encodeToString(SECOND.getPublic().getEncoded()));
        assertThatThrownBy(() -> TicketKeys.from(name -> Optional.ofNullable(config.get(name))))
                .as("the current key id reused for a previous key")
                .hasMessageContaining("a new key needs a new id");

        config.put(TicketKeys.PREVIOUS_KEYS, "one:abc");
        assertThatThrownBy(() -> TicketKeys.from(name -> Optional.ofNullable(config.get(name))))
                .hasMessageContaining("a ticket key id is a number");

        config.put(TicketKeys.PREVIOUS_KEYS, "");
        config.put(TicketKeys.SIGNING_KEY, "bm90IGEga2V5");
        assertThatThrownBy(() -> TicketKeys.from(name -> Optional.ofNullable(config.get(name))))
                .hasMessageContaining("not an Ed25519 key in PKCS#8");
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (long id = 1; id <= 1_000; id++) {
            assertThat(seen.add(codes.sign(id, 7))).isTrue();
        }
    }

    private void assertRefused(String code, Reason reason) {
        assertRefused(code, reason, codes);
    }

    private static void assertRefused(String code, Reason reason, TicketCodes verifier) {
        assertThatThrownBy(() -> verifier.verify(code))
                .as(code)
                .isInstanceOfSatisfying(InvalidTicketCodeException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(reason);
                    assertThat(refused.code()).isEqualTo("ticket.invalid-code." + reason.key());
                });
    }

    private static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
