package org.boxoffice.web.my;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.notification.boundary.NotificationPreferences;
import org.boxoffice.notification.boundary.Notifications;
import org.boxoffice.notification.entity.MailChoice;
import org.boxoffice.notification.entity.Notification;
import org.boxoffice.notification.entity.NotificationKind;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.PagedRows;

/**
 * The notification centre: the person's notifications, newest first, a page at a time, marked
 * read one by one or all at once; and which kinds of notification they get by mail.
 */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A notification as the table shows it (EL 5 reads getters only). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String subject;
        private final String body;
        private final String createdAt;
        private final boolean read;

        Row(Notification notification, Locale locale) {
            this.id = notification.id();
            this.subject = notification.subject();
            this.body = notification.body();
            this.createdAt = notification
                            .createdAt()
                            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                    .withLocale(locale))
                    + " UTC";
            this.read = notification.isRead();
        }

        public long getId() {
            return id;
        }

        public String getSubject() {
            return subject;
        }

        public String getBody() {
            return body;
        }

        public String getCreatedAt() {
            return createdAt;
        }

        public boolean isRead() {
            return read;
        }
    }

    /** A kind of notification with its mail switch; a mandatory one's switch stays on. */
    public static final class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final NotificationKind kind;
        private final String title;
        private final String description;
        private final boolean mandatory;
        private boolean mail;

        Choice(MailChoice choice, Locale locale) {
            this.kind = choice.kind();
            this.title = choice.kind().title(locale);
            this.description = choice.kind().description(locale);
            this.mandatory = choice.mandatory();
            this.mail = choice.mail();
        }

        public String getKind() {
            return kind.name();
        }

        public String getTitle() {
            return title;
        }

        public String getDescription() {
            return description;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public boolean isMail() {
            return mail;
        }

        public void setMail(boolean mail) {
            this.mail = mail;
        }
    }

    @Inject
    transient Notifications notifications;

    @Inject
    transient NotificationPreferences preferences;

    @Inject
    transient SignedIn signedIn;

    private final PagedRows<Row, Row> rows =
            new PagedRows<>(this::page, row -> row, row -> String.valueOf(row.getId()));

    private List<Choice> choices = List.of();

    @PostConstruct
    void load() {
        signedIn.find().ifPresent(account -> showChoices());
    }

    private org.boxoffice.platform.entity.Page<Row> page(int page, int size) {
        Locale locale = locale();
        return notifications.inbox(account(), page, size).map(notification -> new Row(notification, locale));
    }

    public void markRead(Row row) {
        notifications.markRead(account(), row.getId());
    }

    public void markAllRead() {
        int marked = notifications.markAllRead(account());
        FacesMessages.info("notifications.allMarked", marked);
    }

    /** Saves every switch at once; a mandatory kind is sent as switched on whatever the form says. */
    public void save() {
        Map<NotificationKind, Boolean> wanted = new EnumMap<>(NotificationKind.class);
        for (Choice choice : choices) {
            wanted.put(choice.kind, choice.mandatory || choice.mail);
        }
        preferences.change(account(), wanted);
        showChoices();
        FacesMessages.info("notifications.preferencesSaved");
    }

    public PagedRows<?, Row> getRows() {
        return rows;
    }

    public List<Choice> getChoices() {
        return choices;
    }

    private void showChoices() {
        Locale locale = locale();
        choices = preferences.list(account()).stream()
                .map(choice -> new Choice(choice, locale))
                .toList();
    }

    private long account() {
        return signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
