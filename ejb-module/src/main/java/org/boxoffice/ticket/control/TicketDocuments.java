package org.boxoffice.ticket.control;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.boxoffice.platform.control.ReaderFormats;
import org.boxoffice.ticket.control.Barcodes.Symbology;

/**
 * Tickets as a PDF, one A4 page each (OpenPDF): the event, when (in the venue's zone, named), where
 * (venue and address), the seat or admission type, the holder, the price and the booking number,
 * the code as a QR code (an Aztec code for a journey, as rail tickets have) and as a Code 128 bar
 * code for laser scanners, the code in letters for typing in, and the event's image when it has
 * one. The texts come from {@code org/boxoffice/ticket/documents.properties} in the reader's
 * language. The font is Liberation Sans, which OpenPDF carries and embeds: Latin, Greek and Cyrillic
 * names print as written.
 */
@ApplicationScoped
public class TicketDocuments {

    private static final String BUNDLE = "org.boxoffice.ticket.documents";
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    /** The side of the square code on the page, in points (6 cm). */
    private static final float CODE_SIDE = 170;

    /**
     * The bar code: at least this many pixels wide as ZXing lays it out, in a box of this width to
     * height ratio, fitted into the width of the page and {@link #BARS_BOX_HEIGHT} points high.
     */
    private static final int BARS_WIDTH = 600;

    private static final float BARS_HEIGHT = 120;
    private static final float BARS_BOX_HEIGHT = 60;

    /** The languages tickets are printed in; the first is the default. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    /**
     * The bundle of the language asked for, else the base (English) one: never the server's default
     * language, which the JDK's usual fallback would pick for a language without its own file.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** What one page shows; {@code image} and {@code holder} may be null. */
    public record Page(
            String eventTitle,
            String venueName,
            String venueAddress,
            ZonedDateTime startsAt,
            String admission,
            String holder,
            BigDecimal price,
            Currency currency,
            String bookingNumber,
            String code,
            byte[] image,
            boolean journey) {

        public Page {
            Objects.requireNonNull(eventTitle, "eventTitle");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(code, "code");
        }
    }

    @Inject
    Barcodes barcodes;

    public TicketDocuments() {}

    TicketDocuments(Barcodes barcodes) {
        this.barcodes = barcodes;
    }

    /** The first of the reader's languages (in their order of preference) that tickets are printed in; else English. */
    public static Locale language(List<Locale> preferred) {
        for (Locale wanted : preferred) {
            for (Locale language : LANGUAGES) {
                if (language.getLanguage().equals(wanted.getLanguage())) {
                    return language;
                }
            }
        }
        return LANGUAGES.get(0);
    }

    /** A seat as the ticket names it: "Stalls, row C, seat 12". */
    public static String seat(Locale locale, String section, String row, int number) {
        return MessageFormat.format(text(texts(locale), "ticket.seat"), section, row, String.valueOf(number));
    }

    /**
     * What a ticket admits to: its type, and its seat where it has one ("Stalls · Stalls, row C,
     * seat 12"); as the page prints it, the door shows it and the check-in list names it.
     */
    public static String admission(String ticketType, String seat) {
        String type = ticketType == null ? "" : ticketType;
        return seat == null ? type : type + " · " + seat;
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, TicketDocuments.class.getClassLoader(), NO_FALLBACK);
    }

    /** The pages as one PDF, in this order. */
    public byte[] pdf(List<Page> pages, Locale locale) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a PDF of tickets needs at least one ticket");
        }
        ResourceBundle texts = texts(locale);
        // the pages of one booking share the event's image: embedded once, drawn on each page
        Map<byte[], Image> images = new IdentityHashMap<>();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            // images stay where they are added instead of floating past the text that follows
            PdfWriter.getInstance(document, pdf).setStrictImageSequence(true);
            document.addTitle(pages.get(0).eventTitle());
            document.open();
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Fonts fonts = new Fonts(base);
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                page(document, pages.get(i), i + 1, pages.size(), texts, locale, fonts, images);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the tickets' PDF could not be made", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private record Fonts(Font title, Font label, Font text, Font small, Font code) {
        Fonts(BaseFont base) {
            this(
                    new Font(base, 22, Font.NORMAL),
                    new Font(base, 9, Font.NORMAL, Color.GRAY),
                    new Font(base, 13, Font.NORMAL),
                    new Font(base, 9, Font.NORMAL),
                    new Font(base, 8, Font.NORMAL));
        }
    }

    private void page(
            Document document,
            Page page,
            int number,
            int count,
            ResourceBundle texts,
            Locale locale,
            Fonts fonts,
            Map<byte[], Image> images)
            throws DocumentException, IOException {
        Paragraph heading =
                new Paragraph(MessageFormat.format(text(texts, "ticket.number"), number, count), fonts.label());
        document.add(heading);
        Paragraph title = new Paragraph(page.eventTitle(), fonts.title());
        title.setSpacingAfter(12);
        document.add(title);
        if (page.image() != null && page.image().length > 0) {
            Image image = images.get(page.image());
            if (image == null) {
                image = Image.getInstance(page.image());
                image.scaleToFit(document.getPageSize().getWidth() - 96, 140);
                image.setSpacingAfter(12);
                images.put(page.image(), image);
            }
            document.add(image);
        }

        PdfPTable facts = new PdfPTable(new float[] {1, 3});
        facts.setWidthPercentage(100);
        fact(facts, text(texts, "ticket.when"), ReaderFormats.when(page.startsAt(), locale), fonts);
        String where = page.venueName() == null
                ? ""
                : page.venueName() + (page.venueAddress() == null ? "" : "\n" + page.venueAddress());
        fact(facts, text(texts, "ticket.where"), where, fonts);
        fact(facts, text(texts, "ticket.admission"), orEmpty(page.admission()), fonts);
        if (page.holder() != null && !page.holder().isBlank()) {
            fact(facts, text(texts, "ticket.holder"), page.holder(), fonts);
        }
        if (page.price() != null && page.currency() != null) {
            fact(facts, text(texts, "ticket.price"), ReaderFormats.money(page.price(), page.currency(), locale), fonts);
        }
        fact(facts, text(texts, "ticket.booking"), orEmpty(page.bookingNumber()), fonts);
        facts.setSpacingAfter(18);
        document.add(facts);

        Symbology square = page.journey() ? Symbology.AZTEC : Symbology.QR_CODE;
        Image code = image(barcodes.matrix(square, page.code(), 0, 0));
        code.scaleAbsolute(CODE_SIDE, CODE_SIDE);
        code.setAlignment(Element.ALIGN_CENTER);
        document.add(code);
        // one pixel high, drawn as large as an image of its width and BARS_HEIGHT fits the box
        BitMatrix barsMatrix = barcodes.matrix(Symbology.CODE_128, page.code(), BARS_WIDTH, 0);
        Image bars = image(barsMatrix);
        float scale = Math.min(
                (document.getPageSize().getWidth() - 96) / barsMatrix.getWidth(), BARS_BOX_HEIGHT / BARS_HEIGHT);
        bars.scaleAbsolute(barsMatrix.getWidth() * scale, BARS_HEIGHT * scale);
        bars.setAlignment(Element.ALIGN_CENTER);
        document.add(bars);

        Paragraph letters = new Paragraph(new Chunk(grouped(page.code()), fonts.code()));
        letters.setAlignment(Element.ALIGN_CENTER);
        letters.setSpacingBefore(6);
        document.add(letters);
        Paragraph hint = new Paragraph(text(texts, "ticket.code"), fonts.small());
        hint.setAlignment(Element.ALIGN_CENTER);
        hint.setSpacingBefore(6);
        document.add(hint);
    }

    /**
     * The barcode's modules as a one-bit grey image of one pixel a module, which the page scales:
     * sharp at any size (viewers enlarge it without smoothing, as it asks for no interpolation) and
     * a few hundred bytes, where a PNG of the code would be tens of kilobytes to encode and decode.
     */
    private static Image image(BitMatrix matrix) throws DocumentException {
        Image image = Image.getInstance(matrix.getWidth(), matrix.getHeight(), 1, 1, Barcodes.packed(matrix));
        image.setInterpolation(false);
        return image;
    }

    private static void fact(PdfPTable table, String label, String value, Fonts fonts) {
        PdfPCell name = new PdfPCell(new Phrase(label, fonts.label()));
        name.setBorder(PdfPCell.NO_BORDER);
        name.setPaddingBottom(6);
        table.addCell(name);
        PdfPCell text = new PdfPCell(new Phrase(value, fonts.text()));
        text.setBorder(PdfPCell.NO_BORDER);
        text.setPaddingBottom(6);
        table.addCell(text);
    }

    /** The code in groups of five, wrapped by the page: easier to read out and to type in. */
    static String grouped(String code) {
        StringBuilder text = new StringBuilder(code.length() + code.length() / 5);
        for (int i = 0; i < code.length(); i += 5) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(code, i, Math.min(code.length(), i + 5));
        }
        return text.toString();
    }

    private static String text(ResourceBundle texts, String key) {
        return texts.getString(key);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
