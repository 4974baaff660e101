package org.boxoffice.api.support;

import org.boxoffice.api.payment.RefundView;
import org.boxoffice.support.boundary.SupportCases;

/**
 * The answer to a desk action: the case after it (with its new version, its messages and
 * actions), the action, and for a refund the refund.
 */
public record ActionResultView(CaseView supportCase, CaseActionView action, RefundView refund) {

    static ActionResultView of(SupportCases.Acted acted, SupportCases.Detail after) {
        return new ActionResultView(
                CaseView.of(after),
                CaseActionView.of(acted.action(), after.names()),
                acted.refunded() == null ? null : RefundView.of(acted.refunded().refund()));
    }
}
