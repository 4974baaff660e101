package org.boxoffice.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.boxoffice.ticket.control.Barcodes.Symbology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BarcodesTest {

    /** As long as a signed ticket code, in the characters of QR's alphanumeric mode. */
    private static final String LONG_CODE = "6BFOXN*TS0BI$ZD.P9UOL97O4-2HH77HRM3DSPTLRR+%3".repeat(3);

    private final Barcodes barcodes = new Barcodes();

    private static BufferedImage image(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG image").isNotNull();
        return image;
    }

    private static BarcodeReader.Reading decode(byte[] png) {
        return new BarcodeReader().read(png);
    }

    @Test
    void rendersAQrCodePngOfTheRequestedSize() throws Exception {
        byte[] png = barcodes.qr("https://boxoffice.org/events/42", 300);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = image(png);
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @ParameterizedTest
    @EnumSource(Symbology.class)
    void eachSymbologyDecodesBackToTheSameTextInItsOwnFormat(Symbology symbology) throws Exception {
        for (String text : List.of("0123456789ABCDEFGHJKMNPQRS", LONG_CODE)) {
            BarcodeReader.Reading read =
                    decode(barcodes.png(symbology, text, 400, symbology == Symbology.CODE_128 ? 120 : 400));

            assertThat(read.text()).isEqualTo(text);
            assertThat(read.symbology()).isEqualTo(symbology);
        }
    }

    @Test
    void aCode128BarCodeGrowsAsWideAsItsBarsNeed() throws Exception {
        BufferedImage image = image(barcodes.png(Symbology.CODE_128, LONG_CODE, 100, 80));

        assertThat(image.getWidth()).isGreaterThan(100);
        assertThat(image.getHeight()).isEqualTo(80);
    }

    @Test
    void keepsNonAsciiTextInQrAndAztecCodes() throws Exception {
        String text = "Zürich → Genève";

        assertThat(decode(barcodes.qr(text, 300)).text()).isEqualTo(text);
        assertThat(decode(barcodes.png(Symbology.AZTEC, text, 300, 300)).text()).isEqualTo(text);
    }

    @Test
    void differentTextsGiveDifferentCodes() throws Exception {
        assertThat(decode(barcodes.qr("ticket-1", 200)).text()).isEqualTo("ticket-1");
        assertThat(decode(barcodes.qr("ticket-2", 200)).text()).isEqualTo("ticket-2");
    }

    @Test
    void refusesEmptyTextAndWhatASymbologyCannotHold() {
        assertThatIllegalArgumentException().isThrownBy(() -> barcodes.qr("", 300));
        assertThatIllegalArgumentException().isThrownBy(() -> barcodes.qr(null, 300));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> barcodes.qr("x".repeat(5000), 300))
                .withMessageContaining("too much text");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> barcodes.png(Symbology.AZTEC, "x".repeat(5000), 300, 300))
                .withMessageContaining("too much text");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> barcodes.png(Symbology.CODE_128, "Genève", 300, 80))
                .withMessageContaining("ASCII");
    }
}
