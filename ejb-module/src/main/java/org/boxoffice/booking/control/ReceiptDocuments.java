package org.boxoffice.booking.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.boxoffice.payment.entity.PaymentMethod;
import org.boxoffice.payment.entity.RefundReason;
import org.boxoffice.payment.entity.RefundStatus;
import org.boxoffice.platform.control.ReaderFormats;
import org.boxoffice.platform.entity.Money;

/**
 * A payment's receipt as a PDF of one A4 page (OpenPDF, as the tickets are drawn): who sold (the
 * organisation), to whom, the event, the booking number, when the payment was made (in the
 * venue's zone), each line with its ticket type, seat or places and price, the subtotal, the
 * service fee (when there is one), the total, the VAT the prices contain (when the rate is not 0), how it was
 * paid (a card by its brand and last four digits only), our reference of the payment, and each
 * refund with its date, amount and state. The texts come from {@code
 * org/boxoffice/booking/receipts.properties} in the reader's language; the font is Liberation Sans,
 * which OpenPDF carries and embeds.
 */
@ApplicationScoped
public class ReceiptDocuments {

    private static final String BUNDLE = "org.boxoffice.booking.receipts";
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    /** The languages receipts are printed in; the first is the default. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    /** The bundle of the language asked for, else the base (English) one: never the server's default language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** How a payment was made: a card shows its brand and last four digits, nothing more. */
    public record Method(PaymentMethod method, String cardBrand, String cardLast4) {

        public Method {
            Objects.requireNonNull(method, "method");
        }
    }

    /**
     * One line of the booking: a seat ({@code seat} names it) or places of general admission
     * ({@code seat} null, {@code quantity} of them), at {@code price} for the line.
     */
    public record Line(String ticketType, String seat, int quantity, Money price) {

        public Line {
            Objects.requireNonNull(price, "price");
        }
    }

    /**
     * How the total is made up (see {@code Booking}): the tickets' prices together ({@code subtotal},
     * VAT included), the service fee of one ticket and the number of tickets that carry it, their
     * fees together, and the VAT rate (percent) the prices contain with the VAT it comes to.
     */
    public record Charges(Money subtotal, Money serviceFee, int feeTickets, Money fees, BigDecimal vatRate, Money tax) {

        public Charges {
            Objects.requireNonNull(subtotal, "subtotal");
            Objects.requireNonNull(serviceFee, "serviceFee");
            Objects.requireNonNull(fees, "fees");
            Objects.requireNonNull(vatRate, "vatRate");
            Objects.requireNonNull(tax, "tax");
        }

        /** Whether a service fee was charged: its line is shown only then. */
        public boolean charged() {
            return !fees.isZero();
        }

        /** Whether the prices contain VAT: its line is shown only then. */
        public boolean taxed() {
            return vatRate.signum() > 0;
        }
    }

    /** Money that went back, or is on its way, when it was asked for (in the venue's zone). */
    public record Refund(ZonedDateTime when, Money amount, RefundStatus status, RefundReason reason) {}

    /** What a receipt shows; {@code seller} is null for an event of no organisation, {@code customer} may be null. */
    public record Receipt(
            String seller,
            String customer,
            String eventTitle,
            String venue,
            ZonedDateTime startsAt,
            String bookingNumber,
            ZonedDateTime paidAt,
            List<Line> lines,
            Charges charges,
            Money total,
            Method method,
            String reference,
            List<Refund> refunds,
            Money refunded) {

        public Receipt {
            Objects.requireNonNull(eventTitle, "eventTitle");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(paidAt, "paidAt");
            Objects.requireNonNull(charges, "charges");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(method, "method");
            lines = List.copyOf(lines);
            refunds = List.copyOf(refunds);
        }
    }

    /** The first of the reader's languages (in their order of preference) that receipts are printed in. */
    public static Optional<Locale> language(List<Locale> preferred) {
        for (Locale wanted : preferred) {
            for (Locale language : LANGUAGES) {
                if (language.getLanguage().equals(wanted.getLanguage())) {
                    return Optional.of(language);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A card as a receipt shows it: "Visa ···4242"; a PayPal or wallet payment by its method's
     * name, with the card behind a wallet when the provider told it.
     */
    public static String method(Method method, Locale language) {
        ResourceBundle texts = texts(language);
        String card = method.cardLast4() == null
                ? null
                : (method.cardBrand() == null ? "" : method.cardBrand() + " ") + "···" + method.cardLast4();
        return switch (method.method()) {
            case CARD -> card == null ? texts.getString("receipt.method.CARD") : card;
            case PAYPAL -> texts.getString("receipt.method.PAYPAL");
            case WALLET -> texts.getString("receipt.method.WALLET") + (card == null ? "" : " (" + card + ")");
        };
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ReceiptDocuments.class.getClassLoader(), NO_FALLBACK);
    }

    private record Fonts(Font title, Font label, Font text, Font head, Font strong, Font small) {
        Fonts(BaseFont base) {
            this(
                    new Font(base, 22, Font.NORMAL),
                    new Font(base, 9, Font.NORMAL, Color.GRAY),
                    new Font(base, 11, Font.NORMAL),
                    new Font(base, 9, Font.NORMAL, Color.DARK_GRAY),
                    new Font(base, 12, Font.BOLD),
                    new Font(base, 8, Font.NORMAL, Color.GRAY));
        }
    }

    /** The receipt as a PDF, in this language. */
    public byte[] pdf(Receipt receipt, Locale language) {
        ResourceBundle texts = texts(language);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(texts.getString("receipt.title") + " " + receipt.reference());
            document.open();
            Fonts fonts = new Fonts(BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
            draw(document, receipt, texts, language, fonts);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the receipt's PDF could not be made", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static void draw(Document document, Receipt receipt, ResourceBundle texts, Locale language, Fonts fonts)
            throws DocumentException {
        document.add(new Paragraph(
                receipt.seller() == null ? texts.getString("receipt.platform") : receipt.seller(), fonts.label()));
        Paragraph title = new Paragraph(texts.getString("receipt.title"), fonts.title());
        title.setSpacingAfter(12);
        document.add(title);

        PdfPTable facts = new PdfPTable(new float[] {1, 3});
        facts.setWidthPercentage(100);
        fact(
                facts,
                texts.getString("receipt.seller"),
                orElse(receipt.seller(), texts.getString("receipt.platform")),
                fonts);
        if (receipt.customer() != null && !receipt.customer().isBlank()) {
            fact(facts, texts.getString("receipt.customer"), receipt.customer(), fonts);
        }
        fact(facts, texts.getString("receipt.event"), receipt.eventTitle(), fonts);
        fact(facts, texts.getString("receipt.when"), ReaderFormats.when(receipt.startsAt(), language), fonts);
        if (receipt.venue() != null) {
            fact(facts, texts.getString("receipt.where"), receipt.venue(), fonts);
        }
        fact(facts, texts.getString("receipt.booking"), orElse(receipt.bookingNumber(), ""), fonts);
        fact(facts, texts.getString("receipt.paidAt"), ReaderFormats.when(receipt.paidAt(), language), fonts);
        fact(facts, texts.getString("receipt.method"), method(receipt.method(), language), fonts);
        fact(facts, texts.getString("receipt.reference"), orElse(receipt.reference(), ""), fonts);
        facts.setSpacingAfter(18);
        document.add(facts);

        PdfPTable lines = new PdfPTable(new float[] {2, 3, 1.4f});
        lines.setWidthPercentage(100);
        head(
                lines,
                fonts,
                texts.getString("receipt.ticketType"),
                texts.getString("receipt.seatOrPlaces"),
                texts.getString("receipt.price"));
        for (Line line : receipt.lines()) {
            String what = line.seat() != null
                    ? line.seat()
                    : new MessageFormat(texts.getString("receipt.places"), language)
                            .format(new Object[] {line.quantity()});
            row(lines, fonts.text(), orElse(line.ticketType(), ""), what, money(line.price(), language));
        }
        Charges charges = receipt.charges();
        sum(lines, fonts.text(), texts.getString("receipt.subtotal"), money(charges.subtotal(), language));
        if (charges.charged()) {
            sum(
                    lines,
                    fonts.text(),
                    new MessageFormat(texts.getString("receipt.serviceFee"), language).format(new Object[] {
                        money(charges.serviceFee(), language), String.valueOf(charges.feeTickets())
                    }),
                    money(charges.fees(), language));
        }
        total(lines, fonts, texts.getString("receipt.total"), money(receipt.total(), language));
        if (charges.taxed()) {
            sum(
                    lines,
                    fonts.label(),
                    new MessageFormat(texts.getString("receipt.vat"), language).format(new Object[] {
                        NumberFormat.getNumberInstance(ReaderFormats.of(language))
                                .format(charges.vatRate())
                    }),
                    money(charges.tax(), language));
        }
        lines.setSpacingAfter(18);
        document.add(lines);

        if (!receipt.refunds().isEmpty()) {
            Paragraph heading = new Paragraph(texts.getString("receipt.refunds"), fonts.strong());
            heading.setSpacingAfter(6);
            document.add(heading);
            PdfPTable refunds = new PdfPTable(new float[] {2.4f, 2.6f, 1.4f});
            refunds.setWidthPercentage(100);
            head(
                    refunds,
                    fonts,
                    texts.getString("receipt.refundDate"),
                    texts.getString("receipt.refundState"),
                    texts.getString("receipt.refundAmount"));
            for (Refund refund : receipt.refunds()) {
                row(
                        refunds,
                        fonts.text(),
                        ReaderFormats.when(refund.when(), language),
                        texts.getString("receipt.refund." + refund.status().name()) + " · "
                                + texts.getString(
                                        "receipt.reason." + refund.reason().name()),
                        money(refund.amount(), language));
            }
            if (receipt.refunded() != null) {
                total(refunds, fonts, texts.getString("receipt.refunded"), money(receipt.refunded(), language));
            }
            refunds.setSpacingAfter(18);
            document.add(refunds);
        }

        Paragraph footer = new Paragraph(texts.getString("receipt.footer"), fonts.small());
        footer.setSpacingBefore(12);
        document.add(footer);
    }

    private static String money(Money money, Locale language) {
        return ReaderFormats.money(money.amount(), money.currency(), language);
    }

    private static void fact(PdfPTable table, String label, String value, Fonts fonts) {
        table.addCell(cell(label, fonts.label(), Element.ALIGN_LEFT, Rectangle.NO_BORDER));
        table.addCell(cell(value, fonts.text(), Element.ALIGN_LEFT, Rectangle.NO_BORDER));
    }

    private static void head(PdfPTable table, Fonts fonts, String first, String second, String amount) {
        table.addCell(cell(first, fonts.head(), Element.ALIGN_LEFT, Rectangle.BOTTOM));
        table.addCell(cell(second, fonts.head(), Element.ALIGN_LEFT, Rectangle.BOTTOM));
        table.addCell(cell(amount, fonts.head(), Element.ALIGN_RIGHT, Rectangle.BOTTOM));
        table.setHeaderRows(1);
    }

    private static void row(PdfPTable table, Font font, String first, String second, String amount) {
        table.addCell(cell(first, font, Element.ALIGN_LEFT, Rectangle.NO_BORDER));
        table.addCell(cell(second, font, Element.ALIGN_LEFT, Rectangle.NO_BORDER));
        table.addCell(cell(amount, font, Element.ALIGN_RIGHT, Rectangle.NO_BORDER));
    }

    /** A line of the sums below the lines: its text over two columns, its amount in the third. */
    private static void sum(PdfPTable table, Font font, String label, String amount) {
        PdfPCell name = cell(label, font, Element.ALIGN_LEFT, Rectangle.NO_BORDER);
        name.setColspan(2);
        table.addCell(name);
        table.addCell(cell(amount, font, Element.ALIGN_RIGHT, Rectangle.NO_BORDER));
    }

    private static void total(PdfPTable table, Fonts fonts, String label, String amount) {
        PdfPCell name = cell(label, fonts.strong(), Element.ALIGN_LEFT, Rectangle.TOP);
        name.setColspan(2);
        table.addCell(name);
        table.addCell(cell(amount, fonts.strong(), Element.ALIGN_RIGHT, Rectangle.TOP));
    }

    private static PdfPCell cell(String text, Font font, int alignment, int border) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(border);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(6);
        return cell;
    }

    private static String orElse(String text, String otherwise) {
        return text == null ? otherwise : text;
    }
}
