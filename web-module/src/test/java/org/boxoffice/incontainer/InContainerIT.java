package org.boxoffice.incontainer;

import jakarta.inject.Inject;
import org.boxoffice.analytics.boundary.UserAnalyticsChecks;
import org.boxoffice.inventory.boundary.InventoryChecks;
import org.boxoffice.it.Deployments;
import org.boxoffice.notification.boundary.NotificationsChecks;
import org.boxoffice.reporting.batch.CatalogSnapshotJobChecks;
import org.boxoffice.sales.boundary.NightlyClaimChecks;
import org.boxoffice.support.boundary.StaleCasesChecks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tests that run inside the container, on a Payara Micro that Arquillian starts with the
 * application's real WAR and the same post-boot commands as production, against the tests'
 * PostgreSQL: each check class (a CDI bean of its component's test package) says what it shows.
 * They share this one deployment, as each deployment costs a start of Payara Micro.
 */
@ExtendWith(ArquillianExtension.class)
class InContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestsOf(
                InContainerIT.class,
                InventoryChecks.class,
                NotificationsChecks.class,
                CatalogSnapshotJobChecks.class,
                NightlyClaimChecks.class,
                StaleCasesChecks.class,
                UserAnalyticsChecks.class);
    }

    /** The row lock of an inventory, with its bounded wait. */
    @Inject
    InventoryChecks inventory;

    /** JMS delivery of notifications, and its rollback. */
    @Inject
    NotificationsChecks notifications;

    /** A Jakarta Batch job. */
    @Inject
    CatalogSnapshotJobChecks catalogSnapshot;

    /** The nightly reports' single-run guard. */
    @Inject
    NightlyClaimChecks nightlyClaim;

    /** Closing support cases left waiting. */
    @Inject
    StaleCasesChecks staleCases;

    /** The user analytics' figures. */
    @Inject
    UserAnalyticsChecks userAnalytics;

    @Test
    void theSecondBuyerWaitsForTheFirstAndProceedsWhenItCommits() throws Exception {
        inventory.theSecondBuyerWaitsForTheFirstAndProceedsWhenItCommits();
    }

    @Test
    void theSecondBuyerGetsAConflictWhenTheLockOutlastsTheTimeout() throws Exception {
        inventory.theSecondBuyerGetsAConflictWhenTheLockOutlastsTheTimeout();
    }

    @Test
    void theLockTimeoutIsConfiguredByAnEnvironmentVariable() {
        inventory.theLockTimeoutIsConfiguredByAnEnvironmentVariable();
    }

    @Test
    void moreThanIsLeftIsSoldOutAndChangesNothing() {
        inventory.moreThanIsLeftIsSoldOutAndChangesNothing();
    }

    @Test
    void aNoticeSentInACommittedTransactionIsMailed() {
        notifications.aNoticeSentInACommittedTransactionIsMailed();
    }

    @Test
    void aNoticeSentInATransactionThatRollsBackIsNeverMailed() throws InterruptedException {
        notifications.aNoticeSentInATransactionThatRollsBackIsNeverMailed();
    }

    @Test
    void theSameKeyDeliveredTwiceIsMailedOnce() throws InterruptedException {
        notifications.theSameKeyDeliveredTwiceIsMailedOnce();
    }

    @Test
    void aConfirmationLandsInTheInboxAndIsMailedWithItsTickets() {
        notifications.aConfirmationLandsInTheInboxAndIsMailedWithItsTickets();
    }

    @Test
    void aReminderIsSentOnceOverTwoTimerRuns() throws InterruptedException {
        notifications.aReminderIsSentOnceOverTwoTimerRuns();
    }

    @Test
    void keysOlderThanTheCutoffAreForgottenAndNewerOnesKept() {
        notifications.keysOlderThanTheCutoffAreForgottenAndNewerOnesKept();
    }

    @Test
    void theJobCompletesWritesEveryUpcomingEventAndKeepsItsRepositoryInTheApplicationsDatabase() throws Exception {
        catalogSnapshot.theJobCompletesWritesEveryUpcomingEventAndKeepsItsRepositoryInTheApplicationsDatabase();
    }

    @Test
    void twoClaimsOfOneNightOpenItsReportsOnce() throws Exception {
        nightlyClaim.twoClaimsOfOneNightOpenItsReportsOnce();
    }

    @Test
    void casesLeftWaitingForTheirCustomerAreClosedAfterTheDaysAndOthersAreNot() throws Exception {
        staleCases.casesLeftWaitingForTheirCustomerAreClosedAfterTheDaysAndOthersAreNot();
    }

    @Test
    void countsOnlyTheAccountsThatAllowAnalytics() {
        userAnalytics.countsOnlyTheAccountsThatAllowAnalytics();
    }

    @Test
    void aPeriodIsThirtyDaysUpToTodayUnlessGivenAndAtMostAYear() {
        userAnalytics.aPeriodIsThirtyDaysUpToTodayUnlessGivenAndAtMostAYear();
    }
}
