package org.boxoffice.ticket.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders text as a barcode PNG with ZXing, in the symbology the door reads: a QR code (phones and
 * camera scanners), an Aztec code (rail tickets: it needs no quiet zone and reads from a crumpled
 * print), or a Code 128 bar code (the laser scanners of older venues, ASCII only).
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
     * bar code is as wide as its bars need at one pixel a module, if that is wider).
     *
     * @throws IllegalArgumentException for empty text, text the symbology cannot hold (more than a
     *     QR or Aztec code takes, a character outside ASCII in Code 128)
     */
    public byte[] png(Symbology symbology, String text, int width, int height) {
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
            BitMatrix matrix = new MultiFormatWriter().encode(text, symbology.format, width, height, hints);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "too much text for a " + symbology + " code: " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
