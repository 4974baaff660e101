package org.boxoffice.bench.common;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * JSON calls to the platform with a bearer token, for a bench's set-up and checks (not timed: the
 * load generators use {@link BlockingHttp}). One client shared by the calling threads.
 */
public final class Api {

    /** An answer: its status and body. */
    public record Answer(int status, String body) {}

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public Api(URI base) {
        this.base = base;
    }

    /**
     * POSTs the JSON and returns the id at the end of the answer's {@code Location}.
     *
     * @throws IllegalStateException when the answer is not 201 with a Location
     */
    public long create(String path, String json, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = send(path, json, token, null);
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
    public void ok(String path, String json, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = send(path, json, token, null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** POSTs the JSON (or nothing) with the headers given as name, value, ... and returns the answer as it is. */
    public Answer post(String path, String json, String token, String... headers)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(path, json, token, headers);
        return new Answer(response.statusCode(), response.body());
    }

    /** GETs the path as JSON and returns the answer as it is. */
    public Answer get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Accept", "application/json")
                .timeout(Duration.ofMinutes(1))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private HttpResponse<String> send(String path, String json, String token, String[] headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                // publishing an event of 200,000 seats writes their inventory in the request
                .timeout(Duration.ofMinutes(5))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (headers != null) {
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }
}
