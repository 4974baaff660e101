package org.boxoffice.api.admin;

import java.time.format.DateTimeFormatter;
import org.boxoffice.notification.boundary.DeadLetters.DeadLetter;

/** A message the broker gave up on: for a notification, its key and kind. */
public record DeadLetterView(String id, String notificationKey, String kind, String queue, String sentAt) {

    static DeadLetterView of(DeadLetter letter) {
        return new DeadLetterView(
                letter.id(),
                letter.notificationKey(),
                letter.kind(),
                letter.queue(),
                letter.sentAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
}
