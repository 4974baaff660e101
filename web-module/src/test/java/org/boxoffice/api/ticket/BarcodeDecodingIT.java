package org.boxoffice.api.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.boxoffice.it.Api;
import org.boxoffice.it.Entry;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.boxoffice.it.Tokens;
import org.boxoffice.ticket.control.Barcodes;
import org.boxoffice.ticket.control.Barcodes.Symbology;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/barcodes/decode} over HTTP: camera frames that show a ticket's code in each
 * symbology are read, as PNG and JPEG; a frame without a code, a picture of another kind and a
 * body of another type are refused with a problem; organizers, admins and scanner tokens may ask,
 * a revoked scanner token and a customer may not.
 */
class BarcodeDecodingIT {

    private static final String DECODE = "/api/v1/barcodes/decode";
    private static final String CODE = "6BFOXNTS0BIZDP9UOL97O42HH77HRM3DSPTLRR3".repeat(3);

    private final Barcodes barcodes = new Barcodes();

    @Test
    void readsTheCodeInACameraFrameInEachSymbologyAsPngAndJpeg() throws IOException {
        String token = token("ORGANIZER");
        for (Symbology symbology : Symbology.values()) {
            // a bar code of a whole ticket code is wider than a camera frame: a shorter one for it
            String text = symbology == Symbology.CODE_128 ? CODE.substring(0, 24) : CODE;
            for (String format : new String[] {"png", "jpg"}) {
                byte[] frame =
                        frame(barcodes.png(symbology, text, 400, symbology == Symbology.CODE_128 ? 120 : 400), format);

                HttpResponse<String> read = post(format.equals("png") ? "image/png" : "image/jpeg", frame, token);

                assertThat(read.statusCode())
                        .as(symbology + " " + format + ": " + read.body())
                        .isEqualTo(200);
                JsonObject body = Http.json(read);
                assertThat(body.getString("text")).isEqualTo(text);
                assertThat(body.getString("format")).isEqualTo(symbology.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        HttpResponse<String> byAnAdmin = post("image/png", barcodes.qr("admin", 300), token("ADMIN"));
        assertThat(Http.json(byAnAdmin).getString("text")).isEqualTo("admin");
    }

    @Test
    void refusesAFrameWithoutACodeAndWhatIsNoPicture() throws IOException {
        String token = token("ORGANIZER");

        Api.assertProblem(post("image/jpeg", frame(null, "jpg"), token), 422, "barcode.none-found");
        BufferedImage gif = ImageIO.read(new ByteArrayInputStream(barcodes.qr(CODE, 300)));
        Api.assertProblem(post("image/png", encode(gif, "gif"), token), 422, "barcode.not-an-image");
        Api.assertProblem(post("image/png", new byte[0], token), 422, "barcode.not-an-image");
        HttpResponse<String> text = post("text/plain", CODE.getBytes(java.nio.charset.StandardCharsets.UTF_8), token);
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(Http.contentType(text)).startsWith("application/problem+json");
        HttpResponse<String> tooLarge = post("image/jpeg", new byte[3 * 1024 * 1024], token);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
    }

    @Test
    void aScannerTokenMayAskAsOrganizersAndAdminsDoButNotACustomer() {
        byte[] code = barcodes.qr(CODE, 300);
        Entry.Door door = Entry.door("Decoding Night", 5);
        JsonObject scanner = Entry.scannerToken(door, "Phone", null);

        HttpResponse<String> read = post("image/png", code, scanner.getString("token"));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Http.json(read).getString("text")).isEqualTo(CODE);

        HttpResponse<String> revoked = Http.delete(
                Api.uri("/api/v1/organizer/events/" + door.event().eventId() + "/scanner-tokens/"
                        + scanner.getString("id")),
                "Authorization",
                "Bearer " + door.organizer());
        assertThat(revoked.statusCode()).as(revoked.body()).isIn(200, 204);
        assertThat(post("image/png", code, scanner.getString("token")).statusCode())
                .as("a revoked scanner token")
                .isEqualTo(401);

        assertThat(post("image/png", code, token("CUSTOMER")).statusCode()).isEqualTo(403);
        assertThat(Http.postBytes(Api.uri(DECODE), "image/png", code).statusCode())
                .isEqualTo(401);
    }

    private static String token(String role) {
        String email = TestData.unique("door") + "@example.org";
        long account = TestData.account(email, role);
        return Tokens.valid(account, email, role);
    }

    private static HttpResponse<String> post(String type, byte[] body, String token) {
        return Http.postBytes(Api.uri(DECODE), type, body, "Authorization", "Bearer " + token);
    }

    /** A 1280 x 720 camera frame of a grey room with the code (or nothing) held up in the middle. */
    private static byte[] frame(byte[] code, String format) throws IOException {
        BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(0xb4b4b4));
        g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
        if (code != null) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(code));
            g.drawImage(
                    image,
                    (frame.getWidth() - image.getWidth()) / 2,
                    (frame.getHeight() - image.getHeight()) / 2,
                    null);
        }
        g.dispose();
        return encode(frame, format);
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
