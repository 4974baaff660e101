package org.boxoffice.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

    /** The value any HMAC-SHA256 implementation gives for key "whsec_test" and "1700000000.{}". */
    @Test
    void signsTheTimestampAndTheBodyAsStripeDoes() throws Exception {
        String signature = WebhookSignatures.sign("whsec_test", "{}", 1_700_000_000L);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(
                "whsec_test".getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.HexFormat.of()
                .formatHex(mac.doFinal("1700000000.{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(signature).isEqualTo("t=1700000000,v1=" + expected);
        assertThat(WebhookSignatures.sign("whsec_other", "{}", 1_700_000_000L)).isNotEqualTo(signature);
        assertThat(WebhookSignatures.sign("whsec_test", "{}", 1_700_000_001L)).isNotEqualTo(signature);
    }
}
