package org.boxoffice.booking.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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

    /** No service fee, no VAT: the lines, their subtotal and the total only. */
    private static final ReceiptDocuments.Charges NO_CHARGES = new ReceiptDocuments.Charges(
            Money.of("109.00", "EUR"),
            Money.of("0.00", "EUR"),
            4,
            Money.of("0.00", "EUR"),
            BigDecimal.ZERO.setScale(2),
            Money.of("0.00", "EUR"));

    private static ReceiptDocuments.Receipt receipt(List<ReceiptDocuments.Refund> refunds, Money refunded) {
        return receipt(NO_CHARGES, Money.of("109.00", "EUR"), refunds, refunded);
    }

    private static ReceiptDocuments.Receipt receipt(
            ReceiptDocuments.Charges charges, Money total, List<ReceiptDocuments.Refund> refunds, Money refunded) {
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
                charges,
                total,
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
                .doesNotContain("Refunds", "Service fee", "VAT");
    }

    /** Four tickets with a price at a fee of 1.50, VAT 19 %: 109.00 + 6.00 = 115.00, VAT 109 × 19 / 119 = 17.40. */
    private static final ReceiptDocuments.Charges FEE_AND_VAT = new ReceiptDocuments.Charges(
            Money.of("109.00", "EUR"),
            Money.of("1.50", "EUR"),
            4,
            Money.of("6.00", "EUR"),
            new BigDecimal("19.00"),
            Money.of("17.40", "EUR"));

    @Test
    void aReceiptItemisesTheServiceFeeAndTheVatThePricesContain() {
        String text =
                text(documents.pdf(receipt(FEE_AND_VAT, Money.of("115.00", "EUR"), List.of(), null), Locale.ENGLISH));

        assertThat(text)
                .contains(
                        "Subtotal (tickets) €109.00",
                        "Service fee (€1.50 × 4) €6.00",
                        "Total paid €115.00",
                        "incl. VAT 19 % €17.40");
        assertThat(text.indexOf("Subtotal")).isLessThan(text.indexOf("Service fee"));
        assertThat(text.indexOf("Service fee")).isLessThan(text.indexOf("Total paid"));
        assertThat(text.indexOf("Total paid")).isLessThan(text.indexOf("incl. VAT"));
    }

    @Test
    void theFeeAndAReducedRateInGerman() {
        ReceiptDocuments.Charges reduced = new ReceiptDocuments.Charges(
                Money.of("109.00", "EUR"),
                Money.of("1.50", "EUR"),
                4,
                Money.of("6.00", "EUR"),
                new BigDecimal("7.50"),
                Money.of("7.60", "EUR"));

        String text = text(documents.pdf(receipt(reduced, Money.of("115.00", "EUR"), List.of(), null), Locale.GERMAN));

        assertThat(text)
                .contains(
                        "Zwischensumme (Tickets) 109,00 €",
                        "Servicegebühr (1,50 € × 4) 6,00 €",
                        "Bezahlt insgesamt 115,00 €",
                        "inkl. MwSt. 7,5 % 7,60 €");
    }

    @Test
    void vatWithoutAFeeShowsNoFeeLine() {
        ReceiptDocuments.Charges vatOnly = new ReceiptDocuments.Charges(
                Money.of("109.00", "EUR"),
                Money.of("0.00", "EUR"),
                4,
                Money.of("0.00", "EUR"),
                new BigDecimal("19.00"),
                Money.of("17.40", "EUR"));

        String text = text(documents.pdf(receipt(vatOnly, Money.of("109.00", "EUR"), List.of(), null), Locale.ENGLISH));

        assertThat(text).contains("Total paid €109.00", "incl. VAT 19 % €17.40").doesNotContain("Service fee");
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
