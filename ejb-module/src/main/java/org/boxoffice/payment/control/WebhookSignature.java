package org.boxoffice.payment.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook, Stripe's scheme: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.payload" with the shared secret>}. The sender signs; the receiver verifies with the same
 * secret, accepting any of several {@code v1} values (a sender rolling its secret signs with both)
 * and refusing a timestamp further than the tolerance from its clock, so that a recorded delivery
 * cannot be replayed later. The comparison takes the same time however many bytes match.
 */
public final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private final String provider;
    private final byte[] secret;
    private final Duration tolerance;

    /**
     * @param provider whose webhooks these are, for the refusals ({@code test})
     * @param secret the shared secret; null or blank refuses every webhook and signs none
     * @param tolerance how far a signature's timestamp may be from now
     */
    public WebhookSignature(String provider, String secret, Duration tolerance) {
        this.provider = provider;
        this.secret = secret == null || secret.isBlank() ? null : secret.strip().getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
    }

    /** Whether there is a secret to sign and verify with. */
    public boolean hasSecret() {
        return secret != null;
    }

    /**
     * The header's value for {@code payload} sent at {@code at}.
     *
     * @throws IllegalStateException without a secret
     */
    public String sign(String payload, Instant at) {
        if (secret == null) {
            throw new IllegalStateException("no webhook secret to sign with");
        }
        long seconds = at.getEpochSecond();
        return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac(seconds, payload));
    }

    /**
     * Checks that {@code header} signs {@code payload} with the secret within the tolerance of
     * {@code now}.
     *
     * @throws InvalidWebhookException when there is no secret, or the header is missing,
     *     malformed, too old or does not match; its reason never holds the secret or the
     *     expected signature
     */
    public void verify(String payload, String header, Instant now) {
        if (secret == null) {
            throw refused("no webhook secret is configured");
        }
        if (header == null || header.isBlank()) {
            throw refused("no signature header");
        }
        if (payload == null) {
            throw refused("no payload");
        }
        Long seconds = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header.split(",", 20)) {
            int equals = part.indexOf('=');
            if (equals < 1) {
                throw refused("a malformed signature header");
            }
            String name = part.substring(0, equals).strip();
            String value = part.substring(equals + 1).strip();
            if (name.equals("t") && seconds == null) {
                if (!value.matches("[0-9]{1,12}")) {
                    throw refused("a malformed timestamp");
                }
                seconds = Long.parseLong(value);
            } else if (name.equals("v1")) {
                if (!value.matches("[0-9a-fA-F]{64}")) {
                    throw refused("a malformed v1 signature");
                }
                signatures.add(HexFormat.of().parseHex(value));
            }
            // other schemes (v0 ...) are not ours: ignored, as Stripe's libraries do
        }
        if (seconds == null) {
            throw refused("no timestamp");
        }
        if (signatures.isEmpty()) {
            throw refused("no v1 signature");
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
        if (age.compareTo(tolerance) > 0) {
            throw refused("a timestamp " + age.toSeconds() + " s from now, more than the tolerance of "
                    + tolerance.toSeconds() + " s");
        }
        byte[] expected = mac(seconds, payload);
        boolean matched = false;
        for (byte[] signature : signatures) {
            // no early exit: every candidate is compared, each in constant time
            matched |= MessageDigest.isEqual(expected, signature);
        }
        if (!matched) {
            throw refused("the signature does not match");
        }
    }

    private byte[] mac(long seconds, String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal((seconds + "." + payload).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }

    private InvalidWebhookException refused(String reason) {
        return new InvalidWebhookException(provider, reason);
    }
}
