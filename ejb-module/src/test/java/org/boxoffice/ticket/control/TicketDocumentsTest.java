package org.boxoffice.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boxoffice.ticket.control.Barcodes.Symbology;
import org.junit.jupiter.api.Test;

class TicketDocumentsTest {

    private static final String CODE =
            "6BFOXN*TS0BI$ZD.P9UOL97O4-2HH77HRM3DSPTLRR+%3" + "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final TicketDocuments documents = new TicketDocuments(new Barcodes());

    private static TicketDocuments.Page seat(String code, byte[] image) {
        return new TicketDocuments.Page(
                "Mahler: Symphony No. 5",
                "Elbe Concert Hall",
                "Platz der Deutschen Einheit 4, 20457 Hamburg",
                LocalDateTime.of(2026, 12, 8, 20, 0).atZone(ZoneId.of("Europe/Berlin")),
                "Stalls, row C, seat 12",
                "Zoë Łukasiewicz-Андреева",
                new BigDecimal("49.00"),
                Currency.getInstance("EUR"),
                "B-1042",
                code,
                image,
                false);
    }

    @Test
    void onePagePerTicketWithEverythingTheDoorAndTheHolderNeed() throws Exception {
        byte[] pdf = documents.pdf(List.of(seat(CODE, image()), seat("SECONDCODE0123456789", null)), Locale.ENGLISH);

        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(read).replaceAll("\\s+", " ");
            assertThat(first)
                    .contains("Mahler: Symphony No. 5")
                    .contains("Ticket 1 of 2")
                    .contains("Elbe Concert Hall")
                    .contains("Platz der Deutschen Einheit 4, 20457 Hamburg")
                    .as("the time written as the confirmation mail that carries the PDF writes it")
                    .contains("Tuesday, 8 December 2026, 20:00 (Central European Time)")
                    .contains("Stalls, row C, seat 12")
                    .contains("Zoë Łukasiewicz-Андреева")
                    .contains("€49.00")
                    .contains("B-1042")
                    .contains(TicketDocuments.grouped(CODE).substring(0, 17));
            assertThat(read.getPage(0).getResources().getXObjectNames())
                    .as("the event image, the QR code and the bar code")
                    .hasSize(3);
        }
    }

    @Test
    void theCodesOnThePageDecodeBackToTheTicketsCode() throws Exception {
        byte[] pdf = documents.pdf(List.of(seat(CODE, null)), Locale.ENGLISH);

        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(decodedPage(read, 0))
                    .containsEntry(Symbology.QR_CODE, CODE)
                    .containsEntry(Symbology.CODE_128, CODE);
            assertThat(decodedImages(read.getPage(0)))
                    .containsEntry(Symbology.QR_CODE, CODE)
                    .containsEntry(Symbology.CODE_128, CODE);
        }
    }

    @Test
    void theCodesAreOneBitImagesOfOnePixelAModuleThatThePageScales() throws Exception {
        byte[] pdf = documents.pdf(List.of(seat(CODE, null)), Locale.ENGLISH);

        try (PDDocument read = Loader.loadPDF(pdf)) {
            List<PDImageXObject> codes = barcodeImages(read.getPage(0));
            assertThat(codes).as("the QR code and the bar code").hasSize(2);
            // the QR code of this code has 33 modules a side (version 4), and a quiet zone of 2 either side
            assertThat(codes).anySatisfy(qr -> assertThat(List.of(qr.getWidth(), qr.getHeight()))
                    .containsExactly(37, 37));
            assertThat(codes).anySatisfy(bars -> assertThat(bars.getHeight()).isEqualTo(1));
            assertThat(codes).allSatisfy(code -> assertThat(code.getCOSObject().getBoolean(COSName.INTERPOLATE, false))
                    .isFalse());
        }
        assertThat(pdf.length).as("one page without an image, in bytes").isLessThan(30_000);
    }

    @Test
    void aJourneyHasAnAztecCode() throws Exception {
        TicketDocuments.Page seat = seat(CODE, null);
        TicketDocuments.Page journey = new TicketDocuments.Page(
                "ICE 578 Hamburg → München",
                null,
                null,
                seat.startsAt(),
                "Coach 7, seat 45",
                null,
                seat.price(),
                seat.currency(),
                "B-7",
                CODE,
                null,
                true);

        try (PDDocument read = Loader.loadPDF(documents.pdf(List.of(journey), Locale.ENGLISH))) {
            // ZXing looks for an Aztec code's bull's eye in the middle of the picture, as a
            // scanner pointed at it has it: the image alone, not the whole page
            assertThat(decodedImages(read.getPage(0)))
                    .containsEntry(Symbology.AZTEC, CODE)
                    .doesNotContainKey(Symbology.QR_CODE);
            assertThat(new PDFTextStripper().getText(read)).contains("Hamburg → München");
        }
    }

    @Test
    void speaksTheReadersLanguage() throws Exception {
        byte[] pdf = documents.pdf(List.of(seat(CODE, null)), Locale.GERMAN);

        try (PDDocument read = Loader.loadPDF(pdf)) {
            // the German amount has a no-break space before its sign
            assertThat(new PDFTextStripper().getText(read).replace('\u00a0', ' '))
                    .contains("Ticket 1 von 1")
                    .contains("Einlass")
                    .contains("Dienstag, 8. Dezember 2026")
                    .contains("49,00 €");
        }
    }

    @Test
    void aTicketAdmitsToItsTypeAndItsSeatWhereItHasOne() {
        assertThat(TicketDocuments.admission("Stalls", "Stalls, row A, seat 3"))
                .isEqualTo("Stalls · Stalls, row A, seat 3");
        assertThat(TicketDocuments.admission("Standing", null)).isEqualTo("Standing");
        assertThat(TicketDocuments.admission(null, null))
                .as("a type no longer found")
                .isEmpty();
    }

    @Test
    void printsInTheFirstLanguageItHasAndInEnglishWhateverTheServersLanguage() throws Exception {
        assertThat(TicketDocuments.language(List.of(Locale.FRENCH, Locale.GERMANY, Locale.ENGLISH)))
                .isEqualTo(Locale.GERMAN);
        assertThat(TicketDocuments.language(List.of(Locale.FRENCH))).isEqualTo(Locale.ENGLISH);
        assertThat(TicketDocuments.language(List.of())).isEqualTo(Locale.ENGLISH);
        assertThat(TicketDocuments.seat(Locale.GERMAN, "Parkett", "C", 12)).isEqualTo("Parkett, Reihe C, Platz 12");

        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            byte[] pdf = documents.pdf(List.of(seat(CODE, null)), Locale.ENGLISH);
            try (PDDocument read = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(read)).contains("Ticket 1 of 1");
            }
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void theEventImageOfSeveralPagesIsEmbeddedOnce() throws Exception {
        byte[] image = image();
        byte[] one = documents.pdf(List.of(seat(CODE, image)), Locale.ENGLISH);
        byte[] three = documents.pdf(List.of(seat(CODE, image), seat(CODE, image), seat(CODE, image)), Locale.ENGLISH);
        byte[] none = documents.pdf(List.of(seat(CODE, null), seat(CODE, null), seat(CODE, null)), Locale.ENGLISH);

        try (PDDocument read = Loader.loadPDF(three)) {
            assertThat(read.getNumberOfPages()).isEqualTo(3);
        }
        int imageBytes = one.length - documents.pdf(List.of(seat(CODE, null)), Locale.ENGLISH).length;
        assertThat(three.length - none.length).isLessThan(imageBytes + imageBytes / 2);
    }

    @Test
    void refusesAnEmptyListOfTickets() {
        assertThatIllegalArgumentException().isThrownBy(() -> documents.pdf(List.of(), Locale.ENGLISH));
    }

    /**
     * What the barcodes on the page say, by their format, read from the page as PDFBox renders it
     * at 300 dpi (as a printer prints it): each format looked for over the whole page.
     */
    private static Map<Symbology, String> decodedPage(PDDocument document, int page) throws Exception {
        BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(page, 300, ImageType.GRAY);
        Map<Symbology, String> read = new EnumMap<>(Symbology.class);
        for (Symbology symbology : Symbology.values()) {
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(rendered)));
            try {
                Result result = new MultiFormatReader()
                        .decode(
                                bitmap,
                                Map.of(
                                        DecodeHintType.TRY_HARDER,
                                        Boolean.TRUE,
                                        DecodeHintType.POSSIBLE_FORMATS,
                                        List.of(symbology.format())));
                read.put(Symbology.of(result.getBarcodeFormat()).orElseThrow(), result.getText());
            } catch (NotFoundException notOnThePage) {
                // not this format
            }
        }
        return read;
    }

    /**
     * What the barcodes among the page's images say, by their symbology: each image enlarged as
     * the page enlarges it (eight pixels a pixel, without smoothing) on a white margin.
     */
    private static Map<Symbology, String> decodedImages(PDPage page) throws Exception {
        Map<Symbology, String> read = new EnumMap<>(Symbology.class);
        BarcodeReader reader = new BarcodeReader();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                BufferedImage pixels = image.getImage();
                int scale = 8;
                int margin = 40;
                int height = pixels.getHeight() == 1 ? 120 : pixels.getHeight() * scale;
                BufferedImage enlarged = new BufferedImage(
                        pixels.getWidth() * scale + 2 * margin, height + 2 * margin, BufferedImage.TYPE_INT_RGB);
                Graphics2D graphics = enlarged.createGraphics();
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, enlarged.getWidth(), enlarged.getHeight());
                graphics.drawImage(pixels, margin, margin, pixels.getWidth() * scale, height, null);
                graphics.dispose();
                // the event's image reads as no barcode
                reader.find(enlarged).ifPresent(code -> read.put(code.symbology(), code.text()));
            }
        }
        return read;
    }

    /** The page's images that are barcodes: one bit a pixel. */
    private static List<PDImageXObject> barcodeImages(PDPage page) throws Exception {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image
                    && image.getBitsPerComponent() == 1) {
                images.add(image);
            }
        }
        return images;
    }

    private static byte[] image() throws Exception {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x20, 0x40, 0x80));
        graphics.fillRect(0, 0, 400, 200);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
