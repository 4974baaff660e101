package org.boxoffice.booking.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boxoffice.payment.entity.PaymentMethod;
import org.boxoffice.payment.entity.RefundReason;
import org.boxoffice.payment.entity.RefundStatus;
import org.boxoffice.platform.entity.Money;
import org.junit.jupiter.api.Test;

class ReceiptDocumentsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ReceiptDocuments documents = new ReceiptDocuments();

    private static ReceiptDocuments.Receipt receipt(List<ReceiptDocuments.Refund> refunds, Money refunded) {
        return new ReceiptDocuments.Receipt(
                "Elbe Concerts GmbH",
                "Zoë Łukasiewicz",
                "Mahler: Symphony No. 5",
                "Elbe Concert Hall\nPlatz der Deutschen Einheit 4, Hamburg",
                LocalDateTime.of(2026, 12, 8, 20, 0).atZone(BERLIN),
                "4051",
                LocalDateTime.of(2026, 11, 2, 9, 15).atZone(BERLIN),
                List.of(
                        new ReceiptDocuments.Line("Stalls", "Stalls, row C, seat 12", 1, Money.of("49.00", "EUR")),
                        new ReceiptDocuments.Line("Standing", null, 3, Money.of("60.00", "EUR"))),
                Money.of("109.00", "EUR"),
                new ReceiptDocuments.Method(PaymentMethod.CARD, "Visa", "4242"),
                "payment-7001",
                refunds,
                refunded);
    }

    @Test
    void aReceiptShowsSellerLinesTotalCardAndReference() {
        String text = text(documents.pdf(receipt(List.of(), null), Locale.ENGLISH));

        assertThat(text)
                .contains(
                        "Receipt",
                        "Elbe Concerts GmbH",
                        "Zoë Łukasiewicz",
                        "Mahler: Symphony No. 5",
                        "4051",
                        "Tuesday, 8 December 2026, 20:00",
                        "Monday, 2 November 2026, 09:15 (Central European Time)",
                        "Stalls, row C, seat 12",
                        "3 places",
                        "€49.00",
                        "€60.00",
                        "Total paid",
                        "€109.00",
                        "Visa ···4242",
                        "payment-7001")
                .doesNotContain("Refunds");
    }

    @Test
    void eachRefundIsListedWithItsDateAndAmountInGerman() {
        String text = text(documents.pdf(
                receipt(
                        List.of(
                                new ReceiptDocuments.Refund(
                                        LocalDateTime.of(2026, 11, 5, 14, 30).atZone(BERLIN),
                                        Money.of("5.00", "EUR"),
                                        RefundStatus.SUCCEEDED,
                                        RefundReason.ADMIN),
                                new ReceiptDocuments.Refund(
                                        LocalDateTime.of(2026, 11, 6, 8, 0).atZone(BERLIN),
                                        Money.of("10.00", "EUR"),
                                        RefundStatus.PENDING,
                                        RefundReason.CUSTOMER_CANCELLATION)),
                        Money.of("5.00", "EUR")),
                Locale.GERMAN));

        assertThat(text)
                .contains(
                        "Quittung",
                        "Verkauft von",
                        "3 Plätze",
                        "109,00 €",
                        "Erstattungen",
                        "Donnerstag, 5. November 2026",
                        "14:30",
                        "5,00 €",
                        "10,00 €",
                        "erstattet",
                        "unterwegs",
                        "Erstattet insgesamt",
                        "Visa ···4242");
    }

    @Test
    void theMethodShowsACardByBrandAndLastFourOnly() {
        assertThat(ReceiptDocuments.method(
                        new ReceiptDocuments.Method(PaymentMethod.CARD, "Mastercard", "4444"), Locale.ENGLISH))
                .isEqualTo("Mastercard ···4444");
        assertThat(ReceiptDocuments.method(
                        new ReceiptDocuments.Method(PaymentMethod.PAYPAL, null, null), Locale.GERMAN))
                .isEqualTo("PayPal");
        assertThat(ReceiptDocuments.method(
                        new ReceiptDocuments.Method(PaymentMethod.WALLET, "Visa", "1881"), Locale.ENGLISH))
                .isEqualTo("Wallet (Visa ···1881)");
    }

    @Test
    void theLanguageIsTheFirstPreferredOneReceiptsArePrintedIn() {
        assertThat(ReceiptDocuments.language(List.of(Locale.FRENCH, Locale.GERMANY, Locale.ENGLISH)))
                .contains(Locale.GERMAN);
        assertThat(ReceiptDocuments.language(List.of(Locale.FRENCH))).isEmpty();
    }

    private static String text(byte[] pdf) {
        keep(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            // German amounts keep a no-break space before the currency sign
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last receipt drawn, kept in target/ for a look at the page. */
    private static void keep(byte[] pdf) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "receipts"));
            Files.write(folder.resolve("receipt.pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
