package org.boxoffice.ticket.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.boxoffice.ticket.entity.ScannerTokenException.Reason;
import org.junit.jupiter.api.Test;

class ScannerTokenTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime ENDS = NOW.plusDays(3);

    @Test
    void withoutAnExpiryATokenWorksUntilSixHoursAfterTheEventEnds() {
        assertThat(ScannerToken.expiry(null, ENDS, NOW)).isEqualTo(ENDS.plusHours(6));
    }

    @Test
    void withoutAnExpiryAfterThoseSixHoursItWorksUntilTheLatestAllowed() {
        OffsetDateTime now = ENDS.plusHours(7);

        assertThat(ScannerToken.expiry(null, ENDS, now)).isEqualTo(ENDS.plusHours(24));
    }

    @Test
    void anExpiryAskedForIsKeptInUtcWhenItFits() {
        OffsetDateTime asked = ENDS.plusHours(24).withOffsetSameInstant(ZoneOffset.ofHours(2));

        OffsetDateTime kept = ScannerToken.expiry(asked, ENDS, NOW);

        assertThat(kept).isEqualTo(ENDS.plusHours(24));
        assertThat(kept.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(ScannerToken.expiry(NOW.plusMinutes(1), ENDS, NOW)).isEqualTo(NOW.plusMinutes(1));
    }

    @Test
    void anExpiryMustLieBetweenNowAndADayAfterTheEnd() {
        assertRefused(() -> ScannerToken.expiry(NOW, ENDS, NOW), Reason.EXPIRY_PAST);
        assertRefused(() -> ScannerToken.expiry(NOW.minusDays(1), ENDS, NOW), Reason.EXPIRY_PAST);
        assertRefused(() -> ScannerToken.expiry(ENDS.plusHours(24).plusSeconds(1), ENDS, NOW), Reason.EXPIRY_TOO_LATE);
    }

    @Test
    void aDayAfterTheEventEndsNoTokenIsMade() {
        assertRefused(() -> ScannerToken.expiry(null, ENDS, ENDS.plusHours(24)), Reason.EVENT_OVER);
        assertRefused(() -> ScannerToken.expiry(ENDS.plusHours(25), ENDS, ENDS.plusDays(2)), Reason.EVENT_OVER);
    }

    @Test
    void aTokenIsActiveUntilItExpiresOrIsRevoked() {
        ScannerToken token = new ScannerToken(7, "  North gate  ", " North ", 3, NOW.plusHours(2), NOW);

        assertThat(token.label()).isEqualTo("North gate");
        assertThat(token.gate()).contains("North");
        assertThat(token.jti()).hasSize(36);
        assertThat(token.statusAt(NOW)).isEqualTo(ScannerToken.Status.ACTIVE);
        assertThat(token.statusAt(NOW.plusHours(2))).isEqualTo(ScannerToken.Status.EXPIRED);

        token.revoke(3, NOW.plusMinutes(5));
        token.revoke(4, NOW.plusMinutes(9));

        assertThat(token.statusAt(NOW.plusMinutes(6))).isEqualTo(ScannerToken.Status.REVOKED);
        assertThat(token.revokedAt()).contains(NOW.plusMinutes(5));
        assertThat(new ScannerToken(7, "x", "   ", 3, NOW.plusHours(2), NOW).gate())
                .isEmpty();
    }

    @Test
    void labelsAndGatesAreShortAndPlain() {
        assertRefused(() -> new ScannerToken(7, " ", null, 3, NOW.plusHours(2), NOW), Reason.LABEL);
        assertRefused(() -> new ScannerToken(7, null, null, 3, NOW.plusHours(2), NOW), Reason.LABEL);
        assertRefused(() -> new ScannerToken(7, "x".repeat(81), null, 3, NOW.plusHours(2), NOW), Reason.LABEL);
        assertRefused(() -> new ScannerToken(7, "a\u0001b", null, 3, NOW.plusHours(2), NOW), Reason.LABEL);
        assertRefused(() -> new ScannerToken(7, "x", "g".repeat(41), 3, NOW.plusHours(2), NOW), Reason.GATE);
        assertRefused(() -> ScannerToken.gate("No\nrth"), Reason.GATE);
        assertThat(ScannerToken.gate("g".repeat(40))).hasSize(40);
    }

    private static void assertRefused(Runnable attempt, Reason reason) {
        assertThatThrownBy(attempt::run)
                .isInstanceOfSatisfying(ScannerTokenException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(reason));
    }
}
