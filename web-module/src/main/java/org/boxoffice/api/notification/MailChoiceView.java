package org.boxoffice.api.notification;

import java.util.Locale;
import org.boxoffice.notification.entity.MailChoice;

/**
 * One kind of notification and whether it is mailed; {@code mandatory} ones are always mailed.
 * {@code title} and {@code description} are in the language of the request.
 */
public record MailChoiceView(
        String kind, String group, String title, String description, boolean mandatory, boolean mail) {

    static MailChoiceView of(MailChoice choice, Locale locale) {
        return new MailChoiceView(
                choice.kind().name(),
                choice.kind().group().name(),
                choice.kind().title(locale),
                choice.kind().description(locale),
                choice.mandatory(),
                choice.mail());
    }
}
