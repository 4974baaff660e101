package org.boxoffice.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;

/** The ZXing tracer: the platform renders a QR code PNG that decodes back to its text. */
class ShareCodeIT {

    @Test
    void theEventsQrCodeDecodesToTheAddressOfItsPage() throws Exception {
        TestData.GaEvent event = TestData.publishedEvent(
                TestData.unique("Poster"),
                TestData.unique("City"),
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(9),
                "1.00",
                1);

        HttpResponse<byte[]> response = Http.getBytes(Platform.uri("/api/v1/events/" + event.eventId() + "/qr.png"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(response)).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        String text = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
        assertThat(text).isEqualTo(Platform.baseUri() + "event.xhtml?id=" + event.eventId());
    }

    @Test
    void thereIsNoQrCodeForADraft() {
        TestData.GaEvent draft = TestData.draftEvent(
                TestData.unique("Hidden"),
                TestData.unique("City"),
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(9),
                "1.00",
                1);

        HttpResponse<String> response = Http.get(Platform.uri("/api/v1/events/" + draft.eventId() + "/qr.png"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.contentType(response)).startsWith("application/problem+json");
    }
}
