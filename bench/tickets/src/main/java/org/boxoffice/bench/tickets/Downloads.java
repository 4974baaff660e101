package org.boxoffice.bench.tickets;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Customers downloading their tickets: {@code GET /api/v1/tickets/{id}.pdf} (one ticket, one
 * page) or {@code GET /api/v1/bookings/{id}/tickets.pdf} (every ticket of a booking, a page each),
 * each with the owner's token, for a random ticket or booking of the gate event. A PDF counts when
 * the answer is 200 and begins as a PDF does ({@code %PDF-}); its bytes are added up.
 */
final class Downloads {

    static final String PDF = "pdf";

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** What a customer downloads: the path of a PDF and the owner's token. */
    record Document(String path, String token) {}

    private final URI base;

    Downloads(URI base) {
        this.base = base;
    }

    Loop.Step download(List<Document> documents, int clients, Duration duration, long seed) throws Exception {
        return Loop.run(clients, duration, seed, client -> (http, tally, random) -> {
            Document document = documents.get(random.nextInt(documents.size()));
            HttpGet request = new HttpGet(base.resolve(document.path().substring(1)));
            request.setHeader("Authorization", "Bearer " + document.token());
            request.setHeader("Accept", "application/pdf");
            request.setHeader("Accept-Language", "en");
            long begun = System.nanoTime();
            Object[] answer = http.execute(request, response ->
                    new Object[] {response.getCode(), EntityUtils.toByteArray(response.getEntity())});
            int status = (Integer) answer[0];
            byte[] body = (byte[]) answer[1];
            if (status == 200
                    && body.length > MAGIC.length
                    && Arrays.equals(body, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                tally.time(PDF, begun);
                tally.bytes(body.length);
            } else {
                tally.unexpected("GET", status, new String(body, StandardCharsets.UTF_8));
            }
            return true;
        });
    }
}
