package org.boxoffice.api.account;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.boxoffice.account.boundary.Privacy;

/** "Download my data": everything kept about the signed-in person, as JSON. */
public record DataExportView(
        String exportedAt,
        AccountView account,
        String registeredAt,
        List<ConsentView> consents,
        List<NotificationItem> notifications,
        List<SecurityEvent> securityEvents) {

    public record NotificationItem(String subject, String body, String createdAt, boolean read) {}

    public record SecurityEvent(String action, String occurredAt, String detail, String address) {}

    public static DataExportView of(Privacy.DataExport export) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        return new DataExportView(
                export.exportedAt().format(iso),
                AccountView.of(export.account()),
                export.account().createdAt().format(iso),
                export.consents().stream().map(ConsentView::of).toList(),
                export.notifications().stream()
                        .map(n -> new NotificationItem(
                                n.subject(), n.body(), n.createdAt().format(iso), n.isRead()))
                        .toList(),
                export.securityEvents().stream()
                        .map(e -> new SecurityEvent(
                                e.action().name(), e.occurredAt().format(iso), e.detail(), e.address()))
                        .toList());
    }
}
