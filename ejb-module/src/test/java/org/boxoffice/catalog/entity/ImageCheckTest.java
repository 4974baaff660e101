package org.boxoffice.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageCheckTest {

    private static final long MAX = 2 * 1024 * 1024;

    static byte[] image(String format, int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(width / 2, height / 2, 0xff8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(picture, format, out)).isTrue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    @Test
    void acceptsPngAndJpegByTheirContentWithTheirSize() {
        ImageCheck.Checked png = ImageCheck.check(image("png", 640, 360), MAX);
        ImageCheck.Checked jpeg = ImageCheck.check(image("jpg", 100, 6000), MAX);

        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.width()).isEqualTo(640);
        assertThat(png.height()).isEqualTo(360);
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(jpeg.height()).isEqualTo(6000);
    }

    @Test
    void refusesWhatIsNotAnImageToShow() {
        assertReason(() -> ImageCheck.check(new byte[0], MAX), "catalog.invalid-image.empty");
        assertReason(() -> ImageCheck.check(image("png", 640, 360), 100), "catalog.invalid-image.too-large");
        assertReason(() -> ImageCheck.check(image("gif", 640, 360), MAX), "catalog.invalid-image.not-an-image");
        assertReason(
                () -> ImageCheck.check("<svg onload=alert(1)>".getBytes(), MAX), "catalog.invalid-image.not-an-image");
        byte[] truncated = Arrays.copyOf(image("png", 640, 360), 12);
        assertReason(() -> ImageCheck.check(truncated, MAX), "catalog.invalid-image.not-an-image");
        assertReason(() -> ImageCheck.check(image("png", 99, 400), MAX), "catalog.invalid-image.dimensions");
        assertReason(() -> ImageCheck.check(image("png", 6001, 120), MAX), "catalog.invalid-image.dimensions");
    }

    @Test
    void theDimensionsMessageNamesTheSizeAndTheLimits() {
        assertThatThrownBy(() -> ImageCheck.check(image("png", 50, 400), MAX))
                .hasMessage("The image is 50 x 400 pixels: each side must be 100 to 6000 pixels.");
    }

    private static void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidImageException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }
}
