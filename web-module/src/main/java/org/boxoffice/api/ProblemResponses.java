package org.boxoffice.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.api.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The error answers of every operation in the OpenAPI document: a {@code Problem} schema (RFC 9457,
 * with {@code errors} naming the offending fields) and, on each operation, the problems it can
 * answer, as shared responses with an example each:
 *
 * <ul>
 *   <li>400 where the operation reads parameters or a body (unreadable parameters, a malformed body);
 *   <li>401 and 403 where it needs a bearer token;
 *   <li>404 where its path names something by id;
 *   <li>409 and 422 where it changes something (a conflict with the current state, a body or a
 *       change that breaks a rule);
 *   <li>412 where it takes {@code If-Match};
 *   <li>429 where attempts are counted: signing in and tokens, and every operation an API client's
 *       token may call (each client has a rate limit);
 *   <li>500 everywhere: an unexpected failure, as a problem too.
 * </ul>
 *
 * An answer the operation declares itself is kept as it is.
 */
final class ProblemResponses {

    static final String SCHEMA = "Problem";
    static final String FIELD_ERROR = "FieldError";

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String RESPONSES = "#/components/responses/";

    /** The shared responses by status: name, description, example problem. */
    private record Shared(String status, String name, String description, Map<String, Object> example) {}

    private static final List<Shared> SHARED = List.of(
            new Shared(
                    "400",
                    "BadRequest",
                    "Parameters that cannot be read (all of them named in errors) or a body that is not the"
                            + " JSON expected.",
                    example(
                            "invalid-parameters",
                            "Invalid parameters",
                            400,
                            "Some parameters cannot be read; see errors.",
                            List.of(fieldError("size", "must be between 1 and 100")))),
            new Shared(
                    "401",
                    "Unauthorized",
                    "No bearer token, or one that is not valid (any more).",
                    plain(401, "Unauthorized")),
            new Shared("403", "Forbidden", "The token's roles or scopes do not allow this.", plain(403, "Forbidden")),
            new Shared(
                    "404",
                    "NotFound",
                    "Nothing with this id, or nothing the caller may see: another organisation's or"
                            + " customer's data answers as an unknown id does.",
                    example("catalog.unknown-event", "Unknown event", 404, "There is no event with id 42.", null)),
            new Shared(
                    "409",
                    "Conflict",
                    "The change conflicts with the current state (sold out, already used, changed at the"
                            + " same moment...); nothing was written.",
                    example(
                            "concurrent-change",
                            "Changed at the same time",
                            409,
                            "Another request changed the same data at the same moment; nothing of this one was"
                                    + " written. Send it again.",
                            null)),
            new Shared(
                    "412",
                    "PreconditionFailed",
                    "If-Match named a version that is no longer the current one: read again, then change.",
                    example(
                            "catalog.event-changed",
                            "Event changed meanwhile",
                            412,
                            "Event 42 was changed since you read it: you sent version 3, it is at version 4 now."
                                    + " Nothing was written; read it again and make your change to what it is now.",
                            null)),
            new Shared(
                    "422",
                    "UnprocessableContent",
                    "A well-formed request that breaks a rule: invalid-input names each offending field in"
                            + " errors; a business rule answers with its own code.",
                    example(
                            "invalid-input",
                            "Invalid input",
                            422,
                            "Some fields are not valid; see errors.",
                            List.of(fieldError("title", "is required"), fieldError("startsAt", "is required")))),
            new Shared(
                    "429",
                    "TooManyRequests",
                    "Too many requests or attempts: wait the seconds of Retry-After.",
                    example(
                            "account.too-many-sign-ins",
                            "Too many attempts",
                            429,
                            "Too many failed sign-ins from your address. Please wait 5 minutes before you try"
                                    + " again.",
                            null)),
            new Shared(
                    "500",
                    "InternalServerError",
                    "An unexpected failure: detail quotes an incident id, logged with the whole failure. Never a"
                            + " stack trace.",
                    plain(500, "Internal Server Error")));

    private ProblemResponses() {}

    static void addTo(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        Components components = document.getComponents();
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        components.addSchema(SCHEMA, problemSchema());
        for (Shared shared : SHARED) {
            components.addResponse(shared.name(), response(shared));
        }
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        boolean securedByDefault =
                document.getSecurity() != null && !document.getSecurity().isEmpty();
        document.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations()
                        .forEach((method, operation) -> addTo(path, item, method, operation, securedByDefault));
            }
        });
    }

    private static void addTo(
            String path, PathItem item, PathItem.HttpMethod method, Operation operation, boolean securedByDefault) {
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean secured = operation.getSecurity() == null
                ? securedByDefault
                : !operation.getSecurity().isEmpty();
        List<Parameter> parameters = parametersOf(item, operation);
        boolean readsInput = operation.getRequestBody() != null
                || parameters.stream().anyMatch(parameter -> parameter.getIn() != Parameter.In.PATH);
        if (readsInput) {
            add(operation, "400");
        }
        if (secured) {
            add(operation, "401");
            add(operation, "403");
        }
        if (path.contains("{")) {
            add(operation, "404");
        }
        if (changes) {
            add(operation, "409");
        }
        if (parameters.stream()
                .anyMatch(parameter ->
                        parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName()))) {
            add(operation, "412");
        }
        if (changes) {
            add(operation, "422");
        }
        if (secured || path.startsWith("/api/v1/auth/")) {
            add(operation, "429");
        }
        add(operation, "500");
    }

    private static List<Parameter> parametersOf(PathItem item, Operation operation) {
        List<Parameter> all = new java.util.ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    private static void add(Operation operation, String status) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (responses.hasAPIResponse(status)) {
            return;
        }
        Shared shared = SHARED.stream()
                .filter(candidate -> candidate.status().equals(status))
                .findFirst()
                .orElseThrow();
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + shared.name()));
    }

    private static APIResponse response(Shared shared) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(shared.description())
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(SCHEMAS + SCHEMA))
                                        .example(shared.example())));
        if (shared.status().equals("429")) {
            Header retryAfter = OASFactory.createHeader()
                    .description("seconds to wait before trying again")
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER));
            response.addHeader("Retry-After", retryAfter);
        }
        return response;
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail (application/problem+json): every error of the API.")
                .addRequired("type")
                .addRequired("title")
                .addRequired("status")
                .addProperty(
                        "type",
                        text("the problem's kind for machines: https://boxoffice.org/problems/<code>, or about:blank"
                                        + " for a plain HTTP error")
                                .format("uri"))
                .addProperty("title", text("a short, stable title for people"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.INTEGER)
                                .description("the HTTP status"))
                .addProperty("detail", text("what happened this time, in the caller's language"))
                .addProperty("instance", text("the request's address").format("uri"))
                .addProperty("code", text("the stable business code, such as inventory.sold-out"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.ARRAY)
                                .description("the offending fields or parameters of invalid input")
                                .items(OASFactory.createSchema().ref(SCHEMAS + FIELD_ERROR)))
                .addProperty(
                        "seats",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.ARRAY)
                                .description("the seats a conflict is about")
                                .items(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)))
                .addProperty("admittedAt", text("when a ticket scanned again let someone in"))
                .addProperty("gate", text("at which gate a ticket scanned again let someone in"))
                .addProperty(
                        "error", text("the OAuth 2.0 error code of a refused token request, such as invalid_client"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("One offending field of a body, or parameter of a request, and its rule.")
                .addRequired("field")
                .addRequired("message")
                .addProperty("field", text("the field or parameter as the client named it"))
                .addProperty("message", text("the rule it breaks"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }

    private static Map<String, Object> fieldError(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static Map<String, Object> example(
            String code, String title, int status, String detail, List<Map<String, Object>> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problem.TYPE_BASE + code);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", code);
        if (errors != null) {
            problem.put("errors", errors);
        }
        return problem;
    }

    private static Map<String, Object> plain(int status, String title) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", Problem.detailFor(status));
        return problem;
    }
}
