package org.boxoffice.api.organizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.it.Api.assertProblem;
import static org.boxoffice.it.Api.organizer;
import static org.boxoffice.it.Api.post;
import static org.boxoffice.it.Api.uri;
import static org.boxoffice.it.Api.venue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.boxoffice.it.Http;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.Test;

/** Organizers upload, replace and remove an event's image; customers see it once it is public. */
class EventImagesIT {

    private static final String EVENTS = "/api/v1/organizer/events";

    @Test
    void anOrganizerUploadsAnImageThatCustomersSeeOncePublished() {
        String token = organizer(TestData.organisation(TestData.unique("Pictures")));
        String event = gaDraft(token);
        byte[] poster = image("png", 800, 450);

        HttpResponse<String> uploaded =
                Http.putBytes(uri(EVENTS + "/" + event + "/image"), "image/png", poster, auth(token));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(Http.json(uploaded).getString("imageUrl")).isEqualTo(EVENTS + "/" + event + "/image");
        HttpResponse<byte[]> own = Http.getBytes(uri(EVENTS + "/" + event + "/image"), auth(token));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(poster);
        // a draft's image is not public yet
        assertThat(Http.getBytes(uri("/api/v1/events/" + event + "/image")).statusCode())
                .isEqualTo(404);

        assertThat(post("/api/v1/events/" + event + "/publish", "", token).statusCode())
                .isEqualTo(200);
        String imageUrl = Http.json(Http.get(uri("/api/v1/events/" + event))).getString("imageUrl");
        assertThat(imageUrl).startsWith("/api/v1/events/" + event + "/image?v=");
        HttpResponse<byte[]> shown = Http.getBytes(uri(imageUrl));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(shown)).isEqualTo("image/png");
        assertThat(shown.headers().firstValue("Cache-Control").orElse("")).contains("max-age=86400");
        assertThat(shown.body()).isEqualTo(poster);

        // a JPEG replaces it under a new address; whatever the client says, the content decides
        byte[] photo = image("jpg", 1200, 675);
        HttpResponse<String> replaced =
                Http.putBytes(uri(EVENTS + "/" + event + "/image"), "application/octet-stream", photo, auth(token));
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        String newUrl = Http.json(Http.get(uri("/api/v1/events/" + event))).getString("imageUrl");
        assertThat(newUrl).isNotEqualTo(imageUrl);
        HttpResponse<byte[]> newImage = Http.getBytes(uri(newUrl));
        assertThat(Http.contentType(newImage)).isEqualTo("image/jpeg");
        assertThat(newImage.body()).isEqualTo(photo);

        assertThat(Http.delete(uri(EVENTS + "/" + event + "/image"), auth(token))
                        .statusCode())
                .isEqualTo(204);
        assertThat(Http.json(Http.get(uri("/api/v1/events/" + event))).containsKey("imageUrl"))
                .isFalse();
        HttpResponse<String> gone = Http.get(uri("/api/v1/events/" + event + "/image"));
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(Http.json(gone).getString("code")).isEqualTo("catalog.no-image");
    }

    @Test
    void whatIsNotAnImageToShowIsRefusedAndTheImageKept() {
        String token = organizer(TestData.organisation(TestData.unique("Careless")));
        String event = gaDraft(token);
        byte[] poster = image("png", 400, 300);
        URI upload = uri(EVENTS + "/" + event + "/image");
        Http.putBytes(upload, "image/png", poster, auth(token));

        assertProblem(
                Http.putBytes(upload, "image/png", image("gif", 400, 300), auth(token)),
                422,
                "catalog.invalid-image.not-an-image");
        assertProblem(
                Http.putBytes(upload, "image/png", "<svg onload=\"alert(1)\"/>".getBytes(), auth(token)),
                422,
                "catalog.invalid-image.not-an-image");
        assertProblem(
                Http.putBytes(upload, "image/png", image("png", 60, 60), auth(token)),
                422,
                "catalog.invalid-image.dimensions");
        assertProblem(Http.putBytes(upload, "image/png", new byte[0], auth(token)), 422, "catalog.invalid-image.empty");
        byte[] huge = Arrays.copyOf(image("png", 400, 300), 2 * 1024 * 1024 + 10);
        // refused as it arrives, past the largest image taken, before any of it is decoded
        assertProblem(Http.putBytes(upload, "image/png", huge, auth(token)), 413, "body-too-large");
        assertThat(Http.putBytes(upload, "text/plain", poster, auth(token)).statusCode())
                .isEqualTo(415);

        String stranger = organizer(TestData.organisation(TestData.unique("Vandals")));
        assertProblem(
                Http.putBytes(upload, "image/png", image("png", 400, 300), auth(stranger)),
                404,
                "catalog.unknown-event");
        assertThat(Http.delete(upload, auth(stranger)).statusCode()).isEqualTo(404);

        assertThat(Http.getBytes(upload, auth(token)).body()).isEqualTo(poster);
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x += 7) {
            picture.setRGB(x, height / 2, 0x3366cc);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A draft with a general-admission ticket type at a new venue of the organizer's. */
    private static String gaDraft(String token) {
        String venue = venue(token, TestData.unique("Gallery"), "Hamburg");
        String slug = TestData.unique("pictured");
        TestData.category(TestData.unique("Pictured"), slug);
        String event = Http.json(post(
                        "/api/v1/events",
                        "{\"venueId\":\"" + venue + "\",\"category\":\"" + slug
                                + "\",\"title\":\"Poster Night\",\"startsAt\":\"2040-05-01T19:00\","
                                + "\"endsAt\":\"2040-05-01T23:00\"}",
                        token))
                .getString("id");
        HttpResponse<String> type = post(
                EVENTS + "/" + event + "/ticket-types",
                "{\"name\":\"Entry\",\"price\":{\"amount\":\"12\",\"currency\":\"EUR\"},\"capacity\":100}",
                token);
        assertThat(type.statusCode()).as(type.body()).isEqualTo(201);
        return event;
    }

    private static String[] auth(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }
}
