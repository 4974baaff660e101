package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Broken and hostile posts to every Faces page of the webapp folder, over plain HTTP: a tampered,
 * missing or foreign view state, garbage, 100 KB and control-character values, invalid UTF-8,
 * unknown component ids, wrong content types, a body over the server's form-post limit, each also
 * as a Faces partial (ajax) request. Whatever comes, the answer is a page (or a partial response)
 * for a person, within 5 seconds: never a 5xx, never a stack trace or a class name.
 */
class HostileFormsIT {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final String PASSWORD = "a fine long passphrase";
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);
    /** Above Payara's default limit of a form post, {@code max-post-size-bytes}, 2 MB. */
    private static final int OVER_POST_LIMIT = 3 * 1024 * 1024;

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD =
            Pattern.compile("<(input|textarea|select)\\b([^>]*?)/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");
    /** PrimeFaces' script sends the nonce of the page's content security policy with every post. */
    private static final String NONCE = "primefaces.nonce";

    private static final Pattern NONCE_IN_PAGE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern PARTIAL_REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");
    /** What a stack trace or an error page of the server shows, never a page of the portal. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat (org|java|jakarta|com|sun)\\.|\\b(jakarta\\.faces|org\\.boxoffice|org\\.primefaces|java\\.lang)"
                    + "\\.([a-z]\\w*\\.)+[A-Z]\\w*|HTTP Status 5|Payara Micro #badassfish");

    /** This test's own client address, so that its sign-ins count against no one else's. */
    private static final String CLIENT_ADDRESS = "10.%d.%d.%d"
            .formatted(
                    ThreadLocalRandom.current().nextInt(1, 255),
                    ThreadLocalRandom.current().nextInt(1, 255),
                    ThreadLocalRandom.current().nextInt(1, 255));

    private static final Properties TEXTS = texts();

    private static String email;

    @TestFactory
    Stream<DynamicTest> everyPageAnswersBrokenAndHostilePostsWithAMessage() throws IOException {
        List<String> pages = pages();
        assertThat(pages).contains("/account/sign-in.xhtml", "/my/profile.xhtml", "/admin/accounts.xhtml");
        // two pages attacked at a time: the server works on one visitor's post while the test reads
        // the other's answer (each answer is still held to its own time limit)
        ExecutorService attackers = Executors.newFixedThreadPool(2);
        Map<String, Future<List<String>>> attacks = new LinkedHashMap<>();
        for (String page : pages) {
            attacks.put(page, attackers.submit(() -> attack(page)));
        }
        attackers.shutdown();
        return pages.stream()
                .map(page -> DynamicTest.dynamicTest(page, () -> {
                    List<String> failures;
                    try {
                        failures = attacks.get(page).get(5, TimeUnit.MINUTES);
                    } catch (ExecutionException e) {
                        throw e.getCause();
                    }
                    assertThat(failures).as("answers of " + page).isEmpty();
                }));
    }

    /** Every Faces page in the webapp folder, templates and resources aside. */
    private static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + WEBAPP.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/") && !page.startsWith("/resources/"))
                    .sorted()
                    .toList();
        }
    }

    private static boolean needsSignIn(String page) {
        return page.startsWith("/my/")
                || page.startsWith("/admin/")
                || page.startsWith("/organizer/")
                || page.startsWith("/support/");
    }

    /** Every attack on the page; what went wrong, each with what was sent. */
    private static List<String> attack(String page) {
        boolean signedIn = needsSignIn(page);
        Visitor visitor = signedIn ? Visitor.signedIn() : new Visitor();
        Visitor other = signedIn ? Visitor.signedIn() : new Visitor();
        List<String> failures = new ArrayList<>();

        Answer opened = visitor.get(page);
        check(failures, "GET " + page, opened, false);
        List<Form> forms = forms(opened);
        if (forms.isEmpty()) {
            // no form on the page as this visitor sees it: post made-up forms to its address all the same
            forms = List.of(new Form("nope", opened.uri(), Map.of("nope", "nope")));
        }
        String foreignState = forms(other.get(page)).stream()
                .map(form -> form.fields().get(VIEW_STATE))
                .filter(state -> state != null)
                .findFirst()
                .orElse("-1234567890123456789:-987654321098765432");

        for (Form form : forms) {
            boolean stateful = form.fields().containsKey(VIEW_STATE);
            for (boolean ajax : new boolean[] {false, true}) {
                String how = (ajax ? "ajax " : "") + "POST " + page + " form " + form.id() + ": ";
                if (stateful) {
                    String state = form.fields().get(VIEW_STATE);
                    Answer tampered = visitor.post(form, ajax, fields -> with(fields, VIEW_STATE, tamper(state)));
                    check(failures, how + "tampered view state", tampered, ajax);
                    expectExpired(failures, how + "tampered view state", tampered);
                    Answer foreign = visitor.post(form, ajax, fields -> with(fields, VIEW_STATE, foreignState));
                    check(failures, how + "view state of another session", foreign, ajax);
                    expectExpired(failures, how + "view state of another session", foreign);
                    Answer noNonce = visitor.post(form, ajax, fields -> without(fields, NONCE));
                    check(failures, how + "no CSP nonce", noNonce, ajax);
                    expectExpired(failures, how + "no CSP nonce", noNonce);
                    Answer wrongNonce = visitor.post(form, ajax, fields -> with(fields, NONCE, "bm90IHRoZSBub25jZQ=="));
                    check(failures, how + "another CSP nonce", wrongNonce, ajax);
                    expectExpired(failures, how + "another CSP nonce", wrongNonce);
                    Answer garbageState = visitor.post(
                            form,
                            ajax,
                            fields -> with(fields, VIEW_STATE, "rO0ABXNyAAA<script>\u0000" + "x".repeat(500)));
                    check(failures, how + "garbage view state", garbageState, ajax);
                }
                check(
                        failures,
                        how + "no view state",
                        visitor.post(form, ajax, fields -> without(fields, VIEW_STATE)),
                        ajax);
                check(
                        failures,
                        how + "garbage values",
                        visitor.post(form, ajax, fields -> everyInput(form, GARBAGE)),
                        ajax);
                check(
                        failures,
                        how + "100 KB values",
                        visitor.post(form, ajax, fields -> firstInput(form, "x".repeat(100 * 1024))),
                        ajax);
                check(
                        failures,
                        how + "control and bidi characters",
                        visitor.post(form, ajax, fields -> everyInput(form, CONTROL)),
                        ajax);
                for (String bytes : new String[] {"%C3%28", "%FF", "%ED%A0%80", "%E2%82", "a%"}) {
                    check(
                            failures,
                            how + "invalid UTF-8 " + bytes,
                            visitor.postRaw(
                                    form,
                                    ajax,
                                    encode(form.fields()) + "&"
                                            + URLEncoder.encode(anyInput(form), StandardCharsets.UTF_8) + "=" + bytes,
                                    null),
                            ajax);
                }
                check(
                        failures,
                        how + "unknown component ids",
                        visitor.post(form, ajax, fields -> {
                            Map<String, String> unknown = new LinkedHashMap<>(fields);
                            unknown.put(form.id() + ":nowhere", "1");
                            unknown.put("no:such:component", "1");
                            unknown.put("jakarta.faces.behavior.event", "click");
                            if (ajax) {
                                unknown.put("jakarta.faces.source", "no:such:button");
                                unknown.put("jakarta.faces.partial.execute", "no:such:input @form");
                                unknown.put("jakarta.faces.partial.render", "no:such:panel");
                            }
                            return unknown;
                        }),
                        ajax);
                for (String contentType : new String[] {
                    "text/plain",
                    "application/json",
                    "multipart/form-data",
                    "multipart/form-data; boundary=nothing-like-this",
                    "application/x-www-form-urlencoded; charset=no-such-charset"
                }) {
                    check(
                            failures,
                            how + "content type " + contentType,
                            visitor.postRaw(form, ajax, encode(form.fields()), contentType),
                            ajax);
                }
            }
        }
        Form first = forms.get(0);
        check(
                failures,
                "POST " + page + " form " + first.id() + ": a body over the form-post limit",
                visitor.postRaw(
                        first,
                        false,
                        encode(first.fields()) + "&" + URLEncoder.encode(anyInput(first), StandardCharsets.UTF_8) + "="
                                + "y".repeat(OVER_POST_LIMIT),
                        null),
                false);
        return failures;
    }

    private static final String GARBAGE =
            "<script>alert(1)</script>' \" ; drop table account; -- #{7*7} ${7*7} %s %n \\";
    private static final String CONTROL =
            "\u0000\u0001\u0007\u0008\u001b[31m\u007f\u0085 \u202e\u2066\u200f\ufeff\ufffe\u2028end";

    /** The view state with one character changed, as a client that edits it would send it. */
    private static String tamper(String state) {
        char[] chars = state.toCharArray();
        int last = chars.length - 1;
        chars[last] = chars[last] == '1' ? '2' : '1';
        return new String(chars) + "7";
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(name, value);
        return changed;
    }

    private static Map<String, String> without(Map<String, String> fields, String name) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.remove(name);
        return changed;
    }

    /** The fields a person types into, as opposed to Faces' own. */
    private static boolean isInput(String name, Form form) {
        return !name.startsWith("jakarta.faces.") && !name.equals(form.id()) && !name.startsWith("primefaces.");
    }

    private static Map<String, String> everyInput(Form form, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form.fields());
        changed.replaceAll((name, old) -> isInput(name, form) ? value : old);
        return changed;
    }

    private static Map<String, String> firstInput(Form form, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form.fields());
        changed.put(anyInput(form), value);
        return changed;
    }

    private static String anyInput(Form form) {
        return form.fields().keySet().stream()
                .filter(name -> isInput(name, form))
                .findFirst()
                .orElse("added");
    }

    private static void check(List<String> failures, String what, Answer answer, boolean ajax) {
        if (answer.status() >= 500) {
            failures.add(what + ": status " + answer.status() + "\n" + shorten(answer.body()));
            return;
        }
        if (answer.took().compareTo(ANSWER_WITHIN) > 0) {
            failures.add(what + ": took " + answer.took().toMillis() + " ms");
        }
        Matcher leak = LEAK.matcher(answer.body());
        if (leak.find()) {
            failures.add(what + ": shows '" + leak.group() + "'\n" + shorten(answer.body()));
        }
        if (answer.body().contains(html(TEXTS.getProperty("error.generic")))) {
            // a fault of the server, perhaps under a status 200 that was sent before it happened
            failures.add(what + ": the page of a fault on the server's side\n" + shorten(answer.body()));
        }
        boolean partial = answer.body().contains("<partial-response");
        if (partial && !ajax) {
            failures.add(what + ": a partial response to a plain request");
        } else if (partial && answer.body().contains("<error>")) {
            failures.add(what + ": a partial response with an error, which the browser shows no one\n"
                    + shorten(answer.body()));
        } else if (!partial
                && !(answer.body().contains("<title>") && answer.body().contains("<h1"))) {
            failures.add(
                    what + ": not a page with a heading, status " + answer.status() + "\n" + shorten(answer.body()));
        }
    }

    private static void expectExpired(List<String> failures, String what, Answer answer) {
        String message = html(TEXTS.getProperty("error.viewExpired"));
        if (!answer.body().contains(message)) {
            failures.add(what + ": does not say '" + message + "'\n" + shorten(answer.body()));
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String shorten(String body) {
        return body.length() > 1500 ? body.substring(0, 1500) + "..." : body;
    }

    private static List<Form> forms(Answer answer) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(answer.body());
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            if (!"post".equalsIgnoreCase(attributes.getOrDefault("method", "get"))) {
                continue;
            }
            String id = attributes.getOrDefault("id", "form");
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher field = FIELD.matcher(form.group(2));
            while (field.find()) {
                Map<String, String> input = attributes(field.group(2));
                String name = input.get("name");
                String type = input.getOrDefault("type", "text").toLowerCase();
                if (name == null || type.equals("submit") || type.equals("button") || type.equals("file")) {
                    continue;
                }
                if ((type.equals("checkbox") || type.equals("radio")) && !input.containsKey("checked")) {
                    continue;
                }
                fields.putIfAbsent(name, input.getOrDefault("value", ""));
            }
            Matcher nonce = NONCE_IN_PAGE.matcher(answer.body());
            if (nonce.find()) {
                fields.put(NONCE, nonce.group(1));
            }
            URI action = answer.uri()
                    .resolve(attributes.getOrDefault("action", answer.uri().getPath()));
            forms.add(new Form(id, action, fields));
        }
        return forms;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1).toLowerCase(), unescape(attribute.group(2)));
        }
        return attributes;
    }

    private static String unescape(String value) {
        return value.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Properties texts() {
        Properties texts = new Properties();
        try (InputStream in =
                Files.newInputStream(Path.of("src/main/resources/org/boxoffice/web/messages.properties"))) {
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private record Form(String id, URI action, Map<String, String> fields) {}

    private record Answer(URI uri, int status, String body, Duration took) {}

    /** One browser: its own cookies (so its own session), this test's client address. */
    private static final class Visitor {

        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();

        /** A new session of the one account this test signs in with: customer, organizer and admin. */
        static synchronized Visitor signedIn() {
            if (email == null) {
                email = TestData.unique("hostile") + "@example.org";
                long account = TestData.accountWithPassword(email, PASSWORD, "CUSTOMER", "ORGANIZER", "ADMIN");
                TestData.joinOrganisation(account, TestData.organisation(TestData.unique("Hostile Forms")));
            }
            Visitor visitor = new Visitor();
            Form signIn = forms(visitor.get("/account/sign-in.xhtml")).stream()
                    .filter(form -> form.id().equals("signIn"))
                    .findFirst()
                    .orElseThrow();
            Map<String, String> fields = new LinkedHashMap<>(signIn.fields());
            fields.put("signIn:email", email);
            fields.put("signIn:password", PASSWORD);
            fields.put("signIn:submit", "");
            Answer signedIn = visitor.postRaw(signIn, false, encode(fields), null);
            assertThat(signedIn.body()).as("signed in").contains(html(TEXTS.getProperty("nav.signOut")));
            return visitor;
        }

        Answer get(String page) {
            return send(HttpRequest.newBuilder(Platform.uri(page)).GET());
        }

        Answer post(Form form, boolean ajax, UnaryOperator<Map<String, String>> change) {
            return postRaw(form, ajax, encode(change.apply(form.fields())), null);
        }

        Answer postRaw(Form form, boolean ajax, String body, String contentType) {
            HttpRequest.Builder request = HttpRequest.newBuilder(form.action())
                    .header(
                            "Content-Type",
                            contentType == null ? "application/x-www-form-urlencoded; charset=UTF-8" : contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            ajax
                                    ? body + "&jakarta.faces.partial.ajax=true&jakarta.faces.source="
                                            + URLEncoder.encode(form.id(), StandardCharsets.UTF_8)
                                            + "&jakarta.faces.partial.execute=%40all&jakarta.faces.partial.render="
                                            + URLEncoder.encode(form.id(), StandardCharsets.UTF_8)
                                    : body,
                            StandardCharsets.ISO_8859_1));
            if (ajax) {
                request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
            }
            Answer answer = send(request);
            Matcher redirect = PARTIAL_REDIRECT.matcher(answer.body());
            if (ajax && redirect.find()) {
                // as the browser does: PrimeFaces follows the redirect of a partial response
                Answer followed = send(HttpRequest.newBuilder(answer.uri().resolve(unescape(redirect.group(1))))
                        .GET());
                return new Answer(
                        followed.uri(),
                        followed.status(),
                        followed.body(),
                        answer.took().plus(followed.took()));
            }
            return answer;
        }

        private Answer send(HttpRequest.Builder request) {
            request.header("X-Forwarded-For", CLIENT_ADDRESS).timeout(Duration.ofSeconds(30));
            long start = System.nanoTime();
            try {
                HttpResponse<String> response =
                        client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(
                        response.uri(),
                        response.statusCode(),
                        response.body(),
                        Duration.ofNanos(System.nanoTime() - start));
            } catch (IOException e) {
                return new Answer(
                        request.build().uri(), 599, "no answer: " + e, Duration.ofNanos(System.nanoTime() - start));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
