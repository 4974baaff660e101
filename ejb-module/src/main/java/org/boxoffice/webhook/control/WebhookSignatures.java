package org.boxoffice.webhook.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of an outgoing webhook, Stripe's scheme: {@code t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "t.body" with the subscription's secret>}, the secret taken as its UTF-8 bytes,
 * {@code whsec_} included. Made at the moment of sending, so that every attempt carries a fresh
 * timestamp and a receiver can refuse old ones.
 */
public final class WebhookSignatures {

    private WebhookSignatures() {}

    public static String sign(String secret, String body, long unixSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
