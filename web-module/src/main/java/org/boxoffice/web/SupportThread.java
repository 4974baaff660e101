package org.boxoffice.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.boxoffice.support.boundary.SupportCases;
import org.boxoffice.support.entity.CaseKind;
import org.boxoffice.support.entity.CaseState;
import org.boxoffice.support.entity.SupportAttachment;
import org.boxoffice.support.entity.SupportMessage;

/**
 * A support case's thread as the customer's and the desk's pages show it, and the words for its
 * kinds, states, times and durations. Texts are kept as typed; the pages escape them.
 */
public final class SupportThread {

    private SupportThread() {}

    /** An attachment of a message: its download's address names the case and the attachment. */
    public record File(long id, String name, String size) implements Serializable {}

    /**
     * A message of the thread: who wrote it and on which side (CUSTOMER, STAFF, ORGANIZER, and in words), when, its text (empty once its author's
     * account was closed), whether it is an internal note, and its files. The page calls the
     * accessors ({@code #{message.body()}}).
     */
    public record Message(
            long id,
            String author,
            String sideKey,
            String side,
            String when,
            String body,
            boolean internal,
            List<File> files)
            implements Serializable {}

    /** The thread of a case as the viewer may see it; {@code withNotes} false leaves internal notes out whatever. */
    public static List<Message> messages(SupportCases.Detail detail, boolean withNotes) {
        Locale locale = locale();
        Map<Long, String> names = detail.names();
        List<Message> shown = new ArrayList<>();
        for (SupportMessage message : detail.messages()) {
            if (message.isInternal() && !withNotes) {
                continue;
            }
            List<File> files = detail.attachments().stream()
                    .filter(file -> file.messageId()
                            .filter(id -> id.equals(message.id()))
                            .isPresent())
                    .map(SupportThread::file)
                    .toList();
            shown.add(new Message(
                    message.id(),
                    names.getOrDefault(message.authorId(), ""),
                    message.side().name(),
                    FacesMessages.text("support.side." + message.side().name()),
                    time(message.createdAt(), locale),
                    message.body().orElse(FacesMessages.text("support.erased")),
                    message.isInternal(),
                    files));
        }
        return shown;
    }

    /** The files of the case that no message carries yet (uploaded, the message not written). */
    public static List<File> loose(SupportCases.Detail detail) {
        return detail.attachments().stream()
                .filter(file -> file.messageId().isEmpty())
                .map(SupportThread::file)
                .toList();
    }

    private static File file(SupportAttachment attachment) {
        long bytes = attachment.sizeBytes();
        String size = bytes < 1024
                ? FacesMessages.text("support.bytes", bytes)
                : bytes < 1024 * 1024
                        ? FacesMessages.text("support.kilobytes", (bytes + 1023) / 1024)
                        : FacesMessages.text("support.megabytes", String.format(locale(), "%.1f", bytes / 1048576.0));
        return new File(attachment.id(), attachment.name(), size);
    }

    public static String state(CaseState state) {
        return FacesMessages.text("support.state." + state.name());
    }

    /** The state as the customer reads it: "Answered" where the desk reads "Waiting for the customer". */
    public static String stateForCustomer(CaseState state) {
        return FacesMessages.text("case.state." + state.name());
    }

    public static String kind(CaseKind kind) {
        return FacesMessages.text("support.kind." + kind.name());
    }

    /** A time in UTC, with its zone. */
    public static String time(OffsetDateTime time, Locale locale) {
        return time.withOffsetSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(locale))
                + " UTC";
    }

    /** A duration in words, to the minute: "2 d 3 h", "3 h 12 min", "4 min", "under a minute". */
    public static String duration(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 1) {
            return FacesMessages.text("support.duration.underMinute");
        }
        if (minutes < 60) {
            return FacesMessages.text("support.duration.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return FacesMessages.text("support.duration.hours", minutes / 60, minutes % 60);
        }
        return FacesMessages.text("support.duration.days", minutes / (24 * 60), minutes / 60 % 24);
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
