package org.boxoffice.api.support;

import java.util.List;
import org.boxoffice.support.boundary.SupportCases;

/**
 * A case as the caller sees it ({@code access}: CUSTOMER, ORGANIZER or STAFF): the case, its
 * messages (a customer sees no internal notes), the attachments the caller may download, and the
 * desk's actions on its booking (not shown to the customer).
 */
public record CaseView(
        CaseSummaryView supportCase,
        String access,
        List<MessageView> messages,
        List<AttachmentView> attachments,
        List<CaseActionView> actions) {

    static CaseView of(SupportCases.Detail detail) {
        var c = detail.supportCase();
        var names = detail.names();
        return new CaseView(
                CaseSummaryView.of(
                        c,
                        names.getOrDefault(c.customerId(), ""),
                        c.assigneeId().map(id -> names.getOrDefault(id, "")).orElse(null),
                        detail.eventTitle()),
                detail.access().name(),
                detail.messages().stream()
                        .map(message -> MessageView.of(message, names, detail.attachments()))
                        .toList(),
                detail.attachments().stream().map(AttachmentView::of).toList(),
                detail.actions().stream()
                        .map(action -> CaseActionView.of(action, names))
                        .toList());
    }
}
