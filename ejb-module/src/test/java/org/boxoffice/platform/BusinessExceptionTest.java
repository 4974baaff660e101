package org.boxoffice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.catalog.entity.EventStatus;
import org.boxoffice.catalog.entity.InvalidEventStateException;
import org.boxoffice.inventory.boundary.InventoryBusyException;
import org.boxoffice.inventory.boundary.UnknownAllotmentException;
import org.boxoffice.inventory.entity.SoldOutException;
import org.junit.jupiter.api.Test;

class BusinessExceptionTest {

    /** A business exception whose code the bundle does not know. */
    static class UnknownCodeException extends BusinessException {

        private static final long serialVersionUID = 1L;

        UnknownCodeException(Object... arguments) {
            super(Kind.INVALID, "test.no-such-code", arguments);
        }
    }

    @Test
    void carriesItsKindAndCode() {
        SoldOutException soldOut = new SoldOutException(5, 2);

        assertThat(soldOut.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
        assertThat(soldOut.code()).isEqualTo("inventory.sold-out");
    }

    @Test
    void rendersTheMessageFromTheBundleWithItsArguments() {
        SoldOutException soldOut = new SoldOutException(5, 2);

        assertThat(soldOut.getMessage()).isEqualTo("Only 2 of the 5 tickets asked for are left.");
        assertThat(soldOut.message(Locale.ENGLISH)).isEqualTo("Only 2 of the 5 tickets asked for are left.");
    }

    @Test
    void rendersTheTitleFromTheBundle() {
        assertThat(new SoldOutException(1, 0).title(Locale.ENGLISH)).isEqualTo("Sold out");
    }

    @Test
    void fallsBackToTheDefaultBundleForLanguagesWithoutTranslation() {
        SoldOutException soldOut = new SoldOutException(3, 1);

        assertThat(soldOut.message(Locale.JAPANESE)).isEqualTo("Only 1 of the 3 tickets asked for are left.");
        assertThat(soldOut.title(Locale.JAPANESE)).isEqualTo("Sold out");
    }

    @Test
    void anUnknownCodeFallsBackToTheKey() {
        UnknownCodeException unknown = new UnknownCodeException(42);

        assertThat(unknown.getMessage()).isEqualTo("test.no-such-code");
        assertThat(unknown.title(Locale.ENGLISH)).isEqualTo("test.no-such-code.title");
    }

    @Test
    void idsAreRenderedWithoutDigitGrouping() {
        assertThat(new UnknownEventException(1234567L).getMessage()).isEqualTo("There is no event with id 1234567.");
        assertThat(new UnknownEventException("abc").getMessage()).isEqualTo("There is no event with id abc.");
        assertThat(new UnknownAllotmentException(1000L).getMessage())
                .isEqualTo("There is no inventory row with id 1000.");
        assertThat(new InvalidEventStateException(12345L, EventStatus.PUBLISHED, "published").getMessage())
                .isEqualTo("The event 12345 is PUBLISHED and cannot be published.");
    }

    @Test
    void messagesWithoutArgumentsRenderAsWritten() {
        IllegalStateException cause = new IllegalStateException("lock timeout");
        InventoryBusyException busy = new InventoryBusyException(cause);

        assertThat(busy.getMessage()).startsWith("These tickets are being booked by someone else");
        assertThat(busy.getCause()).isSameAs(cause);
        assertThat(busy.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
    }
}
