package org.boxoffice.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} names the problem for machines (a stable URI per
 * business code), {@code title} for people; {@code errors} lists the offending fields of invalid
 * input, {@code seats} the ids of the seats a conflict is about (as the seat map gives them);
 * {@code admittedAt} and {@code gate} say when and where a ticket scanned again let someone in;
 * {@code error} is the OAuth 2.0 error code (RFC 6749 5.2) of a refused token request.
 */
@JsonbPropertyOrder({
    "type",
    "title",
    "status",
    "detail",
    "instance",
    "code",
    "errors",
    "seats",
    "admittedAt",
    "gate",
    "error"
})
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        URI instance,
        String code,
        List<FieldError> errors,
        List<Long> seats,
        String admittedAt,
        String gate,
        String error) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType JSON = MediaType.valueOf(MEDIA_TYPE);

    /** Problem types are documented under this base; the last segment is the stable code. */
    public static final String TYPE_BASE = "https://boxoffice.org/problems/";

    public record FieldError(String field, String message) {}

    public static Problem of(Response.StatusType status, String code, String title, String detail) {
        return new Problem(
                URI.create(TYPE_BASE + code),
                title,
                status.getStatusCode(),
                detail,
                null,
                code,
                null,
                null,
                null,
                null,
                null);
    }

    /** A problem of a plain HTTP status, such as 404, with the standard type "about:blank". */
    public static Problem ofStatus(Response.StatusType status, String detail) {
        return new Problem(
                URI.create("about:blank"),
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** What a plain HTTP error status means for an API client, the same wherever it is answered. */
    public static String detailFor(int status) {
        return switch (status) {
            case 401 -> "Sign in: send a valid, unexpired bearer token in the Authorization header.";
            case 403 -> "Your account's roles do not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take this method.";
            case 406 -> "This address cannot answer in a media type that the request accepts.";
            case 415 -> "This address does not take a body of this media type.";
            default -> status >= 500 ? "Something went wrong on our side." : "The request could not be handled.";
        };
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(
                type, title, status, detail, instance, code, List.copyOf(fieldErrors), seats, admittedAt, gate, error);
    }

    public Problem withSeats(List<Long> seatIds) {
        return new Problem(
                type, title, status, detail, instance, code, errors, List.copyOf(seatIds), admittedAt, gate, error);
    }

    /** When (ISO-8601 with offset) and at which gate (null: none named) the ticket let someone in. */
    public Problem withAdmission(String at, String atGate) {
        return new Problem(type, title, status, detail, instance, code, errors, seats, at, atGate, error);
    }

    /** The OAuth 2.0 error code of a refused token request, such as {@code invalid_client}. */
    public Problem withOAuthError(String oauthError) {
        return new Problem(type, title, status, detail, instance, code, errors, seats, admittedAt, gate, oauthError);
    }

    public Problem at(URI requestUri) {
        return new Problem(type, title, status, detail, requestUri, code, errors, seats, admittedAt, gate, error);
    }

    public Response toResponse() {
        return Response.status(status).type(JSON).entity(this).build();
    }
}
