package org.boxoffice.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "a-secret-of-the-test-provider";
    private static final String PAYLOAD = "{\"id\":\"evt_1\",\"type\":\"charge.succeeded\"}";
    private static final Instant NOW = Instant.parse("2026-12-07T10:15:30Z");
    private static final Duration TOLERANCE = Duration.ofSeconds(300);

    private final WebhookSignature signature = new WebhookSignature("test", SECRET, TOLERANCE);

    @Test
    void whatOneEndSignsTheOtherVerifies() {
        String header = signature.sign(PAYLOAD, NOW);

        assertThat(header).matches("t=" + NOW.getEpochSecond() + ",v1=[0-9a-f]{64}");
        assertThatCode(() ->
                        new WebhookSignature("test", SECRET, TOLERANCE).verify(PAYLOAD, header, NOW.plusSeconds(3)))
                .doesNotThrowAnyException();
    }

    @Test
    void theSignatureIsStripesHmacOfTimestampDotPayload() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of()
                .formatHex(mac.doFinal((NOW.getEpochSecond() + "." + PAYLOAD).getBytes(StandardCharsets.UTF_8)));

        assertThat(signature.sign(PAYLOAD, NOW)).isEqualTo("t=" + NOW.getEpochSecond() + ",v1=" + expected);
    }

    @Test
    void anotherSecretIsRefused() {
        String header = new WebhookSignature("test", "another secret", TOLERANCE).sign(PAYLOAD, NOW);

        assertRefused(header, PAYLOAD, NOW, "does not match");
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String header = signature.sign(PAYLOAD, NOW);

        assertRefused(header, PAYLOAD.replace("evt_1", "evt_2"), NOW, "does not match");
        assertRefused(header, PAYLOAD + " ", NOW, "does not match");
    }

    @Test
    void aTimestampOutsideTheToleranceIsRefusedEvenWithItsRightSignature() {
        Instant then = NOW.minusSeconds(301);
        String header = signature.sign(PAYLOAD, then);

        assertRefused(header, PAYLOAD, NOW, "more than the tolerance");
        assertThatCode(() -> signature.verify(PAYLOAD, header, then.plusSeconds(300)))
                .doesNotThrowAnyException();
        assertRefused(signature.sign(PAYLOAD, NOW.plusSeconds(400)), PAYLOAD, NOW, "more than the tolerance");
    }

    @Test
    void aTimestampChangedAfterSigningIsRefused() {
        String header = signature.sign(PAYLOAD, NOW);
        String moved = header.replace("t=" + NOW.getEpochSecond(), "t=" + (NOW.getEpochSecond() + 1));

        assertRefused(moved, PAYLOAD, NOW, "does not match");
    }

    @Test
    void anyOfSeveralV1SignaturesMayMatch() {
        String good = signature.sign(PAYLOAD, NOW).replaceFirst("^t=\\d+,", "");
        String other = new WebhookSignature("test", "old secret", TOLERANCE)
                .sign(PAYLOAD, NOW)
                .replaceFirst("^t=\\d+,", "");
        String header = "t=" + NOW.getEpochSecond() + "," + other + "," + good + ",v0=abc";

        assertThatCode(() -> signature.verify(PAYLOAD, header, NOW)).doesNotThrowAnyException();
        assertThatCode(() -> signature.verify(
                        PAYLOAD, header.toUpperCase().replace("T=", "t=").replace("V", "v"), NOW))
                .as("hex in capitals")
                .doesNotThrowAnyException();
        assertRefused("t=" + NOW.getEpochSecond() + "," + other, PAYLOAD, NOW, "does not match");
    }

    @Test
    void malformedOrMissingHeadersAreRefused() {
        String v1 = signature.sign(PAYLOAD, NOW).replaceFirst("^t=\\d+,", "");
        assertRefused(null, PAYLOAD, NOW, "no signature header");
        assertRefused("", PAYLOAD, NOW, "no signature header");
        assertRefused("garbage", PAYLOAD, NOW, "malformed");
        assertRefused(v1, PAYLOAD, NOW, "no timestamp");
        assertRefused("t=" + NOW.getEpochSecond(), PAYLOAD, NOW, "no v1");
        assertRefused("t=soon," + v1, PAYLOAD, NOW, "malformed timestamp");
        assertRefused("t=-5," + v1, PAYLOAD, NOW, "malformed timestamp");
        assertRefused("t=99999999999999999999," + v1, PAYLOAD, NOW, "malformed timestamp");
        assertRefused("t=" + NOW.getEpochSecond() + ",v1=zz", PAYLOAD, NOW, "malformed v1");
        assertRefused("t=" + NOW.getEpochSecond() + ",v1=" + "ab".repeat(31), PAYLOAD, NOW, "malformed v1");
        assertRefused("t=" + NOW.getEpochSecond() + ",=x," + v1, PAYLOAD, NOW, "malformed");
        assertRefused(signature.sign(PAYLOAD, NOW), null, NOW, "no payload");
    }

    @Test
    void withoutASecretNothingIsSignedOrAccepted() {
        WebhookSignature none = new WebhookSignature("test", " ", TOLERANCE);

        assertThat(none.hasSecret()).isFalse();
        assertThatThrownBy(() -> none.sign(PAYLOAD, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> none.verify(PAYLOAD, signature.sign(PAYLOAD, NOW), NOW))
                .isInstanceOf(InvalidWebhookException.class)
                .satisfies(
                        e -> assertThat(((InvalidWebhookException) e).reason()).contains("no webhook secret"));
    }

    @Test
    void aRefusalNamesNeitherTheSecretNorTheExpectedSignature() {
        String expected = signature.sign(PAYLOAD, NOW).replaceFirst("^t=\\d+,v1=", "");
        String wrong = "t=" + NOW.getEpochSecond() + ",v1=" + "0".repeat(64);

        assertThatThrownBy(() -> signature.verify(PAYLOAD, wrong, NOW))
                .isInstanceOf(InvalidWebhookException.class)
                .satisfies(e -> assertThat(((InvalidWebhookException) e).reason() + e.getMessage())
                        .doesNotContain(SECRET, expected));
    }

    private void assertRefused(String header, String payload, Instant now, String reason) {
        assertThatThrownBy(() -> signature.verify(payload, header, now))
                .as(header)
                .isInstanceOf(InvalidWebhookException.class)
                .satisfies(
                        e -> assertThat(((InvalidWebhookException) e).reason()).contains(reason));
    }
}
