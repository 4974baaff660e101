package org.boxoffice.ticket.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.boxoffice.ticket.control.Barcodes.Symbology;
import org.boxoffice.ticket.control.UnreadableBarcodeException.Reason;

/**
 * Finds the barcode in a picture with ZXing, in the symbologies {@link Barcodes} prints: the
 * camera frame of a phone whose browser cannot decode barcodes itself, or a ticket's own image read
 * back. It tries hard (rotated, small, printed on a crumpled page, white on black on a phone's
 * screen in dark mode), which costs time on a large picture: pictures over {@link #MAX_PIXELS} are
 * refused before they are decoded, by the size their header declares.
 */
@ApplicationScoped
public class BarcodeReader {

    /** A 4K frame: more than a phone's camera stream gives a page, and decoded in well under a second. */
    public static final long MAX_PIXELS = 3840L * 2160;

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER,
            Boolean.TRUE,
            DecodeHintType.ALSO_INVERTED,
            Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS,
            Arrays.stream(Symbology.values()).map(Symbology::format).toList());

    /**
     * The same for a clean picture of the code alone, such as a screenshot of a ticket or of the
     * door page's scanner link: ZXing's detector, made for camera frames, does not find about one
     * such QR code in a hundred, which it then reads as the whole picture.
     */
    private static final Map<DecodeHintType, Object> CLEAN_HINTS = Map.of(
            DecodeHintType.TRY_HARDER,
            Boolean.TRUE,
            DecodeHintType.ALSO_INVERTED,
            Boolean.TRUE,
            DecodeHintType.PURE_BARCODE,
            Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS,
            Arrays.stream(Symbology.values()).map(Symbology::format).toList());

    /** What a barcode says and the symbology it is printed in. */
    public record Reading(String text, Symbology symbology) {}

    /**
     * The barcode in a PNG or JPEG picture.
     *
     * @throws UnreadableBarcodeException when the bytes are no PNG or JPEG the JDK can read, the
     *     picture has more than {@link #MAX_PIXELS}, or it shows no barcode that can be read
     */
    public Reading read(byte[] picture) {
        return find(image(picture)).orElseThrow(() -> new UnreadableBarcodeException(Reason.NONE_FOUND));
    }

    /** The barcode in the image, if one can be read. */
    public Optional<Reading> find(BufferedImage image) {
        BufferedImageLuminanceSource picture = new BufferedImageLuminanceSource(image);
        return decode(picture, HINTS).or(() -> decode(picture, CLEAN_HINTS));
    }

    private static Optional<Reading> decode(BufferedImageLuminanceSource picture, Map<DecodeHintType, Object> hints) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(picture));
        try {
            // a reader keeps state between calls: one per picture, so that concurrent requests share nothing
            Result result = new MultiFormatReader().decode(bitmap, hints);
            return Symbology.of(result.getBarcodeFormat()).map(symbology -> new Reading(result.getText(), symbology));
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }

    /** The picture, once its header showed a PNG or JPEG of a size worth decoding. */
    private static BufferedImage image(byte[] picture) {
        if (picture == null || picture.length == 0) {
            throw new UnreadableBarcodeException(Reason.NOT_AN_IMAGE);
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(picture))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnreadableBarcodeException(Reason.NOT_AN_IMAGE);
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg")) {
                    throw new UnreadableBarcodeException(Reason.NOT_AN_IMAGE);
                }
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new UnreadableBarcodeException(Reason.TOO_MANY_PIXELS);
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new UnreadableBarcodeException(Reason.NOT_AN_IMAGE);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableBarcodeException unreadable) {
                throw unreadable;
            }
            // a broken or cut-off picture: the JDK's readers throw IOException, or worse, on bad data
            UnreadableBarcodeException unreadable = new UnreadableBarcodeException(Reason.NOT_AN_IMAGE);
            unreadable.initCause(e);
            throw unreadable;
        }
    }
}
