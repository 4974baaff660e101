package org.boxoffice.notification.entity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** A plain-text mail to one recipient. */
public record Mail(String to, String subject, String text) {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    /** A time as mails state it: in UTC, spelled out, the same for every reader. */
    public static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(UTC);
    }

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (to.isBlank() || to.contains("\n") || to.contains("\r")) {
            throw new IllegalArgumentException("not a single recipient: " + to);
        }
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a subject is one line");
        }
    }
}
