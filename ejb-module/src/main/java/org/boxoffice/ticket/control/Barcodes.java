package org.boxoffice.ticket.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Renders text as a barcode with ZXing, as a PNG or as its matrix of modules, in the symbology the
 * door reads: a QR code (phones and camera scanners), an Aztec code (rail tickets: it needs no
 * quiet zone and reads from a crumpled print), or a Code 128 bar code (the laser scanners of older
 * venues, ASCII only).
 */
@ApplicationScoped
public class Barcodes {

    /** The symbologies a ticket or a poster is printed in. */
    public enum Symbology {
        QR_CODE(BarcodeFormat.QR_CODE),
        AZTEC(BarcodeFormat.AZTEC),
        CODE_128(BarcodeFormat.CODE_128);

        private final BarcodeFormat format;

        Symbology(BarcodeFormat format) {
            this.format = format;
        }

        BarcodeFormat format() {
            return format;
        }

        /** The symbology of a format ZXing read, if it is one of these. */
        static java.util.Optional<Symbology> of(BarcodeFormat format) {
            for (Symbology symbology : values()) {
                if (symbology.format == format) {
                    return java.util.Optional.of(symbology);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** Enough redundancy to scan a creased or glossy print, or a phone screen, at the door. */
    private static final Map<EncodeHintType, Object> QR_HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET,
            StandardCharsets.UTF_8.name(),
            EncodeHintType.MARGIN,
            2);

    /** 33 % of the symbol for error correction, as rail operators print theirs. */
    private static final Map<EncodeHintType, Object> AZTEC_HINTS =
            Map.of(EncodeHintType.ERROR_CORRECTION, 33, EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());

    /** Quiet zones of ten modules either side, which laser scanners need to find the start. */
    private static final Map<EncodeHintType, Object> CODE_128_HINTS = Map.of(EncodeHintType.MARGIN, 10);

    /** A square QR code of this many pixels a side. */
    public byte[] qr(String text, int sizeInPixels) {
        return png(Symbology.QR_CODE, text, sizeInPixels, sizeInPixels);
    }

    /**
     * The text in the symbology, as a PNG of at least {@code width} by {@code height} pixels (a
     * bar code is as wide as its bars need at one pixel a module, if that is wider). Black and
     * white, one bit a pixel.
     *
     * @throws IllegalArgumentException for empty text, text the symbology cannot hold (more than a
     *     QR or Aztec code takes, a character outside ASCII in Code 128)
     */
    public byte[] png(Symbology symbology, String text, int width, int height) {
        BitMatrix matrix = matrix(symbology, text, width, height);
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        // the default palette of a binary image is black (0) and white (1), as packed() has them
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] packed = packed(matrix);
        System.arraycopy(packed, 0, pixels, 0, packed.length);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        // in memory: ImageIO.write would go through a temporary file
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return png.toByteArray();
    }

    /**
     * The text in the symbology as a matrix of pixels, at least {@code width} by {@code height}:
     * the symbol scaled by whole pixels a module and centred in that size. 0 by 0 gives one pixel a
     * module with the quiet zone (a bar code then one pixel high).
     *
     * @throws IllegalArgumentException as {@link #png}
     */
    public BitMatrix matrix(Symbology symbology, String text, int width, int height) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a barcode needs some text");
        }
        if (symbology == Symbology.CODE_128 && !text.chars().allMatch(c -> c >= 32 && c < 127)) {
            throw new IllegalArgumentException("Code 128 takes printable ASCII only");
        }
        Map<EncodeHintType, Object> hints =
                switch (symbology) {
                    case QR_CODE -> QR_HINTS;
                    case AZTEC -> AZTEC_HINTS;
                    case CODE_128 -> CODE_128_HINTS;
                };
        try {
            return new MultiFormatWriter().encode(text, symbology.format, width, height, hints);
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "too much text for a " + symbology + " code: " + text.length() + " characters", e);
        }
    }

    /**
     * The matrix as rows of bits, the first pixel in the highest bit, each row filled up to a whole
     * byte: 0 for black (a module that is set), 1 for white. What a one-bit grey image holds, in PDF
     * as in a PNG.
     */
    public static byte[] packed(BitMatrix matrix) {
        int width = matrix.getWidth();
        int rowBytes = (width + 7) / 8;
        byte[] packed = new byte[rowBytes * matrix.getHeight()];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (!matrix.get(x, y)) {
                    packed[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return packed;
    }
}
