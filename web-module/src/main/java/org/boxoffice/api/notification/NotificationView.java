package org.boxoffice.api.notification;

import java.time.format.DateTimeFormatter;
import org.boxoffice.notification.entity.Notification;

public record NotificationView(String id, String subject, String body, String createdAt, boolean read) {

    static NotificationView of(Notification notification) {
        return new NotificationView(
                String.valueOf(notification.id()),
                notification.subject(),
                notification.body(),
                notification.createdAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                notification.isRead());
    }
}
