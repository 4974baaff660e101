package org.boxoffice.api.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.boxoffice.account.boundary.Privacy;
import org.boxoffice.review.boundary.Reviews;

/**
 * "Download my data" as the API and the privacy page give it: the account component's part
 * ({@link Privacy#export}) and the review component's ({@link Reviews#personalData}) put together
 * here, so that the account component, which the review component builds on, need not know reviews.
 */
@ApplicationScoped
public class DataExports {

    @Inject
    Privacy privacy;

    @Inject
    Reviews reviews;

    public DataExportView of(long accountId) {
        return DataExportView.of(privacy.export(accountId), reviews.personalData(accountId));
    }
}
