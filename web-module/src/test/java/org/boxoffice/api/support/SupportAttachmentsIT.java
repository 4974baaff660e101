package org.boxoffice.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boxoffice.api.support.Cases.CASES;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.boxoffice.api.support.Cases.Person;
import org.boxoffice.it.Api;
import org.boxoffice.it.Entry.Door;
import org.boxoffice.it.Http;
import org.boxoffice.it.ItSettings;
import org.junit.jupiter.api.Test;

/**
 * Attachments of support cases over HTTP: a file goes up as the raw body and a message carries
 * it; its type is told from its content whatever its name or Content-Type, outside the allowed
 * types 415; past the limit (1 MiB on the test platform) 413 without keeping a byte; it is stored
 * in the data folder under a random name and comes down, as a download never sniffed, only to
 * those who may see it.
 */
class SupportAttachmentsIT {

    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** Where the test platform keeps the files. */
    static final Path FILES =
            ItSettings.directory().resolve("platform").resolve("support").resolve("attachments");

    static long storedFiles() throws IOException {
        if (!Files.isDirectory(FILES)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(FILES)) {
            return files.count();
        }
    }

    static HttpResponse<byte[]> download(String caseId, String attachment, String token) {
        return Http.getBytes(
                Api.uri(CASES + "/" + caseId + "/attachments/" + attachment), "Authorization", "Bearer " + token);
    }

    @Test
    void aFileGoesUpWithAMessageAndComesDownToThoseWhoSeeTheCaseOnly() {
        Door door = Cases.door("Attached night");
        Person customer = Cases.customer();
        Person other = Cases.customer();
        Person staff = Cases.staff();
        Person organizer = Cases.organizerOf(door);
        Person foreign = Cases.organizerOf(Cases.door("Foreign attached night"));
        String id = Cases.opened(customer, "PROBLEM", Cases.booking(door, customer, 1), "Screenshot of the error");

        HttpResponse<String> uploaded = Cases.upload(id, customer.token(), "screen shot ü.png", "image/png", PNG);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonObject attachment = Http.json(uploaded);
        String attachmentId = attachment.getString("id");
        assertThat(attachment.getString("contentType")).isEqualTo("image/png");
        assertThat(attachment.getInt("size")).isEqualTo(PNG.length);
        assertThat(attachment.containsKey("messageId")).isFalse();
        HttpResponse<String> written = Cases.write(id, customer.token(), "See the picture", false, attachmentId);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        assertThat(Http.json(written).getJsonArray("attachmentIds").getString(0))
                .isEqualTo(attachmentId);
        Api.assertProblem(
                Cases.write(id, customer.token(), "Again", false, attachmentId), 422, "support.invalid-attachment");

        for (Person reader : new Person[] {customer, staff, organizer}) {
            HttpResponse<byte[]> file = download(id, attachmentId, reader.token());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(PNG);
            assertThat(Http.contentType(file)).startsWith("image/png");
            assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(file.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(disposition -> assertThat(disposition)
                            .startsWith("attachment;")
                            .contains("filename*=UTF-8''screen%20shot%20%C3%BC.png"));
        }
        assertThat(download(id, attachmentId, other.token()).statusCode()).isEqualTo(404);
        assertThat(download(id, attachmentId, foreign.token()).statusCode()).isEqualTo(404);
        assertThat(download(id, "999999999", staff.token()).statusCode()).isEqualTo(404);
    }

    @Test
    void theTypeIsToldFromTheContentWhateverTheNameSays() {
        Person customer = Cases.customer();
        String id = Cases.opened(customer, "GENERAL", null, "Files of all kinds");

        HttpResponse<String> pngCalledPdf = Cases.upload(id, customer.token(), "receipt.pdf", "application/pdf", PNG);
        assertThat(pngCalledPdf.statusCode()).as(pngCalledPdf.body()).isEqualTo(201);
        assertThat(Http.json(pngCalledPdf).getString("contentType")).isEqualTo("image/png");
        HttpResponse<String> textCalledPng = Cases.upload(
                id,
                customer.token(),
                "photo.png",
                "image/png",
                "Booking 4711, row 3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(textCalledPng.statusCode()).as(textCalledPng.body()).isEqualTo(201);
        assertThat(Http.json(textCalledPng).getString("contentType")).isEqualTo("text/plain");
        HttpResponse<String> pdf = Cases.upload(id, customer.token(), "ticket", "application/octet-stream", PDF);
        assertThat(Http.json(pdf).getString("contentType")).isEqualTo("application/pdf");

        Api.assertProblem(
                Cases.upload(
                        id,
                        customer.token(),
                        "photo.png",
                        "image/png",
                        "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                415,
                "support.attachment-type");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        Api.assertProblem(
                Cases.upload(id, customer.token(), "invoice.pdf", "application/pdf", zip),
                415,
                "support.attachment-type");
        Api.assertProblem(
                Cases.upload(id, customer.token(), "../../etc/passwd", "text/plain", "x".getBytes()),
                422,
                "support.invalid-file-name");
        Api.assertProblem(
                Cases.upload(id, customer.token(), "empty.txt", "text/plain", new byte[0]),
                422,
                "support.attachment-empty");
    }

    @Test
    void filesWaitForAMessageTwentyAtMost() {
        Person customer = Cases.customer();
        String id = Cases.opened(customer, "GENERAL", null, "Many files");
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> uploaded = Cases.upload(id, customer.token(), "page-" + i + ".png", "image/png", PNG);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        }

        Api.assertProblem(
                Cases.upload(id, customer.token(), "page-20.png", "image/png", PNG),
                409,
                "support.attachments-waiting");
        String first = Cases.get(id, customer.token())
                .getJsonArray("attachments")
                .getJsonObject(0)
                .getString("id");
        assertThat(Cases.write(id, customer.token(), "Page one", false, first).statusCode())
                .isEqualTo(201);
        assertThat(Cases.upload(id, customer.token(), "page-20.png", "image/png", PNG)
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutKeepingIt() throws Exception {
        Person customer = Cases.customer();
        String id = Cases.opened(customer, "GENERAL", null, "A big file");
        long before = storedFiles();
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        HttpResponse<String> declared = Cases.upload(id, customer.token(), "big.pdf", "application/pdf", big);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(413);
        assertThat(Http.contentType(declared)).startsWith("application/problem+json");

        // without a declared length (chunked): read up to the limit, then refused
        HttpResponse<String> streamed = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.uri(CASES + "/" + id + "/attachments?name=big.pdf")
                                        .toString()))
                                .header("Authorization", "Bearer " + customer.token())
                                .header("Content-Type", "application/pdf")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(413);
        assertThat(Http.contentType(streamed)).startsWith("application/problem+json");

        assertThat(storedFiles()).as("no file kept").isEqualTo(before);
        assertThat(Cases.get(id, customer.token()).getJsonArray("attachments")).isEmpty();
    }

    @Test
    void anInternalNotesFileIsTheDesksAndTheOrganizersOnlyAndLiesOutsideTheWebRoot() throws IOException {
        Door door = Cases.door("Noted file night");
        Person customer = Cases.customer();
        Person staff = Cases.staff();
        Person organizer = Cases.organizerOf(door);
        String id = Cases.opened(customer, "PROBLEM", Cases.booking(door, customer, 1), "Fraud check");

        HttpResponse<String> uploaded = Cases.upload(id, staff.token(), "check.pdf", "application/pdf", PDF);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String attachment = Http.json(uploaded).getString("id");
        assertThat(download(id, attachment, customer.token()).statusCode())
                .as("a file no message carries yet")
                .isEqualTo(404);
        assertThat(Cases.write(id, staff.token(), "See the check", true, attachment)
                        .statusCode())
                .isEqualTo(201);

        assertThat(download(id, attachment, customer.token()).statusCode()).isEqualTo(404);
        assertThat(Cases.get(id, customer.token()).getJsonArray("attachments")).isEmpty();
        assertThat(download(id, attachment, organizer.token()).statusCode()).isEqualTo(200);
        assertThat(download(id, attachment, staff.token()).body()).isEqualTo(PDF);
        try (Stream<Path> files = Files.list(FILES)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .allMatch(name -> name.matches("[0-9a-f]{32}"))
                    .noneMatch(name -> name.contains("check"));
        }
        // nothing under the web root serves the files: /support/ holds the desk's pages, which send
        // a stranger to the sign-in page
        HttpResponse<String> guessed = Http.get(Api.uri("/support/attachments/"));
        assertThat(guessed.statusCode()).isIn(302, 403, 404);
        assertThat(guessed.body()).doesNotContain("%PDF");
    }
}
