package org.boxoffice.api.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.boxoffice.account.boundary.Privacy;
import org.boxoffice.review.boundary.Reviews;
import org.boxoffice.support.boundary.SupportCases;

/**
 * "Download my data" as the API and the privacy page give it: the account component's part
 * ({@link Privacy#export}), the review component's ({@link Reviews#personalData}) and the support
 * component's ({@link SupportCases#exportOf}) put together here, so that the account component,
 * which both build on, need not know reviews or support cases.
 */
@ApplicationScoped
public class DataExports {

    @Inject
    Privacy privacy;

    @Inject
    Reviews reviews;

    @Inject
    SupportCases supportCases;

    public DataExportView of(long accountId) {
        return DataExportView.of(
                privacy.export(accountId), reviews.personalData(accountId), supportCases.exportOf(accountId));
    }
}
