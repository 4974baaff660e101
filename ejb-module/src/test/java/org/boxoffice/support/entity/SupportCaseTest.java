package org.boxoffice.support.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.boxoffice.support.entity.SupportException.Reason;
import org.junit.jupiter.api.Test;

class SupportCaseTest {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    static SupportCase opened() {
        return new SupportCase(1, CaseKind.PROBLEM, "  Tickets missing ", 2L, 3L, 4L, T0);
    }

    @Test
    void aNewCaseIsOpenAndWaitsForTheDesk() {
        SupportCase c = opened();

        assertThat(c.state()).isEqualTo(CaseState.OPEN);
        assertThat(c.subject()).isEqualTo("Tickets missing");
        assertThat(c.firstResponseTime()).isEmpty();
    }

    @Test
    void aPublicAnswerWaitsForTheCustomerAndCountsAsFirstResponse() {
        SupportCase c = opened();

        c.written(Side.STAFF, false, T0.plusHours(2));
        c.written(Side.ORGANIZER, false, T0.plusHours(5));

        assertThat(c.state()).isEqualTo(CaseState.WAITING_FOR_CUSTOMER);
        assertThat(c.firstResponseTime()).hasValue(Duration.ofHours(2));
        assertThat(c.stateSince()).isEqualTo(T0.plusHours(2));
    }

    @Test
    void anInternalNoteChangesNoStateAndIsNoResponse() {
        SupportCase c = opened();

        c.written(Side.STAFF, true, T0.plusHours(1));

        assertThat(c.state()).isEqualTo(CaseState.OPEN);
        assertThat(c.firstResponseAt()).isEmpty();
    }

    @Test
    void theCustomerReopensAResolvedCaseButNotAClosedOne() {
        SupportCase c = opened();
        c.moveTo(CaseState.RESOLVED, T0.plusHours(1));
        assertThat(c.resolutionTime()).hasValue(Duration.ofHours(1));

        c.written(Side.CUSTOMER, false, T0.plusHours(2));
        assertThat(c.state()).isEqualTo(CaseState.OPEN);
        assertThat(c.resolvedAt()).isEmpty();

        c.moveTo(CaseState.CLOSED, T0.plusHours(3));
        assertThatThrownBy(() -> c.written(Side.CUSTOMER, false, T0.plusHours(4)))
                .isInstanceOfSatisfying(
                        SupportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CASE_CLOSED));
        c.written(Side.STAFF, true, T0.plusHours(4));
        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void theDeskMovesOnlyAlongTheAllowedPaths() {
        SupportCase c = opened();

        assertThatThrownBy(() -> c.moveTo(CaseState.OPEN, T0))
                .isInstanceOfSatisfying(
                        SupportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_STATE_CHANGE));
        assertThatThrownBy(() -> c.moveTo(CaseState.WAITING_FOR_CUSTOMER, T0)).isInstanceOf(SupportException.class);
        c.moveTo(CaseState.CLOSED, T0.plusDays(1));
        assertThatThrownBy(() -> c.moveTo(CaseState.RESOLVED, T0)).isInstanceOf(SupportException.class);
        c.moveTo(CaseState.OPEN, T0.plusDays(2));
        assertThat(c.closedAt()).isEmpty();
    }

    @Test
    void everyKindButGeneralNeedsABookingAndGeneralTakesNone() {
        assertThatThrownBy(() -> new SupportCase(1, CaseKind.REFUND_REQUEST, "Refund", null, null, null, T0))
                .isInstanceOfSatisfying(
                        SupportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BOOKING_REQUIRED));
        assertThatThrownBy(() -> new SupportCase(1, CaseKind.GENERAL, "Hello", 2L, 3L, null, T0))
                .isInstanceOfSatisfying(
                        SupportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BOOKING_NOT_ALLOWED));
        assertThat(new SupportCase(1, CaseKind.GENERAL, "Hello", null, null, null, T0).bookingId())
                .isEmpty();
    }

    @Test
    void subjectsAndBodiesAreChecked() {
        assertThatThrownBy(() -> SupportCase.checkedSubject(" ")).isInstanceOf(SupportException.class);
        assertThatThrownBy(() -> SupportCase.checkedSubject("x".repeat(201))).isInstanceOf(SupportException.class);
        assertThatThrownBy(() -> SupportMessage.checkedBody("a\u0000b")).isInstanceOf(SupportException.class);
        assertThatThrownBy(() -> SupportMessage.checkedBody("x".repeat(8001))).isInstanceOf(SupportException.class);
        assertThat(SupportMessage.checkedBody("<b>as typed</b>")).isEqualTo("<b>as typed</b>");
    }

    @Test
    void aCustomerWritesNoInternalNote() {
        assertThatThrownBy(() -> new SupportMessage(1, 2, Side.CUSTOMER, "psst", true, T0))
                .isInstanceOfSatisfying(
                        SupportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INTERNAL_NOT_ALLOWED));
    }

    @Test
    void fileNamesWithPathsOrQuotesAreRefused() {
        assertThat(SupportAttachment.checkedName(" receipt.pdf ")).isEqualTo("receipt.pdf");
        assertThatThrownBy(() -> SupportAttachment.checkedName("../x.pdf")).isInstanceOf(SupportException.class);
        assertThatThrownBy(() -> SupportAttachment.checkedName("a\"b.pdf")).isInstanceOf(SupportException.class);
        assertThatThrownBy(() -> SupportAttachment.checkedName("a\r\nb.pdf")).isInstanceOf(SupportException.class);
    }
}
