package org.boxoffice.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A camera for Chromium in the tests: a video file that Chromium plays as the camera's picture
 * ({@code --use-fake-device-for-media-stream --use-file-for-fake-video-capture=<file>}), in the
 * YUV4MPEG2 format it reads (planar 4:2:0, "C420"), showing a picture big and centred on white,
 * as a phone held up to a ticket sees it. Chromium plays it in a loop.
 */
public final class FakeCamera {

    /** The frame's size in pixels: a common camera resolution, even in both directions as 4:2:0 needs. */
    public static final int WIDTH = 640;

    public static final int HEIGHT = 480;

    private static final int FRAMES_PER_SECOND = 10;

    private FakeCamera() {}

    /** A video of {@code seconds} showing the PNG or JPEG picture, scaled to fill most of the frame's height. */
    public static Path showing(byte[] picture, int seconds) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
            if (image == null) {
                throw new IllegalArgumentException("not a picture");
            }
            BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frame.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int side = HEIGHT * 7 / 8;
            // nearest neighbour keeps a code's modules sharp
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, (WIDTH - side) / 2, (HEIGHT - side) / 2, side, side, null);
            g.dispose();

            Path file = Files.createTempFile(ItSettings.directory(), "camera-", ".y4m");
            byte[] planes = yuv420(frame);
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F" + FRAMES_PER_SECOND + ":1 Ip A1:1 C420\n")
                        .getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < seconds * FRAMES_PER_SECOND; i++) {
                    out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(planes);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The frame as the Y plane, then U and V at half the resolution each way (BT.601, studio range). */
    private static byte[] yuv420(BufferedImage frame) {
        byte[] planes = new byte[WIDTH * HEIGHT * 3 / 2];
        int u = WIDTH * HEIGHT;
        int v = u + WIDTH * HEIGHT / 4;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = frame.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int gr = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                planes[y * WIDTH + x] = (byte) Math.round(16 + 0.257 * r + 0.504 * gr + 0.098 * b);
                if (x % 2 == 0 && y % 2 == 0) {
                    int i = (y / 2) * (WIDTH / 2) + x / 2;
                    planes[u + i] = (byte) Math.round(128 - 0.148 * r - 0.291 * gr + 0.439 * b);
                    planes[v + i] = (byte) Math.round(128 + 0.439 * r - 0.368 * gr - 0.071 * b);
                }
            }
        }
        return planes;
    }
}
