package org.boxoffice.api.account;

import java.util.List;
import java.util.Map;
import org.boxoffice.account.entity.Consent;

/** The current privacy preferences and the record of every consent given or withdrawn. */
public record PreferencesView(boolean marketing, boolean analytics, List<ConsentView> history) {

    static PreferencesView of(Map<Consent.Kind, Consent> current, List<Consent> history) {
        return new PreferencesView(
                granted(current, Consent.Kind.MARKETING),
                granted(current, Consent.Kind.ANALYTICS),
                history.stream().map(ConsentView::of).toList());
    }

    private static boolean granted(Map<Consent.Kind, Consent> current, Consent.Kind kind) {
        Consent consent = current.get(kind);
        return consent != null && consent.isGranted();
    }
}
