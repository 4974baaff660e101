package org.boxoffice.catalog.entity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks what an organizer uploads as an event's image: a PNG or a JPEG by its content (never by
 * the name or type the client claims), of at most {@code maxBytes}, whose header the JDK's image
 * readers parse, between 100 and 6,000 pixels a side.
 */
public final class ImageCheck {

    public static final int MIN_SIDE = 100;
    public static final int MAX_SIDE = 6_000;

    private ImageCheck() {}

    /** An image that passed the checks, with its real type and size. */
    public record Checked(String contentType, int width, int height, byte[] data) {}

    /**
     * @throws InvalidImageException with the reason: empty, too large, not PNG or JPEG, unreadable,
     *     too small or too large in pixels
     */
    public static Checked check(byte[] data, long maxBytes) {
        if (data == null || data.length == 0) {
            throw new InvalidImageException("empty");
        }
        if (data.length > maxBytes) {
            throw new InvalidImageException("too-large", maxBytes / 1024);
        }
        String type = typeOf(data);
        if (type == null) {
            throw new InvalidImageException("not-an-image");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new InvalidImageException("not-an-image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (Math.min(width, height) < MIN_SIDE || Math.max(width, height) > MAX_SIDE) {
                    throw new InvalidImageException("dimensions", width, height, MIN_SIDE, MAX_SIDE);
                }
                return new Checked(type, width, height, data.clone());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidImageException invalid) {
                throw invalid;
            }
            InvalidImageException unreadable = new InvalidImageException("not-an-image");
            unreadable.initCause(e);
            throw unreadable;
        }
    }

    /** The type the first bytes show: PNG's signature, or JPEG's start-of-image marker. */
    static String typeOf(byte[] data) {
        if (data.length >= 8
                && (data[0] & 0xff) == 0x89
                && data[1] == 'P'
                && data[2] == 'N'
                && data[3] == 'G'
                && data[4] == 0x0d
                && data[5] == 0x0a
                && data[6] == 0x1a
                && data[7] == 0x0a) {
            return "image/png";
        }
        if (data.length >= 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }
}
