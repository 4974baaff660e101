package org.boxoffice.notification.entity;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailTest {

    @Test
    void oneRecipientAndOneSubjectLineNoHeaderInjection() {
        assertThatNoException().isThrownBy(() -> new Mail("ada@example.org", "Hello", "Body\nwith lines"));
        assertThatThrownBy(() -> new Mail("ada@example.org\r\nBcc: eve@example.org", "Hi", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mail("ada@example.org", "Hi\nBcc: eve@example.org", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mail(" ", "Hi", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
