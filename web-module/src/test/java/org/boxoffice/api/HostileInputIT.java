package org.boxoffice.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestDatabase;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served OpenAPI document, sent malformed bodies, headers, path and query
 * parameters: the API must refuse them with a problem+json answer, quickly, without a 5xx, without
 * leaving a request thread busy and without writing half of anything. The operations come from
 * the document, so that an operation added later is attacked too (OpenApiDocumentIT checks that
 * the document lists them all).
 */
class HostileInputIT {

    /** How long an answer may take. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** Requests in flight at once: enough to be quick on two cores, few enough to leave room for the server. */
    private static final int THREADS = 4;

    /** After this many answers that did not come in time, requests that may hang the parser are no longer sent. */
    private static final int TIMEOUTS_BEFORE_CAUTION = 1;

    /** CPU time a request thread may use in the quiet window after the run, in seconds. */
    private static final double BUSY_THREAD_CPU_SECONDS = 0.3;

    private static final String REQUEST_THREAD_PREFIX = "http-thread-poo";

    private static final String[] ALL_ROLES = {"CUSTOMER", "ORGANIZER", "SUPPORT", "ADMIN"};

    /**
     * Tables that record refused requests by design, whose rows may grow while everything is
     * refused (from ejb-module/src/main/resources/db/migration):
     *
     * <ul>
     *   <li>{@code audit_event} (V4): a failed sign-in ({@code POST /api/v1/auth/token} with wrong
     *       credentials) is recorded as SIGN_IN_FAILED in a transaction of its own
     *       ({@code SignInFailures}), precisely because the request is refused.
     *   <li>{@code rate_count} (V58): every request to the token endpoint counts against its
     *       address's rate limit, and every failed sign-in against the address throttle, in a
     *       transaction of its own ({@code RateCounts}), refused or not.
     * </ul>
     */
    private static final Set<String> RECORDS_REFUSALS = Set.of("audit_event", "rate_count");

    /** The 2,000 levels of nesting that a parser without a depth limit recurses or loops on. */
    private static final int DEPTH = 2000;

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    private static JsonObject document;
    private static List<Operation> operations;
    private static long organisation;

    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger timeouts = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    @BeforeAll
    static void readTheDocument() {
        HttpResponse<String> answer = Http.get(Platform.uri("/openapi"), "Accept", "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        document = Http.json(answer);
        operations = operations(document);
        // a floor, so that an empty or truncated document cannot make this suite pass by attacking nothing
        assertThat(operations).as("operations in the document").hasSizeGreaterThan(50);
        organisation = TestData.organisation(TestData.unique("Hostile Org"));
    }

    @Test
    void everyOperationRefusesHostileInputWithAProblem() throws Exception {
        long started = System.nanoTime();
        List<String> tables = tables();
        assertThat(tables).as("the application's tables").contains("account", "booking", "event");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (Operation operation : operations) {
                attack(operation, tables, pool);
            }
        } finally {
            pool.shutdownNow();
        }
        busyRequestThreads()
                .forEach((thread, cpu) ->
                        violations.add("request thread " + thread + " still busy after the requests: " + cpu));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        String summary = operations.size() + " operations, " + sent.get() + " requests in " + seconds + " s, "
                + timeouts.get() + " without an answer within " + TIMEOUT.toSeconds() + " s, " + skipped.get()
                + " not sent after the parser hung";
        System.out.println("HostileInputIT: " + summary);
        assertThat(violations)
                .as("%s; %d violations:%n%s", summary, violations.size(), String.join("\n", violations))
                .isEmpty();
    }

    /**
     * Requests over the HTTP server's own limits (header size, request line length) never reach
     * the application, so no problem+json can answer them: a quick refusal or a closed connection
     * is all that can be asked, and that no request thread stays busy.
     */
    @Test
    void requestsOverTheServersLimitsAreRefusedQuickly() {
        String path = "/api/v1/events";
        String big = "a".repeat(100_000);
        List<Attack> attacks = List.of(
                new Attack("a 100 KB header", "GET", path, List.of("X-Big", big), null, Expect.SERVER_LIMIT),
                new Attack("a 100 KB query", "GET", path + "?q=" + big, List.of(), null, Expect.SERVER_LIMIT),
                new Attack("a 100 KB path", "GET", path + "/" + big, List.of(), null, Expect.SERVER_LIMIT),
                new Attack(
                        "1,000 headers",
                        "GET",
                        path,
                        Stream.iterate(0, i -> i + 1)
                                .limit(1000)
                                .flatMap(i -> Stream.of("X-H" + i, "v"))
                                .toList(),
                        null,
                        Expect.SERVER_LIMIT),
                new Attack(
                        "a 100 KB bearer token",
                        "GET",
                        "/api/v1/bookings",
                        List.of("Authorization", "Bearer " + big),
                        null,
                        Expect.SERVER_LIMIT));
        Operation none = new Operation("GET", path, List.of(), List.of(), Set.of(), null, false, "");
        // a thread that was busy before (a request of another test still running) is not this test's
        Set<String> busyBefore = busyRequestThreads().keySet();
        for (Attack attack : attacks) {
            check(none, attack, raw(attack));
        }
        busyRequestThreads().forEach((thread, cpu) -> {
            if (!busyBefore.contains(thread)) {
                violations.add("request thread " + thread + " still busy after the requests: " + cpu);
            }
        });
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    // ---------------------------------------------------------------- one operation

    private void attack(Operation operation, List<String> tables, ExecutorService pool) throws Exception {
        String email = TestData.unique("hostile") + "@example.org";
        long account = TestData.account(email, ALL_ROLES);
        TestData.joinOrganisation(account, organisation);
        Credentials credentials = new Credentials(
                Tokens.valid(account, email, ALL_ROLES),
                Tokens.expired(account, email, ALL_ROLES),
                Tokens.tampered(Tokens.valid(account, email, "CUSTOMER"), ALL_ROLES),
                Tokens.signedByAnotherKey(account, email, ALL_ROLES));
        List<Attack> attacks = attacks(operation, credentials);
        Map<String, Long> before = counts(tables);

        List<Outcome> outcomes = new ArrayList<>();
        List<Future<Outcome>> pending = new ArrayList<>();
        for (Attack attack : attacks) {
            if (attack.mayHang() && timeouts.get() >= TIMEOUTS_BEFORE_CAUTION) {
                skipped.incrementAndGet();
                continue;
            }
            if (attack.mayHang()) {
                // alone, so that a hang is seen at once and counted before the next one is sent
                outcomes.add(send(attack));
            } else {
                pending.add(pool.submit(() -> send(attack)));
            }
        }
        for (Future<Outcome> future : pending) {
            try {
                outcomes.add(future.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        boolean allRefused = true;
        for (Outcome outcome : outcomes) {
            check(operation, outcome.attack(), outcome);
            allRefused &= outcome.status() >= 400 && outcome.status() < 500;
        }
        if (allRefused) {
            Map<String, Long> after = counts(tables);
            for (String table : tables) {
                if (!RECORDS_REFUSALS.contains(table) && !before.get(table).equals(after.get(table))) {
                    violations.add(operation + ": every request was refused, yet table " + table + " went from "
                            + before.get(table) + " to " + after.get(table) + " rows");
                }
            }
        }
    }

    private void check(Operation operation, Attack attack, Outcome outcome) {
        String where = operation + " <- " + attack.description() + " [" + attack.method() + " "
                + shorten(attack.target(), 120) + "]: ";
        String seen = "status " + outcome.status() + (outcome.fromApplication() ? " from the application" : "")
                + (outcome.error() == null && !outcome.fromApplication() ? " from the HTTP server" : "") + " in "
                + outcome.millis() + " ms, "
                + (outcome.error() != null ? outcome.error() : "body " + shorten(outcome.body(), 300));
        if (outcome.error() instanceof HttpTimeoutException || outcome.error() instanceof SocketTimeoutException) {
            violations.add(where + "no answer within " + TIMEOUT.toSeconds() + " s");
            return;
        }
        if (attack.expect() == Expect.SERVER_LIMIT) {
            if (outcome.error() == null && !Set.of(400, 413, 414, 431).contains(outcome.status())) {
                violations.add(where + "not refused by the HTTP server: " + seen);
            }
            if (outcome.millis() > TIMEOUT.toMillis()) {
                violations.add(where + "too slow: " + seen);
            }
            return;
        }
        if (outcome.error() != null) {
            violations.add(where + "no answer: " + seen);
            return;
        }
        if (attack.expect() == Expect.SERVER_OR_APPLICATION
                && !outcome.fromApplication()
                && Set.of(400, 413, 414, 431).contains(outcome.status())) {
            return;
        }
        if (outcome.millis() > TIMEOUT.toMillis()) {
            violations.add(where + "too slow: " + seen);
        }
        if (outcome.status() >= 500) {
            violations.add(where + "a server error: " + seen);
            return;
        }
        if (attack.expect() == Expect.TOO_LARGE && outcome.status() != 413) {
            violations.add(where + "a body over the limit not answered 413: " + seen);
        }
        if (outcome.status() >= 400) {
            String problem = problemMistake(outcome);
            if (problem != null) {
                violations.add(where + problem + ": " + seen + ", content type " + outcome.contentType());
            }
        }
    }

    /** Null when the answer is a problem+json whose status is the HTTP status; otherwise what is wrong. */
    private static String problemMistake(Outcome outcome) {
        if (!outcome.contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return "a " + outcome.status() + " that is not application/problem+json";
        }
        try {
            JsonObject problem = Http.json(outcome.body());
            if (!problem.containsKey("status") || problem.getInt("status") != outcome.status()) {
                return "a problem whose status is not the HTTP status";
            }
            return null;
        } catch (RuntimeException e) {
            return "a problem+json that is not a JSON object (" + e.getMessage() + ")";
        }
    }

    // ---------------------------------------------------------------- the attacks

    private enum Expect {
        /** The application answers: no 5xx; a 4xx is a problem with its status. */
        APPLICATION,
        /** The body is over the size limit: 413, as a problem. */
        TOO_LARGE,
        /** Over the HTTP server's own limits: a quick 400, 413, 414, 431 or a closed connection. */
        SERVER_LIMIT,
        /**
         * What the HTTP server may refuse itself before the application sees it (a body on a GET,
         * a control or non-ASCII character in a header, an encoded NUL or invalid UTF-8 in the
         * path, a header over its size limit): its bare 400, 413, 414 or 431, or else the
         * application's answer as for {@link #APPLICATION}.
         */
        SERVER_OR_APPLICATION
    }

    /** Headers the JDK's HttpClient refuses to set: such requests are written on a socket. */
    private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "upgrade", "host", "expect");

    /**
     * One request: {@code target} is the path and query, already encoded; {@code headers} name and
     * value pairs; {@code body} null for none. {@code mayHang}: known to hang a JSON parser that
     * skips unknown properties to the end of the input.
     */
    private record Attack(
            String description,
            String method,
            String target,
            List<String> headers,
            byte[] body,
            Expect expect,
            boolean mayHang) {

        Attack(String description, String method, String target, List<String> headers, byte[] body, Expect expect) {
            this(description, method, target, headers, body, expect, false);
        }

        Attack refusableByTheServer() {
            return new Attack(description, method, target, headers, body, Expect.SERVER_OR_APPLICATION, mayHang);
        }

        /** Whether the JDK's HttpClient can send it (it refuses control and non-Latin-1 characters in headers). */
        boolean sendableByClient() {
            for (int i = 0; i < headers.size(); i += 2) {
                if (RESTRICTED_HEADERS.contains(headers.get(i).toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            for (int i = 1; i < headers.size(); i += 2) {
                for (char c : headers.get(i).toCharArray()) {
                    if (c > 126 || (c < 32 && c != '\t')) {
                        return false;
                    }
                }
            }
            try {
                URI.create("http://localhost" + target);
            } catch (IllegalArgumentException malformed) {
                return false;
            }
            return body == null || body.length < 1_000_000;
        }
    }

    private record Credentials(String valid, String expired, String tampered, String anotherKey) {}

    private List<Attack> attacks(Operation operation, Credentials credentials) {
        List<Attack> attacks = new ArrayList<>();
        String target = operation.target(Map.of(), Map.of());
        List<String> authorized = List.of("Authorization", "Bearer " + credentials.valid());
        List<String> typed = join(authorized, List.of("Content-Type", "application/json"));
        List<String> json = operation.idempotent()
                ? join(typed, List.of("Idempotency-Key", UUID.randomUUID().toString()))
                : typed;
        String method = operation.method();
        byte[] emptyObject = bytes("{}");

        // bodies: all of them where a body is taken, a few where none is
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        Map<String, byte[]> mayHang = new LinkedHashMap<>();
        mayHang.put("truncated {\"x\":{", bytes("{\"x\":{"));
        mayHang.put("truncated {\"x\":[", bytes("{\"x\":["));
        mayHang.put("truncated {\"a\":", bytes("{\"a\":"));
        mayHang.put(DEPTH + " unclosed {\"a\":", bytes("{\"a\":".repeat(DEPTH)));
        bodies.put(DEPTH + " unclosed [", bytes("[".repeat(DEPTH)));
        bodies.put(DEPTH + " closed [", bytes("[".repeat(DEPTH) + "]".repeat(DEPTH)));
        bodies.put(DEPTH + " closed {\"a\":", bytes("{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH)));
        bodies.put("a body of []", bytes("[]"));
        bodies.put("a body of \"x\"", bytes("\"x\""));
        bodies.put("a body of 1", bytes("1"));
        bodies.put("a body of null", bytes("null"));
        if (operation.takesBody()) {
            Map<String, JsonObject> properties = operation.properties(document);
            Set<String> names = properties.isEmpty() ? Set.of("x") : properties.keySet();
            properties.forEach((name, schema) -> bodies.put(
                    "the wrong type for " + name + " (" + type(schema) + ")",
                    bytes("{" + quote(name) + ":" + wrongType(schema) + "}")));
            for (String number : List.of("1e309", "-1e309", "1e-400", "1e999999999", "12345678901234567890")) {
                bodies.put("every property " + number, bytes(everyProperty(names, number)));
            }
            bodies.put("every property a 100 KB string", bytes(everyProperty(names, quote("x".repeat(100_000)))));
            bodies.put("every property NUL", bytes(everyProperty(names, "\"a\\u0000b\"")));
            bodies.put(
                    "every property control characters", bytes(everyProperty(names, "\"\\u0001\\u001b[2J\\u007f\"")));
            bodies.put("every property raw control characters", bytes(everyProperty(names, "\"a\u0001\u0008b\"")));
            bodies.put("every property bidi U+202E", bytes(everyProperty(names, "\"\u202Egnp.exe\"")));
            bodies.put("every property a lone surrogate \\ud800", bytes(everyProperty(names, "\"\\ud800\"")));
            bodies.put("every property unicode", bytes(everyProperty(names, "\"Zoë 東京 😀\"")));
            bodies.put(
                    "invalid UTF-8 C3 28",
                    concat(bytes("{" + quote(first(names)) + ":\""), new byte[] {(byte) 0xC3, 0x28}, bytes("\"}")));
            bodies.put(
                    "invalid UTF-8 FF",
                    concat(bytes("{" + quote(first(names)) + ":\""), new byte[] {(byte) 0xFF}, bytes("\"}")));
            bodies.put("an empty body", new byte[0]);
            bodies.put(
                    "duplicate keys", bytes("{" + quote(first(names)) + ":\"a\"," + quote(first(names)) + ":\"b\"}"));
            bodies.put("a string where an object belongs", bytes("\"" + "x".repeat(1000) + "\""));
        }
        mayHang.forEach((description, body) ->
                attacks.add(new Attack(description, method, target, json, body, Expect.APPLICATION, true)));
        bodies.forEach((description, body) ->
                attacks.add(new Attack(description, method, target, json, body, Expect.APPLICATION)));
        // some without a token: the refusal of the missing token must be a problem too
        for (String description : List.of(DEPTH + " closed [", "a body of []")) {
            attacks.add(new Attack(
                    description + ", no token",
                    method,
                    target,
                    List.of("Content-Type", "application/json"),
                    bodies.get(description),
                    Expect.APPLICATION));
        }
        if (operation.takesBody()) {
            byte[] tooLarge = bytes("{\"x\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}");
            // in the operation's own media type (an image where images go), so that only its size is wrong
            List<String> ownType = join(authorized, List.of("Content-Type", operation.bodyType()));
            attacks.add(new Attack("a 3 MB body", method, target, ownType, tooLarge, Expect.TOO_LARGE));
        }

        // content types
        for (String type : List.of("text/plain", "application/xml", "garbage;;==/x")) {
            attacks.add(new Attack(
                    "Content-Type " + type,
                    method,
                    target,
                    join(authorized, List.of("Content-Type", type)),
                    emptyObject,
                    Expect.APPLICATION));
        }
        attacks.add(new Attack("no Content-Type", method, target, authorized, emptyObject, Expect.APPLICATION));
        // what Apache HttpClient 5 sends with every request: an upgrade to TLS the server does not offer
        attacks.add(new Attack(
                "Connection: Upgrade, Upgrade: TLS/1.2 (and close: one request per socket here)",
                method,
                target,
                join(
                        operation.takesBody() ? json : authorized,
                        List.of("Connection", "Upgrade, close", "Upgrade", "TLS/1.2")),
                operation.takesBody() ? emptyObject : null,
                Expect.APPLICATION));

        // authorization
        byte[] body = operation.takesBody() ? emptyObject : null;
        List<String> type = List.of("Content-Type", "application/json");
        Map<String, String> authorizations = new LinkedHashMap<>();
        authorizations.put("garbage", "garbage");
        authorizations.put("Bearer garbage", "Bearer garbage.garbage.garbage");
        authorizations.put("Bearer empty", "Bearer ");
        authorizations.put("Basic", "Basic " + java.util.Base64.getEncoder().encodeToString(bytes("admin:admin")));
        authorizations.put("an expired token", "Bearer " + credentials.expired());
        authorizations.put("a tampered token", "Bearer " + credentials.tampered());
        authorizations.put("a token signed by another key", "Bearer " + credentials.anotherKey());
        authorizations.put("a token with a control character", "Bearer " + credentials.valid() + "\u0001");
        attacks.add(new Attack("no Authorization", method, target, type, body, Expect.APPLICATION));
        authorizations.forEach((description, value) -> attacks.add(new Attack(
                "Authorization " + description,
                method,
                target,
                join(type, List.of("Authorization", value)),
                body,
                Expect.APPLICATION)));

        // idempotency keys, where writes are made
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put("empty", "");
            keys.put("10 KB", "k".repeat(10 * 1024));
            keys.put("with control characters", "key\u0001\u007f");
            keys.put("non-ASCII", "clé-ключ-鍵");
            List<String> withType = join(authorized, type);
            attacks.add(new Attack("no Idempotency-Key", method, target, withType, body, Expect.APPLICATION));
            keys.forEach((description, value) -> attacks.add(new Attack(
                    "Idempotency-Key " + description,
                    method,
                    target,
                    join(withType, List.of("Idempotency-Key", value)),
                    body,
                    Expect.APPLICATION)));
        }

        // path and query parameters of every shape
        List<String> withType = join(authorized, type);
        Map<String, String> shapes = shapes();
        for (String name : operation.pathParameters()) {
            shapes.forEach((description, value) -> attacks.add(new Attack(
                    "path " + name + " " + description,
                    method,
                    operation.target(Map.of(name, value), Map.of()),
                    withType,
                    body,
                    Expect.APPLICATION)));
        }
        for (String name : operation.queryParameters()) {
            shapes.forEach((description, value) -> attacks.add(new Attack(
                    "query " + name + " " + description,
                    method,
                    operation.target(Map.of(), Map.of(name, List.of(value))),
                    withType,
                    body,
                    Expect.APPLICATION)));
            attacks.add(new Attack(
                    "query " + name + " repeated",
                    method,
                    operation.target(Map.of(), Map.of(name, List.of("1", "abc", "-1"))),
                    withType,
                    body,
                    Expect.APPLICATION));
            attacks.add(new Attack(
                    "query " + name + " without =",
                    method,
                    target + (target.contains("?") ? "&" : "?") + name,
                    withType,
                    body,
                    Expect.APPLICATION));
        }
        attacks.add(new Attack(
                "an unknown query parameter",
                method,
                operation.target(Map.of(), Map.of("unknown-" + UUID.randomUUID(), List.of("\u202E1"))),
                withType,
                body,
                Expect.APPLICATION));
        attacks.add(new Attack(
                "a malformed query",
                method,
                target + (target.contains("?") ? "&" : "?") + "%zz=%&&=&a=%00",
                withType,
                body,
                Expect.APPLICATION));
        return attacks.stream()
                .map(attack -> refusableByTheServer(attack) ? attack.refusableByTheServer() : attack)
                .toList();
    }

    /**
     * Whether Payara's HTTP server (Grizzly) may refuse the request itself, with a bare 400 before
     * the application: a body on a GET, HEAD or DELETE (methods whose body has no meaning, which
     * Grizzly does not take), a header value it does not take (control and
     * non-ASCII characters, over its header size limit), an encoded NUL or invalid UTF-8 in the path.
     */
    private static boolean refusableByTheServer(Attack attack) {
        if (attack.expect() != Expect.APPLICATION) {
            return false;
        }
        boolean bodyOnRead =
                attack.body() != null && Set.of("GET", "HEAD", "DELETE").contains(attack.method());
        String path = attack.target().split("\\?", 2)[0];
        boolean badPath = path.contains("%00") || path.contains("%ED%A0%80");
        boolean badHeader = false;
        for (int i = 1; i < attack.headers().size(); i += 2) {
            String value = attack.headers().get(i);
            badHeader |= value.length() > 8 * 1024 || value.chars().anyMatch(c -> c > 126 || (c < 32 && c != '\t'));
        }
        return bodyOnRead || badPath || badHeader;
    }

    /** Values of every shape for a path or query parameter, not yet percent-encoded. */
    private static Map<String, String> shapes() {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("0", "0");
        shapes.put("-1", "-1");
        shapes.put("20 digits", "99999999999999999999");
        shapes.put("abc", "abc");
        shapes.put("NUL", "\u0000");
        shapes.put("../", "../..");
        shapes.put("bidi", "\u202E1");
        shapes.put("1,000 characters", "9".repeat(1000));
        shapes.put("quotes and SQL", "1' OR '1'='1\"; drop table account; --");
        shapes.put("unicode", "Zoë東京😀");
        shapes.put("empty", "");
        shapes.put("1e309", "1e309");
        shapes.put("a lone surrogate as UTF-8 bytes", "%ED%A0%80");
        return shapes;
    }

    private static String wrongType(JsonObject schema) {
        return switch (type(schema)) {
            case "string" -> "123";
            case "integer", "number" -> "\"x\"";
            case "array" -> "{}";
            case "boolean" -> "\"maybe\"";
            default -> "\"x\"";
        };
    }

    private static String type(JsonObject schema) {
        return schema.getString("type", "object");
    }

    private static String everyProperty(Set<String> names, String value) {
        return names.stream().map(name -> quote(name) + ":" + value).collect(Collectors.joining(",", "{", "}"));
    }

    // ---------------------------------------------------------------- the operations

    /**
     * One operation of the document, with the names of its parameters and the schema of its JSON
     * body (null when it takes none).
     */
    private record Operation(
            String method,
            String template,
            List<String> pathParameters,
            List<String> queryParameters,
            Set<String> headerParameters,
            JsonObject bodySchema,
            boolean takesBody,
            String bodyType) {

        boolean idempotent() {
            return headerParameters.stream().anyMatch(name -> name.equalsIgnoreCase("Idempotency-Key"));
        }

        /**
         * The path with these raw values for path parameters (an unknown id, {@code 0}, for the
         * others) and this query, percent-encoded.
         */
        String target(Map<String, String> path, Map<String, List<String>> query) {
            Matcher parameter = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}").matcher(template);
            StringBuilder target = new StringBuilder();
            while (parameter.find()) {
                String name = parameter.group(1).strip();
                String value = path.getOrDefault(name, "0");
                parameter.appendReplacement(target, Matcher.quoteReplacement(encodePath(value)));
            }
            parameter.appendTail(target);
            if (!query.isEmpty()) {
                target.append(query.entrySet().stream()
                        .flatMap(entry -> entry.getValue().stream()
                                .map(value -> encodeQuery(entry.getKey()) + "=" + encodeQuery(value)))
                        .collect(Collectors.joining("&", "?", "")));
            }
            return target.toString();
        }

        /** The body's properties by name, each schema resolved through {@code $ref}. */
        Map<String, JsonObject> properties(JsonObject document) {
            if (bodySchema == null) {
                return Map.of();
            }
            JsonObject schema = resolve(document, bodySchema);
            if (!schema.containsKey("properties")) {
                return Map.of();
            }
            Map<String, JsonObject> properties = new TreeMap<>();
            schema.getJsonObject("properties")
                    .forEach((name, property) -> properties.put(name, resolve(document, property.asJsonObject())));
            return properties;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private static List<Operation> operations(JsonObject document) {
        List<Operation> operations = new ArrayList<>();
        OpenApiDocumentIT.eachOperation(document, (method, path, operation) -> {
            List<JsonObject> parameters = new ArrayList<>();
            Stream.of(document.getJsonObject("paths").getJsonObject(path), operation)
                    .filter(holder -> holder.containsKey("parameters"))
                    .flatMap(holder -> holder.getJsonArray("parameters").stream())
                    .map(parameter -> resolve(document, parameter.asJsonObject()))
                    .forEach(parameters::add);
            List<String> pathParameters = new ArrayList<>();
            Matcher template = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}").matcher(path);
            while (template.find()) {
                pathParameters.add(template.group(1).strip());
            }
            List<String> query = names(parameters, "query");
            Set<String> headers = new LinkedHashSet<>(names(parameters, "header"));
            JsonObject schema = null;
            String bodyType = "application/json";
            boolean takesBody = operation.containsKey("requestBody");
            if (takesBody) {
                JsonObject content = resolve(document, operation.getJsonObject("requestBody"))
                        .getJsonObject("content");
                if (content != null) {
                    if (!content.isEmpty() && !content.containsKey("application/json")) {
                        bodyType = content.keySet().iterator().next();
                    }
                    JsonValue json = content.get("application/json");
                    if (json == null && !content.isEmpty()) {
                        json = content.values().iterator().next();
                    }
                    if (json != null && json.asJsonObject().containsKey("schema")) {
                        schema = json.asJsonObject().getJsonObject("schema");
                    }
                }
            }
            operations.add(new Operation(method, path, pathParameters, query, headers, schema, takesBody, bodyType));
        });
        return operations;
    }

    private static List<String> names(List<JsonObject> parameters, String in) {
        return parameters.stream()
                .filter(parameter -> in.equals(parameter.getString("in", "")))
                .map(parameter -> parameter.getString("name"))
                .distinct()
                .toList();
    }

    private static JsonObject resolve(JsonObject document, JsonObject maybeReference) {
        JsonObject target = maybeReference;
        for (int hops = 0; target.containsKey("$ref") && hops < 10; hops++) {
            JsonObject resolved = document;
            for (String part : target.getString("$ref").substring(2).split("/")) {
                resolved = resolved.getJsonObject(part);
            }
            target = resolved;
        }
        return target;
    }

    // ---------------------------------------------------------------- sending

    /**
     * {@code fromApplication}: the answer carries the headers that the web application's {@code
     * SecurityHeadersFilter} puts on every answer, so the HTTP server did not refuse the request
     * before the application saw it.
     */
    private record Outcome(
            Attack attack,
            int status,
            String contentType,
            String body,
            long millis,
            Throwable error,
            boolean fromApplication) {

        Outcome(Attack attack, long millis, Throwable error) {
            this(attack, 0, "", "", millis, error, false);
        }
    }

    private static final String APPLICATION_HEADER = "X-Content-Type-Options";

    private Outcome send(Attack attack) {
        sent.incrementAndGet();
        Outcome outcome = attack.sendableByClient() ? client(attack) : raw(attack);
        if (outcome.error() instanceof HttpTimeoutException || outcome.error() instanceof SocketTimeoutException) {
            timeouts.incrementAndGet();
        }
        return outcome;
    }

    private static Outcome client(Attack attack) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(Platform.baseUri().toString().replaceAll("/$", "") + attack.target()))
                .timeout(TIMEOUT)
                .method(
                        attack.method(),
                        attack.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(attack.body()));
        for (int i = 0; i < attack.headers().size(); i += 2) {
            request.header(attack.headers().get(i), attack.headers().get(i + 1));
        }
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(
                    attack,
                    response.statusCode(),
                    Http.contentType(response),
                    response.body(),
                    millis(started),
                    null,
                    response.headers().firstValue(APPLICATION_HEADER).isPresent());
        } catch (IOException e) {
            return new Outcome(attack, millis(started), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The request written byte for byte on a socket of its own: for header values that the JDK's
     * client refuses to send, and for bodies that the server may refuse before reading them all
     * (the answer is read even when writing the rest failed).
     */
    private static Outcome raw(Attack attack) {
        URI base = Platform.baseUri();
        long started = System.nanoTime();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            boolean ownConnection = attack.headers().stream().anyMatch("Connection"::equalsIgnoreCase);
            String requestLine = attack.method() + " " + attack.target() + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\n" + (ownConnection ? "" : "Connection: close\r\n");
            head.writeBytes(requestLine.getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 0; i < attack.headers().size(); i += 2) {
                head.writeBytes((attack.headers().get(i) + ": ").getBytes(StandardCharsets.ISO_8859_1));
                head.writeBytes(attack.headers().get(i + 1).getBytes(StandardCharsets.UTF_8));
                head.writeBytes(bytes("\r\n"));
            }
            if (attack.body() != null) {
                head.writeBytes(bytes("Content-Length: " + attack.body().length + "\r\n"));
            }
            head.writeBytes(bytes("\r\n"));
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toByteArray());
                if (attack.body() != null) {
                    for (int offset = 0; offset < attack.body().length; offset += 64 * 1024) {
                        out.write(attack.body(), offset, Math.min(64 * 1024, attack.body().length - offset));
                    }
                }
                out.flush();
            } catch (IOException refusedWhileWriting) {
                // the server may have answered and closed before taking the whole request: read on
            }
            byte[] answer = readAll(socket.getInputStream(), started);
            return parse(attack, answer, millis(started));
        } catch (SocketTimeoutException e) {
            return new Outcome(attack, millis(started), e);
        } catch (IOException e) {
            return new Outcome(attack, millis(started), e);
        }
    }

    private static byte[] readAll(InputStream in, long started) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int read; (read = in.read(buffer)) != -1; ) {
                answer.write(buffer, 0, read);
                if (millis(started) > TIMEOUT.toMillis()) {
                    throw new SocketTimeoutException("the answer did not end within " + TIMEOUT);
                }
            }
        } catch (java.net.SocketException reset) {
            if (answer.size() == 0) {
                throw reset;
            }
        }
        return answer.toByteArray();
    }

    /** A status 0 with an error: the connection was closed without an answer. */
    private static Outcome parse(Attack attack, byte[] answer, long millis) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new Outcome(attack, millis, new IOException("closed without an answer: " + shorten(text, 100)));
        }
        int status = Integer.parseInt(text.substring(9, 12));
        String contentType = "";
        boolean chunked = false;
        boolean fromApplication = false;
        for (String line : text.substring(0, end).split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).strip();
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            fromApplication |= lower.startsWith(APPLICATION_HEADER.toLowerCase(Locale.ROOT) + ":");
        }
        byte[] rest = java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
        String body = new String(chunked ? dechunk(rest) : rest, StandardCharsets.UTF_8);
        return new Outcome(attack, status, contentType, body, millis, null, fromApplication);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- the platform's threads and tables

    /**
     * The request threads of the Payara Micro JVM that used CPU in a quiet window of about 3 s
     * after the requests: a request whose answer came (or did not) but whose thread still works,
     * such as a parser looping on the end of its input.
     */
    private static Map<String, String> busyRequestThreads() {
        Map<String, String> busy = new TreeMap<>();
        long pid = Platform.server().pid();
        Map<String, Long> before = threadTicks(pid);
        assertThat(before.keySet())
                .as("request threads of the server (a renamed pool would make this check blind)")
                .anyMatch(thread -> thread.startsWith(REQUEST_THREAD_PREFIX));
        sleep(3000);
        Map<String, Long> after = threadTicks(pid);
        long ticksPerSecond = ticksPerSecond();
        after.forEach((thread, ticks) -> {
            double seconds = (ticks - before.getOrDefault(thread, 0L)) / (double) ticksPerSecond;
            if (thread.startsWith(REQUEST_THREAD_PREFIX) && seconds > BUSY_THREAD_CPU_SECONDS) {
                busy.put(thread, String.format(Locale.ROOT, "%.2f s of CPU in 3 s", seconds));
            }
        });
        return busy;
    }

    /** CPU clock ticks (user and system) of each thread of the process, keyed "name (tid)". */
    private static Map<String, Long> threadTicks(long pid) {
        Map<String, Long> ticks = new TreeMap<>();
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                try {
                    String name = Files.readString(thread.resolve("comm")).strip();
                    String stat = Files.readString(thread.resolve("stat"));
                    // the fields after the name, which may itself hold spaces and parentheses
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name and state
                    long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    ticks.put(name + " (" + thread.getFileName() + ")", used);
                } catch (IOException ended) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the threads of the server, pid " + pid, e);
        }
        return ticks;
    }

    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String value = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return Long.parseLong(value);
        } catch (IOException | NumberFormatException e) {
            return 100;
        }
    }

    /** The application's tables in the public schema, without Flyway's own. */
    private static List<String> tables() {
        List<String> tables = new ArrayList<>();
        try (Connection c = TestDatabase.connect();
                Statement statement = c.createStatement();
                ResultSet result = statement.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_type = 'BASE TABLE'"
                        + " and table_name not like 'flyway%' order by table_name")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    private static Map<String, Long> counts(List<String> tables) {
        String sql = tables.stream()
                .map(table -> "select '" + table + "', count(*) from \"" + table + "\"")
                .collect(Collectors.joining(" union all "));
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = TestDatabase.connect();
                Statement statement = c.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                counts.put(result.getString(1), result.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    // ---------------------------------------------------------------- small helpers

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static String quote(String text) {
        return Json.createValue(text).toString();
    }

    private static String first(Set<String> names) {
        return names.iterator().next();
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String shorten(String text, int length) {
        String flat = text == null ? "" : text.replace("\n", " ").replace("\r", " ");
        return flat.length() <= length ? flat : flat.substring(0, length) + "...";
    }

    /** Percent-encoded as a path segment: a slash in the value stays in the segment. */
    private static String encodePath(String value) {
        if (value.startsWith("%")) {
            return value;
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encodeQuery(String value) {
        if (value.startsWith("%")) {
            return value;
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
