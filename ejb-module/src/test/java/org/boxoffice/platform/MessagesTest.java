package org.boxoffice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.boxoffice.account.boundary.AccountLockedException;
import org.boxoffice.account.boundary.AccountNotVerifiedException;
import org.boxoffice.account.boundary.EmailTakenException;
import org.boxoffice.account.boundary.InvalidAccountTokenException;
import org.boxoffice.account.boundary.InvalidCredentialsException;
import org.boxoffice.account.boundary.InvalidEmailException;
import org.boxoffice.account.boundary.OrganisationNameTakenException;
import org.boxoffice.account.boundary.PasswordMismatchException;
import org.boxoffice.account.boundary.TermsNotAcceptedException;
import org.boxoffice.account.boundary.TooManySignInsException;
import org.boxoffice.account.boundary.UnknownAccountException;
import org.boxoffice.account.boundary.UnknownOrganisationException;
import org.boxoffice.account.boundary.WeakPasswordException;
import org.boxoffice.account.entity.InvalidOrganisationNameException;
import org.boxoffice.account.entity.InvalidProfileException;
import org.boxoffice.account.entity.NotAnOrganizerException;
import org.boxoffice.admin.boundary.NoRolesException;
import org.boxoffice.admin.boundary.OwnRolesException;
import org.boxoffice.catalog.boundary.CategoryBusyException;
import org.boxoffice.catalog.boundary.CategoryInUseException;
import org.boxoffice.catalog.boundary.CategoryNameTakenException;
import org.boxoffice.catalog.boundary.CategorySlugTakenException;
import org.boxoffice.catalog.boundary.EventBusyException;
import org.boxoffice.catalog.boundary.EventNotOnSaleException;
import org.boxoffice.catalog.boundary.UnknownCategoryException;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.catalog.entity.EventStatus;
import org.boxoffice.catalog.entity.InvalidCategoryException;
import org.boxoffice.catalog.entity.InvalidEventException;
import org.boxoffice.catalog.entity.InvalidEventStateException;
import org.boxoffice.inventory.boundary.InventoryBusyException;
import org.boxoffice.inventory.boundary.UnknownAllotmentException;
import org.boxoffice.inventory.entity.InvalidQuantityException;
import org.boxoffice.inventory.entity.SeatCountException;
import org.boxoffice.inventory.entity.SeatsUnavailableException;
import org.boxoffice.inventory.entity.SoldOutException;
import org.boxoffice.inventory.entity.UnknownSeatsException;
import org.boxoffice.notification.boundary.UnknownNotificationException;
import org.boxoffice.ticket.control.InvalidTicketCodeException;
import org.boxoffice.venue.boundary.NoOrganisationException;
import org.boxoffice.venue.boundary.UnknownVenueException;
import org.boxoffice.venue.entity.InvalidVenueException;
import org.junit.jupiter.api.Test;

/** Every business code has its message and its title in {@code org/boxoffice/platform/messages.properties}. */
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** {@code super(Kind.X, "code"}, or {@code super(reason.kind, "family." + ...} for codes of a reason enum. */
    private static final Pattern CODE =
            Pattern.compile("super\\(\\s*(?:Kind\\.(\\w+)|reason\\.kind)\\s*,\\s*\"([^\"]+)\"");

    @Test
    void everyCodeInTheSourcesHasAMessageAndATitle() {
        Map<String, String> codes = codesInSources();
        Properties messages = messages();

        assertThat(codes).as("codes found in %s", SOURCES.toAbsolutePath()).containsKey("inventory.sold-out");
        for (String code : codes.keySet()) {
            if (code.endsWith(".")) {
                // a family of codes such as account.weak-password.<rule>: each member has both
                assertThat(messages.stringPropertyNames())
                        .as("messages.properties for the codes %s* of %s", code, codes.get(code))
                        .anyMatch(key -> key.startsWith(code) && !key.endsWith(".title"))
                        .filteredOn(key -> key.startsWith(code) && !key.endsWith(".title"))
                        .allSatisfy(key -> assertThat(messages).containsKey(key + ".title"));
            } else {
                assertThat(messages)
                        .as("messages.properties for %s", codes.get(code))
                        .containsKeys(code, code + ".title");
            }
        }
    }

    @Test
    void everySubclassRendersItsMessageAndTitle() {
        List<BusinessException> all = new ArrayList<>(List.of(
                new UnknownEventException(7L),
                new org.boxoffice.catalog.boundary.EventChangedException(7L, 3L, 4L),
                new org.boxoffice.venue.boundary.VenueChangedException(7L, 3L, 4L),
                new EventNotOnSaleException(7L),
                new InvalidEventException("it must end after it starts"),
                new InvalidEventStateException(7L, EventStatus.PUBLISHED, "changed"),
                new EventBusyException(new RuntimeException("lock wait ran out")),
                new UnknownAllotmentException(7L),
                new InventoryBusyException(new RuntimeException()),
                new InvalidQuantityException(0),
                new SoldOutException(3, 1),
                new org.boxoffice.catalog.entity.InvalidImageException("empty"),
                new org.boxoffice.catalog.entity.InvalidImageException("too-large", 2048L),
                new org.boxoffice.catalog.entity.InvalidImageException("not-an-image"),
                new org.boxoffice.catalog.entity.InvalidImageException("dimensions", 50, 80, 100, 6000),
                new org.boxoffice.catalog.boundary.NoImageException(),
                new SeatsUnavailableException(java.util.List.of(7L, 8L), java.util.List.of("Stalls A 1", "Stalls A 2")),
                new UnknownSeatsException(2),
                new SeatCountException(0, 5000),
                new org.boxoffice.booking.entity.InvalidBookingStateException(
                        org.boxoffice.booking.entity.BookingStatus.EXPIRED,
                        org.boxoffice.booking.entity.InvalidBookingStateException.Change.CONFIRM),
                new org.boxoffice.booking.entity.HoldExpiredException(12345L),
                new org.boxoffice.booking.boundary.BookingLimitException(10, 12),
                new org.boxoffice.booking.boundary.UnknownTicketTypeException(7L),
                new org.boxoffice.booking.boundary.SeatedTicketTypeException(7L),
                new org.boxoffice.booking.boundary.IdempotencyKeyException("missing"),
                new org.boxoffice.booking.boundary.IdempotencyKeyException("invalid"),
                new org.boxoffice.booking.boundary.IdempotencyKeyException("reused"),
                new org.boxoffice.booking.boundary.RequestInProgressException(),
                new org.boxoffice.booking.boundary.UnknownBookingException(7L),
                new org.boxoffice.booking.boundary.EventNotBookableException(7L),
                new org.boxoffice.booking.boundary.CustomerLimitException(4, 3),
                new org.boxoffice.booking.boundary.CancellationClosedException(7L, null),
                new org.boxoffice.booking.boundary.CancellationClosedException(7L, 0),
                new org.boxoffice.booking.boundary.CancellationClosedException(7L, 1),
                new org.boxoffice.booking.boundary.CancellationClosedException(7L, 48),
                new org.boxoffice.booking.boundary.NoPaymentWaitingException(7L),
                new org.boxoffice.payment.control.PaymentProviderException("test", "timeout"),
                new org.boxoffice.payment.control.InvalidWebhookException("test", "no signature"),
                new org.boxoffice.payment.boundary.UnknownProviderException("another"),
                new org.boxoffice.payment.boundary.NothingPaidException(7L),
                new org.boxoffice.payment.boundary.RefundTooLargeException(
                        7L,
                        org.boxoffice.platform.entity.Money.of("15.01", "EUR"),
                        org.boxoffice.platform.entity.Money.of("15.00", "EUR")),
                new org.boxoffice.booking.boundary.UnknownRefundTicketsException(7L, List.of(1L, 2L)),
                new org.boxoffice.booking.boundary.InvalidRefundException(),
                new org.boxoffice.payment.entity.InvalidPaymentException("method"),
                new org.boxoffice.payment.entity.InvalidPaymentException("card-number"),
                new org.boxoffice.payment.entity.InvalidPaymentException("card-expiry"),
                new org.boxoffice.payment.entity.InvalidPaymentException("card-expired"),
                new org.boxoffice.payment.entity.InvalidPaymentException("card-cvc"),
                new org.boxoffice.payment.entity.InvalidPaymentException("payer-email"),
                new org.boxoffice.payment.entity.InvalidPaymentException("wallet-token"),
                new org.boxoffice.catalog.entity.PaymentMethodNotOfferedException(
                        org.boxoffice.payment.entity.PaymentMethod.WALLET,
                        java.util.EnumSet.of(
                                org.boxoffice.payment.entity.PaymentMethod.CARD,
                                org.boxoffice.payment.entity.PaymentMethod.PAYPAL)),
                new org.boxoffice.payment.entity.InvalidPaymentException("card-data"),
                new org.boxoffice.booking.entity.InvalidBookingException("no-lines"),
                new org.boxoffice.booking.entity.InvalidBookingException("currencies", "CHF, EUR"),
                new org.boxoffice.booking.entity.InvalidBookingException("best-and-seats"),
                new org.boxoffice.booking.entity.InvalidBookingException("best-not-seated"),
                new UnknownAccountException(7L),
                new EmailTakenException("ada@example.org"),
                new InvalidCredentialsException(),
                new AccountNotVerifiedException(),
                new InvalidEmailException("ada"),
                new InvalidAccountTokenException(),
                new WeakPasswordException("length"),
                new WeakPasswordException("guessable"),
                new WeakPasswordException("email"),
                new AccountLockedException(Duration.ofMinutes(10)),
                new TooManySignInsException(Duration.ofMinutes(3)),
                new OwnRolesException(),
                new NoRolesException(),
                new org.boxoffice.account.boundary.AccountDisabledException(),
                new org.boxoffice.account.boundary.AccountBusyException(new RuntimeException("lock wait ran out")),
                new OrganisationNameTakenException("Demo Concerts"),
                new UnknownOrganisationException(7L),
                new InvalidOrganisationNameException(150),
                new org.boxoffice.account.entity.InvalidServiceFeeException("9999.99"),
                new NotAnOrganizerException(7L),
                new org.boxoffice.account.entity.InvalidZoneException("Europe/Atlantis"),
                new PasswordMismatchException(),
                new TermsNotAcceptedException("2026-11-01"),
                new InvalidProfileException("name-required"),
                new InvalidProfileException("name-length"),
                new InvalidProfileException("phone"),
                new InvalidProfileException("address-length"),
                new UnknownNotificationException(7L),
                new org.boxoffice.notification.entity.MandatoryNotificationException(
                        org.boxoffice.notification.entity.NotificationKind.BOOKING_CONFIRMATION),
                new org.boxoffice.notification.entity.UnknownNotificationKindException("SPAM"),
                new org.boxoffice.notification.boundary.UnknownDeadLetterException(
                        "b2d1a035-f1d0-11f1-a743-02fc00000001"),
                new org.boxoffice.notification.boundary.DeadLetterNotResendableException(
                        "b2d1a035-f1d0-11f1-a743-02fc00000001", "it names no queue it came from"),
                new UnknownVenueException(7L),
                new NoOrganisationException(),
                new InvalidVenueException("name"),
                new InvalidVenueException("address"),
                new InvalidVenueException("city"),
                new InvalidVenueException("zone"),
                new InvalidVenueException("section-name"),
                new InvalidVenueException("section-name-taken"),
                new InvalidVenueException("rows"),
                new InvalidVenueException("seats"),
                new InvalidVenueException("capacity"),
                new InvalidVenueException("too-large"),
                new InvalidVenueException("category"),
                new InvalidVenueException("seats-unknown"),
                new UnknownCategoryException(7L),
                new CategoryNameTakenException("Jazz"),
                new CategorySlugTakenException("jazz"),
                new CategoryInUseException("Jazz", 1),
                new CategoryInUseException("Jazz", 3),
                new CategoryBusyException(new RuntimeException()),
                new InvalidCategoryException("name"),
                new InvalidCategoryException("slug"),
                new InvalidCategoryException("derived-slug"),
                new org.boxoffice.ticket.boundary.UnknownTicketException(7L),
                new org.boxoffice.ticket.boundary.NoValidTicketsException(4051L)));
        for (InvalidTicketCodeException.Reason reason : InvalidTicketCodeException.Reason.values()) {
            all.add(new InvalidTicketCodeException(reason));
            all.add(new org.boxoffice.ticket.boundary.CheckInException(new InvalidTicketCodeException(reason)));
        }
        for (org.boxoffice.ticket.control.UnreadableBarcodeException.Reason reason :
                org.boxoffice.ticket.control.UnreadableBarcodeException.Reason.values()) {
            all.add(new org.boxoffice.ticket.control.UnreadableBarcodeException(reason));
        }
        for (org.boxoffice.ticket.boundary.CheckInException.Reason reason :
                org.boxoffice.ticket.boundary.CheckInException.Reason.values()) {
            all.add(new org.boxoffice.ticket.boundary.CheckInException(reason, 7L));
        }
        for (org.boxoffice.admin.boundary.AccountAdministrationException.Reason reason :
                org.boxoffice.admin.boundary.AccountAdministrationException.Reason.values()) {
            all.add(new org.boxoffice.admin.boundary.AccountAdministrationException(reason, "ada@example.org"));
        }
        for (org.boxoffice.account.entity.MembershipException.Reason reason :
                org.boxoffice.account.entity.MembershipException.Reason.values()) {
            all.add(new org.boxoffice.account.entity.MembershipException(reason, "ada@example.org", "Demo Concerts"));
        }
        assertThat(new org.boxoffice.account.entity.MembershipException(
                                org.boxoffice.account.entity.MembershipException.Reason.OTHER_ORGANISATION,
                                "ada@example.org",
                                "Demo Concerts")
                        .getMessage())
                .isEqualTo("The account ada@example.org is a member of the organisation \"Demo Concerts\": an account"
                        + " belongs to one organisation at most. Remove it there first.");
        for (org.boxoffice.account.entity.AccountStatusException.Reason reason :
                org.boxoffice.account.entity.AccountStatusException.Reason.values()) {
            all.add(new org.boxoffice.account.entity.AccountStatusException(reason, "ada@example.org", "DISABLED"));
        }
        assertThat(new org.boxoffice.admin.boundary.AccountAdministrationException(
                                org.boxoffice.admin.boundary.AccountAdministrationException.Reason.REASON_REQUIRED, 500)
                        .getMessage())
                .isEqualTo("Give a reason of 1 to 500 characters of text: the audit trail keeps it.");
        for (org.boxoffice.analytics.boundary.AnalyticsException.Reason reason :
                org.boxoffice.analytics.boundary.AnalyticsException.Reason.values()) {
            all.add(new org.boxoffice.analytics.boundary.AnalyticsException(reason, "from", "2026-12-06"));
        }
        for (org.boxoffice.sales.boundary.SalesReportException.Reason reason :
                org.boxoffice.sales.boundary.SalesReportException.Reason.values()) {
            all.add(new org.boxoffice.sales.boundary.SalesReportException(reason, "from", "2026-12-06", "UTC"));
        }
        for (org.boxoffice.reconciliation.boundary.ReconciliationException.Reason reason :
                org.boxoffice.reconciliation.boundary.ReconciliationException.Reason.values()) {
            all.add(new org.boxoffice.reconciliation.boundary.ReconciliationException(reason, "2026-12-06", "UTC"));
        }
        for (org.boxoffice.account.entity.ApiClientException.Reason reason :
                org.boxoffice.account.entity.ApiClientException.Reason.values()) {
            all.add(new org.boxoffice.account.entity.ApiClientException(reason, "bxc_x"));
        }
        all.add(new org.boxoffice.platform.RateLimitException(
                "client", 600, Duration.ofMinutes(1), Duration.ofSeconds(17)));
        all.add(new org.boxoffice.platform.RateLimitException(
                "address", 300, Duration.ofMinutes(1), Duration.ofSeconds(17)));
        for (org.boxoffice.support.entity.SupportException.Reason reason :
                org.boxoffice.support.entity.SupportException.Reason.values()) {
            all.add(new org.boxoffice.support.entity.SupportException(reason, 7L, 1, 5));
        }
        for (org.boxoffice.review.entity.ReviewException.Reason reason :
                org.boxoffice.review.entity.ReviewException.Reason.values()) {
            all.add(new org.boxoffice.review.entity.ReviewException(reason, 7L, 1, 5));
        }
        for (org.boxoffice.webhook.entity.WebhookException.Reason reason :
                org.boxoffice.webhook.entity.WebhookException.Reason.values()) {
            all.add(new org.boxoffice.webhook.entity.WebhookException(reason, "7", "127.0.0.1"));
        }
        for (org.boxoffice.ticket.entity.ScannerTokenException.Reason reason :
                org.boxoffice.ticket.entity.ScannerTokenException.Reason.values()) {
            all.add(new org.boxoffice.ticket.entity.ScannerTokenException(reason, 7L));
        }
        for (org.boxoffice.booking.boundary.PaymentHistoryException.Reason reason :
                org.boxoffice.booking.boundary.PaymentHistoryException.Reason.values()) {
            all.add(new org.boxoffice.booking.boundary.PaymentHistoryException(reason, "7"));
        }
        for (org.boxoffice.settings.entity.Setting setting : org.boxoffice.settings.entity.Setting.values()) {
            try {
                setting.normalize("not a value\u0000");
            } catch (org.boxoffice.settings.entity.SettingException e) {
                all.add(e);
            }
        }
        all.add(new org.boxoffice.settings.entity.SettingException(
                org.boxoffice.settings.entity.SettingException.Reason.UNKNOWN, "boxoffice.nothing"));
        all.add(new org.boxoffice.settings.entity.SettingException(
                org.boxoffice.settings.entity.SettingException.Reason.TOO_MANY_ADDRESSES,
                "boxoffice.reports.finance-addresses",
                21,
                20));
        for (org.boxoffice.analytics.boundary.UserAnalyticsException.Reason reason :
                org.boxoffice.analytics.boundary.UserAnalyticsException.Reason.values()) {
            all.add(new org.boxoffice.analytics.boundary.UserAnalyticsException(reason, "2026-12-06", "2026-12-01"));
        }
        java.time.OffsetDateTime admitted = java.time.OffsetDateTime.parse("2026-05-01T17:42:05Z");
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        all.add(new org.boxoffice.ticket.boundary.AlreadyAdmittedException(7L, admitted, "North", berlin));
        all.add(new org.boxoffice.ticket.boundary.AlreadyAdmittedException(7L, admitted, null, berlin));
        assertThat(new org.boxoffice.ticket.boundary.AlreadyAdmittedException(7L, admitted, "North", berlin)
                        .getMessage())
                .isEqualTo("This ticket was already used: it let someone in at 2026-05-01 19:42:05 (Europe/Berlin)"
                        + " at gate North.");
        assertThat(new org.boxoffice.ticket.boundary.AlreadyAdmittedException(7L, admitted, null, berlin).getMessage())
                .isEqualTo("This ticket was already used: it let someone in at 2026-05-01 19:42:05 (Europe/Berlin).");
        assertThat(new org.boxoffice.ticket.boundary.CheckInException(
                                new InvalidTicketCodeException(InvalidTicketCodeException.Reason.FORGED))
                        .getMessage())
                .isEqualTo(new InvalidTicketCodeException(InvalidTicketCodeException.Reason.FORGED).getMessage());

        assertThat(all).allSatisfy(exception -> {
            assertThat(exception.getMessage()).isNotEqualTo(exception.code()).doesNotContain("{", "}");
            assertThat(exception.title(Locale.ENGLISH))
                    .isNotEqualTo(exception.code() + ".title")
                    .isNotBlank();
        });
        Set<String> codes = codesInSources().keySet();
        assertThat(all).extracting(BusinessException::code).allSatisfy(code -> assertThat(codes)
                .anyMatch(known -> known.endsWith(".") ? code.startsWith(known) : code.equals(known)));
        assertThat(codes).allSatisfy(known -> assertThat(all)
                .extracting(BusinessException::code)
                .anyMatch(code -> known.endsWith(".") ? code.startsWith(known) : code.equals(known)));
    }

    @Test
    void everyMessageKeepsItsApostrophes() {
        // MessageFormat swallows a single ' (it quotes); an apostrophe has to be written ''
        Properties messages = messages();
        for (String key : messages.stringPropertyNames()) {
            assertThat(messages.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
        }
    }

    /** code -> the file that uses it, for every {@code super(Kind.X, "code"} in a subclass. */
    private static Map<String, String> codesInSources() {
        Map<String, String> codes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (!source.contains("extends BusinessException")) {
                    continue;
                }
                Matcher matcher = CODE.matcher(source);
                boolean found = false;
                while (matcher.find()) {
                    codes.put(matcher.group(2), file.getFileName().toString());
                    found = true;
                }
                assertThat(found)
                        .as("%s passes its code to super(Kind.X, \"code\", ...) literally", file)
                        .isTrue();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static Properties messages() {
        Properties messages = new Properties();
        try (InputStream in = BusinessException.class.getResourceAsStream("messages.properties")) {
            assertThat(in).as("org/boxoffice/platform/messages.properties").isNotNull();
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
