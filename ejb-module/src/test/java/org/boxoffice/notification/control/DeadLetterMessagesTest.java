package org.boxoffice.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeadLetterMessagesTest {

    @Test
    void onlyMessageIdsReachASelector() {
        assertThat(DeadLetterMessages.selector("b2d1a035-f1d0-11f1-a743-02fc00000001"))
                .isEqualTo("JMSMessageID = 'ID:b2d1a035-f1d0-11f1-a743-02fc00000001'");
        for (String hostile : new String[] {"x' OR '1'='1", "", "a b", "ID:x", "é", "a".repeat(65), null}) {
            assertThat(DeadLetterMessages.isId(hostile)).as(hostile).isFalse();
            assertThatThrownBy(() -> DeadLetterMessages.selector(hostile)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theBrokersPropertiesAreNotCopiedAndIdsAreRecognised() {
        assertThat(DeadLetterMessages.isBrokers("_AMQ_ORIG_ADDRESS")).isTrue();
        assertThat(DeadLetterMessages.isBrokers("JMSXDeliveryCount")).isTrue();
        assertThat(DeadLetterMessages.isBrokers("notificationKey")).isFalse();
        assertThat(DeadLetterMessages.isIdName("bookingId")).isTrue();
        assertThat(DeadLetterMessages.isIdName("Id")).isFalse();
        assertThat(DeadLetterMessages.isIdName("kind")).isFalse();
    }
}
