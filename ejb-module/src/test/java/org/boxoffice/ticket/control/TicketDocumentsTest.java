package org.boxoffice.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
                    .contains("Tuesday, December 8, 2026")
                    .contains("(Central European Time)")
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
            assertThat(decodedImages(read.getPage(0)))
                    .containsEntry(Symbology.QR_CODE, CODE)
                    .containsEntry(Symbology.CODE_128, CODE);
        }
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

    /** What the barcodes among the page's images say, by their format. */
    private static Map<Symbology, String> decodedImages(PDPage page) throws Exception {
        Map<Symbology, String> read = new EnumMap<>(Symbology.class);
        BarcodeReader reader = new BarcodeReader();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                // the event's image reads as no barcode
                reader.find(image.getImage()).ifPresent(code -> read.put(code.symbology(), code.text()));
            }
        }
        return read;
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
