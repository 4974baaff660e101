package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The origin of Stripe.js's address that the content security policy allows, and bad addresses refused. */
class StripeJsTest {

    @Test
    void theOriginIsSchemeHostAndAGivenPort() {
        assertThat(StripeJs.origin(StripeJs.STRIPE)).isEqualTo("https://js.stripe.com");
        assertThat(StripeJs.origin("http://LOCALHOST:8089/v3/?x=1")).isEqualTo("http://localhost:8089");
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedNamingTheSetting() {
        for (String bad :
                new String[] {"js.stripe.com/v3/", "ftp://js.stripe.com/v3/", "https:///v3/", "https://a b/"}) {
            assertThatThrownBy(() -> StripeJs.origin(bad))
                    .as(bad)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("boxoffice.payment.stripe.js-url");
        }
    }
}
