package org.boxoffice.notification.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.boxoffice.notification.entity.Mail;
import org.boxoffice.notification.entity.Template;

/**
 * A notification ready to be written: to whom, in which language, what its templates show, and
 * the files it carries.
 *
 * @param accountId the account it goes to, or null for a finance address of the platform
 * @param model what the templates show, formatted for the reader
 * @param headline the arguments of the subject and the portal's short text
 * @param bookingId the booking it is about, or null
 * @param eventId the event it is about, or null
 */
public record Letter(
        Template template,
        Long accountId,
        String to,
        Locale language,
        Map<String, Object> model,
        List<Object> headline,
        List<Mail.Attachment> attachments,
        Long bookingId,
        Long eventId) {

    public Letter {
        model = Map.copyOf(model);
        headline = List.copyOf(headline);
        attachments = List.copyOf(attachments);
    }
}
