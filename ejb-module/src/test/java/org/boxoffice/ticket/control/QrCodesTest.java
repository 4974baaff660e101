package org.boxoffice.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private final QrCodes qrCodes = new QrCodes();

    private static BufferedImage image(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG image").isNotNull();
        return image;
    }

    private static String decode(byte[] png) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image(png))));
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }

    @Test
    void rendersAPngOfTheRequestedSize() throws Exception {
        byte[] png = qrCodes.png("https://boxoffice.org/events/42", 300);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = image(png);
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @Test
    void decodesBackToTheSameText() throws Exception {
        String url = "https://boxoffice.org/events/42?utm_source=poster";

        assertThat(decode(qrCodes.png(url, 300))).isEqualTo(url);
    }

    @Test
    void keepsNonAsciiText() throws Exception {
        String text = "Zürich → Genève";

        assertThat(decode(qrCodes.png(text, 300))).isEqualTo(text);
    }

    @Test
    void differentTextsGiveDifferentCodes() throws Exception {
        assertThat(decode(qrCodes.png("ticket-1", 200))).isEqualTo("ticket-1");
        assertThat(decode(qrCodes.png("ticket-2", 200))).isEqualTo("ticket-2");
    }

    @Test
    void rejectsEmptyText() {
        assertThatIllegalArgumentException().isThrownBy(() -> qrCodes.png("", 300));
        assertThatIllegalArgumentException().isThrownBy(() -> qrCodes.png(null, 300));
    }

    @Test
    void rejectsMoreTextThanAQrCodeHolds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> qrCodes.png("x".repeat(5000), 300))
                .withMessageContaining("too much text");
    }
}
