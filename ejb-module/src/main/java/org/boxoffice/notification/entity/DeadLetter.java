package org.boxoffice.notification.entity;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A message that the broker gave up on after its last delivery attempt and parked on the
 * dead-letter queue, as the admins' dead-letter page shows it.
 *
 * @param id the message's JMS id without its {@code ID:} prefix
 * @param queue the queue it was sent to and failed on ({@code notifications})
 * @param kind the kind of notification, when the message names one; otherwise empty
 * @param notificationKey the key that makes a repeated delivery send nothing twice; otherwise empty
 * @param recipient the address of an account mail; otherwise empty (a booking's mail goes to the
 *     account's address as it is when the mail is written)
 * @param ids the ids the message carries ({@code accountId}, {@code bookingId} ...), by name
 * @param sentAt when it was first sent
 * @param attempts how many deliveries failed before it was parked: the broker's limit
 */
public record DeadLetter(
        String id,
        String queue,
        String kind,
        String notificationKey,
        String recipient,
        Map<String, String> ids,
        OffsetDateTime sentAt,
        int attempts) {

    public DeadLetter {
        ids = Map.copyOf(ids);
    }
}
