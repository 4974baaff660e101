package org.boxoffice.notification.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A mail to one recipient: a text, and the same as HTML where there is one (sent as
 * multipart/alternative), with files attached.
 *
 * @param html null for a text-only mail
 */
public record Mail(String to, String subject, String text, String html, List<Attachment> attachments) {

    /** A file sent with the mail. */
    public record Attachment(String name, String contentType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
            if (name.isBlank() || name.contains("\n") || name.contains("\r") || name.contains("/")) {
                throw new IllegalArgumentException("not a file name: " + name);
            }
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment that
                    && name.equals(that.name)
                    && contentType.equals(that.contentType)
                    && Arrays.equals(content, that.content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, contentType, Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return name + " (" + contentType + ", " + content.length + " bytes)";
        }
    }

    /** A plain-text mail. */
    public Mail(String to, String subject, String text) {
        this(to, subject, text, null, List.of());
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
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
