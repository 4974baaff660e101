package org.boxoffice.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls to the platform, as an integrator's client would make them. */
public final class Http {

    // HTTP/1.1 as browsers and integrators over TLS-less localhost speak it: the default would try an
    // h2c upgrade, and Payara's GOAWAY on an upgraded connection under load fails requests at random
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Http() {}

    public static HttpResponse<String> get(URI uri, String... headers) {
        return send(request(uri, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<byte[]> getBytes(URI uri, String... headers) {
        return send(request(uri, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public static HttpResponse<String> getWithToken(URI uri, String token) {
        return get(uri, "Authorization", "Bearer " + token);
    }

    public static HttpResponse<String> postJson(URI uri, String json, String... headers) {
        return send(
                request(uri, headers)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> putJson(URI uri, String json, String... headers) {
        return send(
                request(uri, headers)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> putBytes(URI uri, String contentType, byte[] body, String... headers) {
        return send(
                request(uri, headers)
                        .header("Content-Type", contentType)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> postBytes(URI uri, String contentType, byte[] body, String... headers) {
        return send(
                request(uri, headers)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> delete(URI uri, String... headers) {
        return send(request(uri, headers).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    public static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static HttpRequest.Builder request(URI uri, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return CLIENT.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
