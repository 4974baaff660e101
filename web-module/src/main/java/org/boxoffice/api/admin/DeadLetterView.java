package org.boxoffice.api.admin;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.boxoffice.notification.entity.DeadLetter;

/**
 * A message on the dead-letter queue: {@code queue} is where it failed, {@code attempts} how many
 * deliveries failed (the broker's limit), {@code sentAt} when it was first sent (UTC).
 */
public record DeadLetterView(
        String id,
        String queue,
        String kind,
        String notificationKey,
        String recipient,
        Map<String, String> ids,
        String sentAt,
        int attempts) {

    static DeadLetterView of(DeadLetter letter) {
        return new DeadLetterView(
                letter.id(),
                letter.queue(),
                blankAsNull(letter.kind()),
                blankAsNull(letter.notificationKey()),
                blankAsNull(letter.recipient()),
                letter.ids(),
                letter.sentAt() == null ? null : letter.sentAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                letter.attempts());
    }

    private static String blankAsNull(String text) {
        return text.isBlank() ? null : text;
    }
}
