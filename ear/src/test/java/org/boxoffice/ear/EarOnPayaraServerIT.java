package org.boxoffice.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.boxoffice.config.DevSecrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deploys the EAR on a real Payara Server 6 domain, set up with the same resources as Payara Micro
 * gets from config/src/main/payara/post-boot-commands.asadmin, and reads the public catalog
 * through the API. Unit and Arquillian tests run the modules on Payara Micro; only this test shows
 * that the EAR packaging (module order, lib/ folder, skinny WAR) deploys and serves requests.
 *
 * <p>Maven's failsafe plugin passes the paths and a free port base (see ear/pom.xml). Everything
 * the server writes lives under {@code boxoffice.it.dir}, which each run starts afresh: the asadmin
 * output of every step in asadmin/, the domain with its server.log in domains/.
 */
class EarOnPayaraServerIT {

    private static final String DOMAIN = "boxoffice-it";
    private static final String DB_USER = "boxoffice";

    // Generous, because the build machine may be busy with other builds: a slow step is not a failure,
    // a hanging one is.
    private static final Duration CREATE_DOMAIN_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration START_DOMAIN_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration RESOURCES_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration STOP_DOMAIN_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    // Payara Server's port offsets from the base (create-domain --portbase).
    private static final int ADMIN_PORT_OFFSET = 48;
    private static final int HTTP_PORT_OFFSET = 80;

    // Variables of the developer's own environment that would point the server or asadmin elsewhere:
    // the application's settings, MicroProfile JWT's, and asadmin's own options.
    private static final List<String> FOREIGN_VARIABLES = List.of("BOXOFFICE_", "MP_JWT_", "AS_ADMIN_");

    private static Path payaraHome;
    private static Path itDir;
    private static Path domainsDir;
    private static Path secretsDir;
    private static int adminPort;
    private static int httpPort;
    private static int asadminRuns;
    private static ProcessHandle server;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void deployOnPayaraServer() throws IOException, InterruptedException {
        payaraHome = Path.of(systemProperty("boxoffice.it.payaraHome"));
        Path ear = Path.of(systemProperty("boxoffice.it.ear"));
        Path rar = Path.of(systemProperty("boxoffice.it.rar"));
        itDir = Path.of(systemProperty("boxoffice.it.dir")).toAbsolutePath();
        int portBase = Integer.parseInt(systemProperty("boxoffice.it.portbase"));
        adminPort = portBase + ADMIN_PORT_OFFSET;
        httpPort = portBase + HTTP_PORT_OFFSET;
        domainsDir = itDir.resolve("domains");
        secretsDir = itDir.resolve("secrets");

        stopLeftoverDomain();
        deleteRecursively(itDir);
        Files.createDirectories(itDir.resolve("asadmin"));

        // The same development secrets the launcher generates, so that the server finds an API token
        // key like it does on Payara Micro.
        new DevSecrets(secretsDir).ensure();

        asadmin(
                CREATE_DOMAIN_TIMEOUT,
                "create-domain",
                "--domaindir",
                domainsDir.toString(),
                "--portbase",
                Integer.toString(portBase),
                "--nopassword",
                DOMAIN);
        asadmin(START_DOMAIN_TIMEOUT, "start-domain", "--domaindir", domainsDir.toString(), DOMAIN);
        server = serverProcess()
                .orElseThrow(() -> new AssertionError("start-domain succeeded but the server's pid file is missing"
                        + " or names no running process; server log:\n" + serverLogTail()));

        String dbPassword = Files.readString(secretsDir.resolve(DevSecrets.DB_PASSWORD), StandardCharsets.US_ASCII)
                .strip();
        String dbUrl = "jdbc:h2:file:" + itDir.resolve("server-db").resolve("boxoffice") + ";MODE=PostgreSQL";
        String pool = "resources.jdbc-connection-pool.boxoffice-pool.property.";
        // One asadmin session for all resources: each separate asadmin call costs a JVM start.
        Path commands = itDir.resolve("resources.asadmin");
        Files.write(
                commands,
                List.of(
                        command("deploy", "--type", "rar", "--name", "jms-ra", rar.toString()),
                        command(
                                "create-jdbc-connection-pool",
                                "--datasourceclassname",
                                "org.h2.jdbcx.JdbcDataSource",
                                "--restype",
                                "javax.sql.DataSource",
                                "--steadypoolsize",
                                "4",
                                "--maxpoolsize",
                                "32",
                                "--maxwait",
                                "10000",
                                "--isconnectvalidatereq",
                                "true",
                                "--validationmethod",
                                "meta-data",
                                "--failconnection",
                                "true",
                                "boxoffice-pool"),
                        command("set", pool + "url=" + dbUrl),
                        command("set", pool + "user=" + DB_USER),
                        command("set", pool + "password=" + dbPassword),
                        command("create-jdbc-resource", "--connectionpoolid", "boxoffice-pool", "jdbc/boxoffice"),
                        command("set-batch-runtime-configuration", "--datasourcelookupname", "jdbc/boxoffice")),
                StandardCharsets.UTF_8);
        String resources = asadmin(
                RESOURCES_TIMEOUT, "--port", Integer.toString(adminPort), "multimode", "--file", commands.toString());
        // multimode goes on after a failed command and exits with the last command's code.
        assertThat(resources)
                .as("asadmin multimode --file %s:%n%s", commands, resources)
                .doesNotContainPattern("Command \\S+ failed");

        try {
            asadmin(
                    DEPLOY_TIMEOUT,
                    "--port",
                    Integer.toString(adminPort),
                    "deploy",
                    "--name",
                    "boxoffice",
                    ear.toString());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nserver log:\n" + serverLogTail(), e);
        }
    }

    @AfterAll
    static void stopDomain() {
        if (domainsDir == null || Files.notExists(domainsDir.resolve(DOMAIN))) {
            return;
        }
        ProcessHandle running = server;
        try {
            if (running == null) {
                // start-domain failed after the server had started, so set-up never saw its pid.
                running = serverProcess().orElse(null);
            }
            asadmin(STOP_DOMAIN_TIMEOUT, "stop-domain", "--domaindir", domainsDir.toString(), DOMAIN);
        } catch (AssertionError | IOException e) {
            System.err.println("[EarOnPayaraServerIT] stop-domain failed, killing the server: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // A server that did not stop would keep its ports and hold the next run's files.
            if (running != null && running.isAlive()) {
                try {
                    running.onExit().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException | InterruptedException stillRunning) {
                    running.destroyForcibly();
                }
            }
        }
    }

    @Test
    void servesTheEventCatalogAsJson() throws IOException, InterruptedException {
        HttpResponse<String> ready = awaitReadiness();
        assertThat(ready)
                .as(() -> "no answer from /health/ready within " + READINESS_TIMEOUT + "; server log:\n"
                        + serverLogTail())
                .isNotNull();
        assertThat(ready.statusCode())
                .as(() -> "/health/ready answered " + ready.body() + "\nserver log:\n" + serverLogTail())
                .isEqualTo(200);
        // Without the application deployed, /health/ready answers UP with no checks at all.
        assertThat(ready.body()).contains("\"database\"");

        HttpResponse<String> events = http.send(
                HttpRequest.newBuilder(url("/api/v1/events"))
                        .header("Accept", "application/json")
                        .timeout(REQUEST_TIMEOUT)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(events.statusCode())
                .as(() -> "GET /api/v1/events answered " + events.body() + "\nserver log:\n" + serverLogTail())
                .isEqualTo(200);
        assertThat(events.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonObject page;
        try (JsonReader reader = Json.createReader(new StringReader(events.body()))) {
            page = reader.readObject();
        }
        assertThat(page).containsKeys("items", "page", "size", "total");
        assertThat(page.get("items").getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
        assertThat(page.getInt("page")).isEqualTo(1);
        assertThat(page.getInt("size")).isPositive();
        // A fresh database, and no demo data without BOXOFFICE_DEMO_PASSWORD.
        assertThat(page.getJsonArray("items")).isEmpty();
        assertThat(page.get("total")).isInstanceOfSatisfying(JsonNumber.class, total -> assertThat(total.longValue())
                .isZero());

        // both authentication mechanisms work on Payara Server as on Micro: an own page without a
        // session goes to the sign-in form, the API without a token answers 401
        HttpResponse<String> profile = http.send(
                HttpRequest.newBuilder(url("/my/profile.xhtml"))
                        .timeout(REQUEST_TIMEOUT)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(profile.statusCode())
                .as(() -> "server log:\n" + serverLogTail())
                .isEqualTo(302);
        assertThat(profile.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/account/sign-in.xhtml?next="));
        HttpResponse<String> me = http.send(
                HttpRequest.newBuilder(url("/api/v1/accounts/me"))
                        .timeout(REQUEST_TIMEOUT)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(401);
    }

    /**
     * Polls until the application's own checks report ready; returns the last answer, null if the
     * server never answered.
     */
    private HttpResponse<String> awaitReadiness() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url("/health/ready"))
                .timeout(REQUEST_TIMEOUT)
                .GET()
                .build();
        Instant deadline = Instant.now().plus(READINESS_TIMEOUT);
        HttpResponse<String> last = null;
        while (true) {
            try {
                last = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (last.statusCode() == 200 && last.body().contains("\"database\"")) {
                    return last;
                }
            } catch (IOException notListeningYet) {
                // The HTTP listener may still be starting; the deadline decides.
            }
            if (Instant.now().isAfter(deadline)) {
                return last;
            }
            Thread.sleep(1_000);
        }
    }

    private static URI url(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    /**
     * Runs asadmin, non-interactive, and returns its output. Fails with that output when asadmin
     * fails or outlives the timeout; it is kept in asadmin/ under the test folder too.
     */
    private static String asadmin(Duration timeout, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(payaraHome
                .resolve("bin")
                .resolve(isWindows() ? "asadmin.bat" : "asadmin")
                .toString());
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        String commandLine = String.join(" ", command);
        String name = Stream.of(arguments)
                .filter(argument -> !argument.startsWith("-") && argument.matches("[a-z-]+"))
                .findFirst()
                .orElse("asadmin");
        Path output = itDir.resolve("asadmin").resolve(String.format("%02d-%s.log", ++asadminRuns, name));
        Files.createDirectories(output.getParent());

        // Output to a file, not a pipe: start-domain leaves the server running, and a server that
        // inherited the pipe would keep it open long after asadmin exited.
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        serverEnvironment(builder.environment());
        System.out.println("[EarOnPayaraServerIT] " + commandLine);
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            // Includes a server that start-domain launched but that never reported ready.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(commandLine + "\ndid not finish within " + timeout + ", output:\n" + read(output));
        }
        String text = read(output);
        if (process.exitValue() != 0) {
            throw new AssertionError(
                    commandLine + "\nfailed with exit code " + process.exitValue() + ", output:\n" + text);
        }
        return text;
    }

    /** The server inherits asadmin's environment: set up like the launcher sets up Payara Micro's. */
    private static void serverEnvironment(Map<String, String> environment) {
        environment.keySet().removeIf(key -> FOREIGN_VARIABLES.stream().anyMatch(key::startsWith));
        // The JDK that runs the build runs the server too, whatever is on the PATH.
        environment.put("AS_JAVA", System.getProperty("java.home"));
        environment.put("BOXOFFICE_DATA_DIR", itDir.resolve("server-data").toString());
        environment.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                secretsDir.resolve(DevSecrets.JWT_PUBLIC_KEY).toUri().toString());
        environment.put(
                "BOXOFFICE_JWT_SIGNING_KEY_LOCATION",
                secretsDir.resolve(DevSecrets.JWT_PRIVATE_KEY).toString());
        environment.put(
                "BOXOFFICE_TICKET_SIGNING_KEY_LOCATION",
                secretsDir.resolve(DevSecrets.TICKET_PRIVATE_KEY).toString());
        try {
            environment.put(
                    "BOXOFFICE_PRIVACY_KEY",
                    Files.readString(secretsDir.resolve(DevSecrets.PRIVACY_KEY)).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of an asadmin command file, with arguments quoted where multimode would split them. */
    private static String command(String... arguments) {
        return Stream.of(arguments)
                .map(argument -> argument.chars().anyMatch(Character::isWhitespace)
                        ? '"' + argument.replace("\\", "\\\\").replace("\"", "\\\"") + '"'
                        : argument)
                .collect(Collectors.joining(" "));
    }

    /** The server a previous run left behind when it was killed before it could stop it. */
    private static void stopLeftoverDomain() {
        if (Files.exists(domainsDir.resolve(DOMAIN).resolve("config").resolve("pid"))) {
            try {
                asadmin(STOP_DOMAIN_TIMEOUT, "stop-domain", "--domaindir", domainsDir.toString(), DOMAIN);
            } catch (AssertionError | IOException e) {
                System.err.println("[EarOnPayaraServerIT] could not stop the previous run's server: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The server process, by the pid file that the server writes once it runs. */
    private static Optional<ProcessHandle> serverProcess() throws IOException {
        Path pidFile = domainsDir.resolve(DOMAIN).resolve("config").resolve("pid");
        if (Files.notExists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                .filter(ProcessHandle::isAlive);
    }

    private static String serverLogTail() {
        Path log = domainsDir.resolve(DOMAIN).resolve("logs").resolve("server.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 150), lines.size()));
        } catch (IOException e) {
            return "(" + log + " cannot be read: " + e + ")";
        }
    }

    private static String read(Path file) throws IOException {
        // asadmin writes in the platform's encoding.
        return new String(Files.readAllBytes(file), Charset.defaultCharset());
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.notExists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String systemProperty(String name) {
        String value = System.getProperty(name);
        assertThat(value)
                .as("system property %s: run this test through Maven (mvn -pl ear verify), which sets it", name)
                .isNotBlank();
        return value;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").startsWith("Windows");
    }

    private static File nullDevice() {
        return new File(isWindows() ? "NUL" : "/dev/null");
    }
}
