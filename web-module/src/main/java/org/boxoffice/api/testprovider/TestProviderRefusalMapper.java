package org.boxoffice.api.testprovider;

import jakarta.json.Json;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.boxoffice.api.problem.Problem;
import org.boxoffice.testprovider.entity.TestProviderRefusal;

/**
 * The test provider's refusals as problem+json with a {@code test-provider.} code, carrying the
 * provider's own code and message as a real provider answers them: {@code
 * "error":{"code":"amount_too_large","message":"..."}}.
 */
@Provider
public class TestProviderRefusalMapper implements ExceptionMapper<TestProviderRefusal> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(TestProviderRefusal refusal) {
        Response.Status status = Response.Status.fromStatusCode(refusal.reason().status());
        String code =
                switch (status) {
                    case NOT_FOUND -> "test-provider.not-found";
                    case CONFLICT -> "test-provider.conflict";
                    case INTERNAL_SERVER_ERROR -> "test-provider.processing-error";
                    default -> "test-provider.invalid-request";
                };
        String message = refusal.getMessage() == null ? status.getReasonPhrase() : refusal.getMessage();
        var problem = Json.createObjectBuilder()
                .add("type", Problem.TYPE_BASE + code)
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", message)
                .add("instance", uriInfo.getRequestUri().toString())
                .add("code", code)
                .add(
                        "error",
                        Json.createObjectBuilder()
                                .add("code", refusal.reason().code())
                                .add("message", message))
                .build();
        return Response.status(status)
                .type(Problem.JSON)
                .entity(problem.toString())
                .build();
    }
}
