package org.boxoffice.api.account;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.boxoffice.account.boundary.Privacy;
import org.boxoffice.support.boundary.SupportCases;

/**
 * "Download my data": everything kept about the signed-in person, as JSON. The support cases come
 * from the support component beside the account's own data (the account component does not depend
 * on support, which depends on it): the cases the person opened, with the messages they see.
 */
public record DataExportView(
        String exportedAt,
        AccountView account,
        String registeredAt,
        List<ConsentView> consents,
        List<NotificationItem> notifications,
        List<SecurityEvent> securityEvents,
        List<SupportCaseItem> supportCases) {

    public record NotificationItem(String subject, String body, String createdAt, boolean read) {}

    public record SecurityEvent(String action, String occurredAt, String detail, String address) {}

    public record SupportCaseItem(
            String id,
            String subject,
            String kind,
            String state,
            String bookingId,
            String createdAt,
            List<SupportMessageItem> messages) {}

    public record SupportMessageItem(String side, String body, String createdAt) {}

    public static DataExportView of(Privacy.DataExport export, List<SupportCases.Exported> supportCases) {
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
                        .toList(),
                supportCases.stream()
                        .map(exported -> new SupportCaseItem(
                                String.valueOf(exported.supportCase().id()),
                                exported.supportCase().subject(),
                                exported.supportCase().kind().name(),
                                exported.supportCase().state().name(),
                                exported.supportCase()
                                        .bookingId()
                                        .map(String::valueOf)
                                        .orElse(null),
                                exported.supportCase().createdAt().format(iso),
                                exported.messages().stream()
                                        .map(m -> new SupportMessageItem(
                                                m.side().name(),
                                                m.body().orElse(null),
                                                m.createdAt().format(iso)))
                                        .toList()))
                        .toList());
    }
}
