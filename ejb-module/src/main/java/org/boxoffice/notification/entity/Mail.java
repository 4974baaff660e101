package org.boxoffice.notification.entity;

import java.util.Objects;

/** A plain-text mail to one recipient. */
public record Mail(String to, String subject, String text) {

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
