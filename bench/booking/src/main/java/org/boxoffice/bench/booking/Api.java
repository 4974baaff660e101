package org.boxoffice.bench.booking;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON calls to the platform with a bearer token, for the set-up (not timed). */
final class Api {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    Api(URI base) {
        this.base = base;
    }

    /**
     * POSTs the JSON and returns the id at the end of the answer's {@code Location}.
     *
     * @throws IllegalStateException when the answer is not 201 with a Location
     */
    long create(String path, String json, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, json, token);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body() + "\nrequest: " + json);
        }
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("POST " + path + " answered no Location"));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** POSTs the JSON (or nothing) and requires 200. */
    void ok(String path, String json, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, json, token);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private HttpResponse<String> post(String path, String json, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                // publishing an event of 200,000 seats writes their inventory in the request
                .timeout(Duration.ofMinutes(5))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
