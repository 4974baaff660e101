package org.boxoffice.booking.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.boxoffice.platform.entity.Money;
import org.junit.jupiter.api.Test;

class BookingTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 19, 0, 0, 0, ZoneOffset.ofHours(1));
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private static Booking held(String price) {
        return Booking.hold(
                7L,
                11L,
                List.of(
                        BookingLine.seat(3L, 101L, Money.of(price, "EUR")),
                        BookingLine.places(4L, 55L, 2, Money.of(price, "EUR"))),
                NOW,
                TEN_MINUTES);
    }

    @Test
    void aHoldRunsTenMinutesAndCostsItsLinesTogether() {
        Booking booking = held("12.50");

        assertThat(booking.status()).isEqualTo(BookingStatus.HELD);
        assertThat(booking.total()).isEqualTo(Money.of("37.50", "EUR"));
        assertThat(booking.tickets()).isEqualTo(3);
        assertThat(booking.createdAt().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(booking.expiresAt()).isEqualTo(NOW.plusMinutes(10).withOffsetSameInstant(ZoneOffset.UTC));
        assertThat(booking.lines()).extracting(BookingLine::isSeat).containsExactly(true, false);
    }

    @Test
    void aNewHoldAndItsLinesAreGivenTheirIdsOnce() {
        Booking booking = held("12.50");
        long[] lineIds = {900, 901};
        int[] line = {0};

        booking.identify(() -> 41L, () -> lineIds[line[0]++]);

        assertThat(booking.id()).isEqualTo(41L);
        assertThat(booking.lines()).extracting(BookingLine::id).containsExactly(900L, 901L);
        assertThatThrownBy(() -> booking.identify(() -> 42L, () -> 902L)).isInstanceOf(IllegalStateException.class);
        assertThat(booking.id()).isEqualTo(41L);
    }

    @Test
    void aHoldNeedsLinesOfOneCurrency() {
        assertThatThrownBy(() -> Booking.hold(1L, 2L, List.of(), NOW, TEN_MINUTES))
                .isInstanceOf(InvalidBookingException.class)
                .hasMessageContaining("nothing");
        assertThatThrownBy(() -> Booking.hold(
                        1L,
                        2L,
                        List.of(
                                BookingLine.seat(3L, 101L, Money.of("10.00", "EUR")),
                                BookingLine.seat(3L, 102L, Money.of("10.00", "CHF"))),
                        NOW,
                        TEN_MINUTES))
                .isInstanceOf(InvalidBookingException.class)
                .hasMessageContaining("CHF, EUR");
    }

    @Test
    void aHoldIsConfirmedUntilTheLastInstantBeforeItExpires() {
        Booking booking = held("12.50");

        booking.confirm(NOW.plus(TEN_MINUTES).minusNanos(1));

        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.hasReleasedInventory()).isFalse();
    }

    @Test
    void anExpiredHoldCannotBeConfirmedOnlyExpired() {
        Booking booking = held("12.50");

        assertThatThrownBy(() -> booking.confirm(NOW.plus(TEN_MINUTES))).isInstanceOf(HoldExpiredException.class);
        assertThat(booking.status()).isEqualTo(BookingStatus.HELD);
        booking.expire(NOW.plus(TEN_MINUTES));
        assertThat(booking.status()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(booking.hasReleasedInventory()).isTrue();
        assertThatThrownBy(() -> booking.confirm(NOW.plus(TEN_MINUTES)))
                .isInstanceOf(InvalidBookingStateException.class)
                .hasMessageContaining("EXPIRED");
    }

    @Test
    void aRunningHoldDoesNotExpire() {
        Booking booking = held("12.50");

        assertThatThrownBy(() -> booking.expire(NOW.plusMinutes(9))).isInstanceOf(InvalidBookingStateException.class);
        assertThat(booking.status()).isEqualTo(BookingStatus.HELD);
    }

    @Test
    void aConfirmedBookingNeitherExpiresNorIsConfirmedAgain() {
        Booking booking = held("12.50");
        booking.confirm(NOW);

        assertThatThrownBy(() -> booking.expire(NOW.plusHours(1))).isInstanceOf(InvalidBookingStateException.class);
        assertThatThrownBy(() -> booking.confirm(NOW)).isInstanceOf(InvalidBookingStateException.class);
        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aHoldIsCancelledAPaidBookingRefundedAFreeOneCancelled() {
        Booking hold = held("12.50");
        hold.cancel(NOW);
        assertThat(hold.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThatThrownBy(() -> hold.refund(NOW)).isInstanceOf(InvalidBookingStateException.class);

        Booking paid = held("12.50");
        paid.confirm(NOW);
        assertThatThrownBy(() -> paid.cancel(NOW))
                .as("money was paid: it goes back by a refund")
                .isInstanceOf(InvalidBookingStateException.class);
        paid.refund(NOW.plusDays(1));
        assertThat(paid.status()).isEqualTo(BookingStatus.REFUNDED);
        assertThat(paid.changedAt()).isEqualTo(NOW.plusDays(1).withOffsetSameInstant(ZoneOffset.UTC));

        Booking free = held("0.00");
        free.confirm(NOW);
        assertThatThrownBy(() -> free.refund(NOW)).isInstanceOf(InvalidBookingStateException.class);
        free.cancel(NOW);
        assertThat(free.status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void finalStatesAllowNothing() {
        for (BookingStatus status : BookingStatus.values()) {
            assertThat(status.isFinal()).isEqualTo(status != BookingStatus.HELD && status != BookingStatus.CONFIRMED);
        }
        Booking refunded = held("12.50");
        refunded.confirm(NOW);
        refunded.refund(NOW);
        assertThatThrownBy(() -> refunded.cancel(NOW)).isInstanceOf(InvalidBookingStateException.class);
        assertThatThrownBy(() -> refunded.refund(NOW)).isInstanceOf(InvalidBookingStateException.class);
        assertThatThrownBy(() -> refunded.expire(NOW.plusDays(1))).isInstanceOf(InvalidBookingStateException.class);
    }

    @Test
    void aLineIsForAtLeastOneTicket() {
        assertThatThrownBy(() -> BookingLine.places(4L, 55L, 0, Money.of("1.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChargedHoldAddsTheFeeOfEachPricedTicketAndKeepsItsTax() {
        Booking booking = Booking.hold(
                7L,
                11L,
                List.of(
                        BookingLine.seat(3L, 101L, Money.of("49.50", "EUR")),
                        BookingLine.places(4L, 55L, 2, Money.of("0.00", "EUR")),
                        BookingLine.places(5L, 56L, 1, Money.of("49.50", "EUR"))),
                NOW,
                TEN_MINUTES);

        booking.charge(Money.of("1.50", "EUR"), new BigDecimal("19.00"), Money.of("15.81", "EUR"));

        assertThat(booking.subtotal()).isEqualTo(Money.of("99.00", "EUR"));
        assertThat(booking.feeTickets()).isEqualTo(2);
        assertThat(booking.serviceFee().amount()).hasToString("1.50");
        assertThat(booking.fees().amount()).hasToString("3.00");
        assertThat(booking.tax().amount()).hasToString("15.81");
        assertThat(booking.vatRate()).hasToString("19.00");
        assertThat(booking.total().amount()).hasToString("102.00");
    }

    @Test
    void anUnchargedHoldHasNoFeeAndNoTax() {
        Booking booking = held("12.50");

        assertThat(booking.fees().isZero()).isTrue();
        assertThat(booking.tax().amount()).hasToString("0.00");
        assertThat(booking.vatRate()).hasToString("0.00");
        assertThat(booking.subtotal()).isEqualTo(booking.total());
    }

    @Test
    void aHoldIsChargedInItsOwnCurrencyAndNeverMoreTaxThanItsPrice() {
        Booking booking = held("10.00");

        assertThatThrownBy(() -> booking.charge(Money.of("1", "CHF"), BigDecimal.ZERO, Money.of("0", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> booking.charge(Money.of("1", "EUR"), BigDecimal.TEN, Money.of("30.01", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
