package org.boxoffice.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.boxoffice.api.problem.Problem;
import org.boxoffice.it.Http;
import org.boxoffice.it.ItSettings;
import org.boxoffice.it.Platform;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document that {@code GET /openapi} serves is valid OpenAPI 3 and lists every
 * operation the JAX-RS resources declare, from the first request after a start on: integrators
 * generate their clients from it, and {@code HostileInputIT} finds the operations to attack in it.
 */
class OpenApiDocumentIT {

    private static final Set<Class<? extends Annotation>> HTTP_METHODS =
            Set.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    @Test
    void theFirstAnswerAfterAStartIsTheWholeDocument() {
        Platform.OpenApiAnswer first = Platform.firstOpenApiAnswer();
        Platform.OpenApiAnswer later = Platform.openApi();
        keep("openapi-first.json", first.body());

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(later.status()).as(later.body()).isEqualTo(200);
        assertThat(operations(Http.json(first.body())))
                .as("the operations of the first answer, against a later one")
                .isEqualTo(operations(Http.json(later.body())));
    }

    @Test
    void isValidOpenApi3() {
        String body = Platform.firstOpenApiAnswer().body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(body, null, options);

        assertThat(parsed.getMessages()).as("the validator's messages").isEmpty();
        assertThat(parsed.getOpenAPI()).isNotNull();
        JsonObject document = Http.json(body);
        assertThat(document.getString("openapi")).startsWith("3.");
    }

    @Test
    void operationIdsAreUnique() {
        JsonObject document = Http.json(Platform.firstOpenApiAnswer().body());
        List<String> ids = new ArrayList<>();
        eachOperation(document, (method, path, operation) -> {
            if (operation.containsKey("operationId")) {
                ids.add(operation.getString("operationId"));
            }
        });

        Map<String, Long> repeated =
                ids.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting())).entrySet().stream()
                        .filter(entry -> entry.getValue() > 1)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(repeated).as("operationIds used more than once").isEmpty();
    }

    @Test
    void everyPathParameterIsDeclared() {
        JsonObject document = Http.json(Platform.firstOpenApiAnswer().body());
        List<String> undeclared = new ArrayList<>();
        eachOperation(document, (method, path, operation) -> {
            Set<String> declared = new TreeSet<>();
            Stream.of(document.getJsonObject("paths").getJsonObject(path), operation)
                    .filter(holder -> holder.containsKey("parameters"))
                    .flatMap(holder -> holder.getJsonArray("parameters").stream())
                    .map(JsonValue::asJsonObject)
                    .map(parameter -> resolve(document, parameter))
                    .filter(parameter -> "path".equals(parameter.getString("in", "")))
                    .forEach(parameter -> declared.add(parameter.getString("name")));
            Matcher inTemplate = TEMPLATE_PARAMETER.matcher(path);
            while (inTemplate.find()) {
                if (!declared.contains(inTemplate.group(1))) {
                    undeclared.add(method + " " + path + ": " + inTemplate.group(1));
                }
            }
        });

        assertThat(undeclared)
                .as("path parameters of a template without a declaration")
                .isEmpty();
    }

    @Test
    void listsEveryOperationOfTheResources() {
        Set<String> declared = resourceOperations();
        Set<String> documented =
                operations(Http.json(Platform.firstOpenApiAnswer().body()));

        assertThat(declared)
                .as("the resources' operations, found by reflection")
                .hasSizeGreaterThan(50);
        assertThat(documented)
                .as(
                        "in the document but in no resource: %s; in a resource but not in the document: %s",
                        difference(documented, declared), difference(declared, documented))
                .isEqualTo(declared);
    }

    /**
     * The operations of the platform's public API contract, as the contract names them (a path
     * parameter's name does not matter): integrators rely on each being in the document.
     */
    static final List<String> CONTRACT = List.of(
            // authentication
            "POST /api/v1/accounts",
            "POST /api/v1/auth/token",
            "POST /api/v1/organizer/clients",
            "DELETE /api/v1/organizer/clients/{clientId}",
            "POST /api/v1/admin/clients",
            "DELETE /api/v1/admin/clients/{clientId}",
            "POST /api/v1/auth/password-reset",
            "POST /api/v1/auth/password-reset/confirm",
            // catalog
            "GET /api/v1/events",
            "GET /api/v1/events/{eventId}",
            "GET /api/v1/events/{eventId}/seats",
            "GET /api/v1/categories",
            "GET /api/v1/venues/{venueId}",
            // organizer
            "POST /api/v1/venues",
            "POST /api/v1/venues/{venueId}/sections",
            "POST /api/v1/events",
            "POST /api/v1/events/{id}/publish",
            "POST /api/v1/events/{id}/cancel",
            "PUT /api/v1/events/{id}",
            "GET /api/v1/events/{id}/sales",
            // booking
            "POST /api/v1/bookings",
            "POST /api/v1/bookings/{id}/payment",
            "GET /api/v1/bookings",
            "GET /api/v1/bookings/{id}",
            "POST /api/v1/bookings/{id}/cancel",
            "GET /api/v1/tickets/{ticketId}.pdf",
            "GET /api/v1/tickets/{ticketId}/qr.png",
            "GET /api/v1/bookings/{bookingId}/tickets.pdf",
            "GET /api/v1/payments",
            "POST /api/v1/payments/webhooks/{provider}",
            // entry
            "POST /api/v1/checkins",
            "GET /api/v1/events/{eventId}/checkin-list",
            "POST /api/v1/checkins/batch",
            "POST /api/v1/organizer/events/{eventId}/scanner-tokens",
            // support and reviews
            "GET /api/v1/support/cases",
            "POST /api/v1/support/cases",
            "GET /api/v1/support/cases/{caseId}",
            "POST /api/v1/support/cases/{caseId}/messages",
            "GET /api/v1/events/{eventId}/reviews",
            "POST /api/v1/events/{eventId}/reviews",
            "PUT /api/v1/reviews/{reviewId}",
            "POST /api/v1/reviews/{reviewId}/reports",
            // reports and webhooks
            "GET /api/v1/reports",
            "GET /api/v1/reports/{reportId}.csv",
            "GET /api/v1/reports/{reportId}.xlsx",
            "POST /api/v1/webhooks",
            "GET /api/v1/webhooks/{id}/deliveries");

    /** The contract's operational addresses, served beside the API rather than in its document. */
    static final List<String> OPERATIONS =
            List.of("/health/live", "/health/ready", "/metrics", "/openapi", "/api/docs");

    @Test
    void everyOperationOfTheContractIsInTheDocument() {
        Set<String> documented = operations(
                        Http.json(Platform.firstOpenApiAnswer().body()))
                .stream()
                .map(OpenApiDocumentIT::anyParameterName)
                .collect(Collectors.toCollection(TreeSet::new));

        List<String> missing = CONTRACT.stream()
                .filter(operation -> !documented.contains(anyParameterName(operation)))
                .toList();

        assertThat(missing)
                .as("operations of the contract that the document lacks")
                .isEmpty();
    }

    @Test
    void theContractsOperationalAddressesAnswer() {
        for (String path : OPERATIONS) {
            HttpResponse<String> answer = Http.get(Platform.uri(path));
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        }
    }

    @Test
    void everyOperationListsItsProblemsAndEveryJsonBodyHasAnExample() {
        JsonObject document = Http.json(Platform.firstOpenApiAnswer().body());
        JsonObject problem =
                document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertThat(problem.getJsonObject("properties").keySet())
                .as("the Problem schema names every member a problem may have")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Problem.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
        JsonObject responses = document.getJsonObject("components").getJsonObject("responses");
        assertThat(responses
                        .getJsonObject("UnprocessableContent")
                        .getJsonObject("content")
                        .getJsonObject("application/problem+json")
                        .getJsonObject("example")
                        .getJsonArray("errors"))
                .isNotEmpty();

        List<String> withoutProblems = new ArrayList<>();
        List<String> withoutExamples = new ArrayList<>();
        eachOperation(document, (method, path, operation) -> {
            JsonObject answers = operation.getJsonObject("responses");
            if (!answers.containsKey("500")) {
                withoutProblems.add(method + " " + path + " (500)");
            }
            if (!method.equals("GET") && !answers.containsKey("422")) {
                withoutProblems.add(method + " " + path + " (422)");
            }
            if (path.contains("{") && !answers.containsKey("404")) {
                withoutProblems.add(method + " " + path + " (404)");
            }
            if (operation.containsKey("security") && !answers.containsKey("401")) {
                withoutProblems.add(method + " " + path + " (401)");
            }
            if (operation.containsKey("requestBody")) {
                operation.getJsonObject("requestBody").getJsonObject("content").forEach((type, media) -> {
                    if (type.contains("json") && !media.asJsonObject().containsKey("example")) {
                        withoutExamples.add(method + " " + path + " " + type);
                    }
                });
            }
        });

        assertThat(withoutProblems).as("operations without their error answers").isEmpty();
        assertThat(withoutExamples).as("JSON request bodies without an example").isEmpty();
        JsonObject create =
                document.getJsonObject("paths").getJsonObject("/api/v1/events").getJsonObject("post");
        assertThat(create.getJsonObject("requestBody")
                        .getJsonObject("content")
                        .getJsonObject("application/json")
                        .getJsonObject("example")
                        .getString("startsAt"))
                .matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(create.getJsonObject("requestBody")
                        .getJsonObject("content")
                        .getJsonObject("application/json")
                        .getJsonObject("example")
                        .getJsonArray("ticketTypes"))
                .as("the example of a new event is one the API takes: each ticket type seats or a capacity")
                .allSatisfy(type -> assertThat(type.asJsonObject().containsKey("sectionId"))
                        .isNotEqualTo(type.asJsonObject().containsKey("capacity")));
        assertThat(create.getJsonObject("responses").keySet()).contains("400", "401", "403", "409", "422");
        assertThat(document.getJsonObject("paths")
                        .getJsonObject("/api/v1/events/{eventId}")
                        .getJsonObject("put")
                        .getJsonObject("responses")
                        .keySet())
                .contains("404", "412", "422");
    }

    /** {@code PUT /api/v1/events/{id}} as {@code PUT /api/v1/events/{}}. */
    private static String anyParameterName(String operation) {
        return operation.replaceAll("\\{[^}]*}", "{}");
    }

    /** The document as served, beside the servers' logs, to read after a failure. */
    private static void keep(String name, String body) {
        try {
            Files.writeString(ItSettings.directory().resolve(name), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "METHOD /path" of every operation in the document, path templates without regular expressions. */
    static Set<String> operations(JsonObject document) {
        Set<String> operations = new TreeSet<>();
        eachOperation(document, (method, path, operation) -> operations.add(method + " " + normalise(path)));
        return operations;
    }

    interface OperationVisitor {
        void visit(String method, String path, JsonObject operation);
    }

    static void eachOperation(JsonObject document, OperationVisitor visitor) {
        Set<String> methods = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
        document.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((key, value) -> {
                    if (methods.contains(key)) {
                        visitor.visit(key.toUpperCase(java.util.Locale.ROOT), path, value.asJsonObject());
                    }
                }));
    }

    private static JsonObject resolve(JsonObject document, JsonObject maybeReference) {
        if (!maybeReference.containsKey("$ref")) {
            return maybeReference;
        }
        JsonObject target = document;
        for (String part : maybeReference.getString("$ref").substring(2).split("/")) {
            target = target.getJsonObject(part);
        }
        return target;
    }

    /** "METHOD /path" of every resource method of the compiled package org.boxoffice.api. */
    static Set<String> resourceOperations() {
        String root =
                "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
        Set<String> operations = new TreeSet<>();
        for (Class<?> type : apiClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                for (Class<? extends Annotation> httpMethod : HTTP_METHODS) {
                    if (method.isAnnotationPresent(httpMethod)) {
                        Path methodPath = method.getAnnotation(Path.class);
                        String path =
                                root + "/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value());
                        operations.add(httpMethod.getSimpleName() + " " + normalise(path));
                    }
                }
            }
        }
        return operations;
    }

    /** The classes compiled from the web module's package org.boxoffice.api, found in its output folder. */
    private static List<Class<?>> apiClasses() {
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(RestApplication.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            java.nio.file.Path api = classes.resolve("org/boxoffice/api");
            try (Stream<java.nio.file.Path> files = Files.walk(api)) {
                List<String> names = files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> classes.relativize(file).toString())
                        .map(name -> name.substring(0, name.length() - ".class".length())
                                .replace('/', '.'))
                        .toList();
                List<Class<?>> types = new ArrayList<>();
                for (String name : names) {
                    types.add(Class.forName(name, false, OpenApiDocumentIT.class.getClassLoader()));
                }
                return types;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One slash between segments, none at the end, {@code {id: [0-9]+}} as {@code {id}}. */
    static String normalise(String path) {
        String plain = TEMPLATE_PARAMETER
                .matcher(path)
                .replaceAll(match -> "{" + match.group(1).strip() + "}");
        String slashes = ("/" + plain).replaceAll("/+", "/");
        return slashes.length() > 1 && slashes.endsWith("/") ? slashes.substring(0, slashes.length() - 1) : slashes;
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> left = new TreeSet<>(these);
        left.removeAll(those);
        return left;
    }
}
