package org.boxoffice.api.problem;

import jakarta.ws.rs.core.Response;

/**
 * HTTP 422, which Jakarta REST 3.1's {@link Response.Status} lacks: {@code
 * Response.Status.fromStatusCode(422)} is null there.
 */
final class UnprocessableContent implements Response.StatusType {

    static final Response.StatusType STATUS = new UnprocessableContent();

    private UnprocessableContent() {}

    @Override
    public int getStatusCode() {
        return 422;
    }

    @Override
    public Response.Status.Family getFamily() {
        return Response.Status.Family.CLIENT_ERROR;
    }

    @Override
    public String getReasonPhrase() {
        return "Unprocessable Content";
    }

    @Override
    public String toString() {
        return "422 Unprocessable Content";
    }
}
