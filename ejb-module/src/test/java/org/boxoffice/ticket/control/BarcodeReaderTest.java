package org.boxoffice.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.boxoffice.ticket.control.Barcodes.Symbology;
import org.boxoffice.ticket.control.UnreadableBarcodeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Barcodes' own images read back, as they are and as a phone's camera sees them: small and a little
 * off centre in a larger grey frame, a QR code turned, as a JPEG, white on black; and what is not a picture, too
 * large a picture and a picture without a code, each refused with its reason.
 */
class BarcodeReaderTest {

    /** As long as a signed ticket code, in its alphabet. */
    private static final String CODE = "6BFOXNTS0BIZDP9UOL97O42HH77HRM3DSPTLRR3".repeat(3);

    private final Barcodes barcodes = new Barcodes();
    private final BarcodeReader reader = new BarcodeReader();

    @ParameterizedTest
    @EnumSource(Symbology.class)
    void readsEachSymbologyBackInItsOwnFormat(Symbology symbology) {
        BarcodeReader.Reading read = reader.read(png(symbology));

        assertThat(read.text()).isEqualTo(CODE);
        assertThat(read.symbology()).isEqualTo(symbology);
    }

    @ParameterizedTest
    @EnumSource(Symbology.class)
    void readsACodeAsACameraFrameShowsIt(Symbology symbology) throws IOException {
        BufferedImage code = ImageIO.read(new ByteArrayInputStream(png(symbology)));
        BufferedImage frame = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(0xc8c8c8));
        g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        // near the middle, where a person points the camera (ZXing looks for an Aztec code's centre there)
        AffineTransform placed = AffineTransform.getTranslateInstance(
                (frame.getWidth() - code.getWidth()) / 2.0 + 60, (frame.getHeight() - code.getHeight()) / 2.0 - 40);
        if (symbology == Symbology.QR_CODE) {
            // ZXing reads QR codes turned; Aztec and bar codes only upright, as the door holds them
            placed.rotate(Math.toRadians(8), code.getWidth() / 2.0, code.getHeight() / 2.0);
        }
        g.drawImage(code, placed, null);
        g.dispose();

        BarcodeReader.Reading read = reader.read(encode(frame, "jpg"));

        assertThat(read.text()).isEqualTo(CODE);
        assertThat(read.symbology()).isEqualTo(symbology);
    }

    @Test
    void readsACodeShownWhiteOnBlackAsAPhoneInDarkModeShowsIt() throws IOException {
        BufferedImage code = ImageIO.read(new ByteArrayInputStream(png(Symbology.QR_CODE)));
        BufferedImage inverted = new BufferedImage(code.getWidth(), code.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                inverted.setRGB(x, y, ~code.getRGB(x, y));
            }
        }

        assertThat(reader.read(encode(inverted, "png")).text()).isEqualTo(CODE);
    }

    @Test
    void findsNothingInAPictureWithoutACode() throws IOException {
        BufferedImage blank = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);

        assertThat(reader.find(blank)).isEmpty();
        assertRefused(encode(blank, "png"), Reason.NONE_FOUND);
        assertRefused(encode(blank, "jpg"), Reason.NONE_FOUND);
    }

    @Test
    void refusesWhatIsNotAPngOrJpegPicture() throws IOException {
        byte[] png = png(Symbology.QR_CODE);
        BufferedImage code = ImageIO.read(new ByteArrayInputStream(png));

        assertRefused(null, Reason.NOT_AN_IMAGE);
        assertRefused(new byte[0], Reason.NOT_AN_IMAGE);
        assertRefused("{\"code\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Reason.NOT_AN_IMAGE);
        assertRefused(Arrays.copyOf(png, png.length / 2), Reason.NOT_AN_IMAGE);
        assertRefused(Arrays.copyOf(png, 30), Reason.NOT_AN_IMAGE);
        assertRefused(encode(code, "gif"), Reason.NOT_AN_IMAGE);
        assertRefused(encode(code, "bmp"), Reason.NOT_AN_IMAGE);
    }

    @Test
    void refusesAPictureOfMorePixelsThanAreWorthDecodingByItsHeader() throws IOException {
        // one bit a pixel compresses to little: a small file that would be a large image
        BufferedImage huge = new BufferedImage(4000, 2200, BufferedImage.TYPE_BYTE_BINARY);
        byte[] png = encode(huge, "png");
        assertThat(png.length).isLessThan(100_000);

        assertRefused(png, Reason.TOO_MANY_PIXELS);
    }

    private byte[] png(Symbology symbology) {
        return barcodes.png(symbology, CODE, 400, symbology == Symbology.CODE_128 ? 120 : 400);
    }

    private void assertRefused(byte[] picture, Reason reason) {
        assertThatThrownBy(() -> reader.read(picture))
                .isInstanceOfSatisfying(UnreadableBarcodeException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(reason);
                    assertThat(refused.code()).isEqualTo("barcode." + reason.key());
                });
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out))
                .as("a writer for " + format)
                .isTrue();
        return out.toByteArray();
    }

    /**
     * Scanner links whose QR codes, clean as the door page draws them, ZXing's detector does not
     * find (about one link in a hundred): read as a picture of the code alone.
     */
    @Test
    void readsEveryCleanQrCodeOfAScannerLink() {
        for (String link : List.of(
                "http://localhost:48573/scan.xhtml#token=bxt_S2CP3meO37CgTVf2kWms85JoK7xmeKTwENgIp5olC7E",
                "http://localhost:33494/scan.xhtml#token=bxt_Z8E535C2_b_qfiqzQpKnLF3IRSVHg6gf7i7-xjDJ8j0",
                "http://localhost:47026/scan.xhtml#token=bxt_pJTCEqemEv3JOxqhlPByDmUIdJzKoDQOvPhOUS-Lcd8")) {
            byte[] png = new Barcodes().png(Symbology.QR_CODE, link, 480, 480);
            assertThat(reader.read(png)).isEqualTo(new BarcodeReader.Reading(link, Symbology.QR_CODE));
        }
    }
}
