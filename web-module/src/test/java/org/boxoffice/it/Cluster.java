package org.boxoffice.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The set-up of several instances on one machine, run by its script {@code
 * config/bin/boxoffice-cluster} as an operator would: PostgreSQL, an Artemis broker, two Payara
 * Micro instances in one data grid and nginx in front, each on a free port of its own, all under
 * a folder of the tests. Settings go in environment variables, as with the launcher.
 */
public final class Cluster implements AutoCloseable {

    /** The instances' names, as the script and nginx's route cookie call them. */
    public static final List<String> INSTANCES = List.of("app1", "app2");

    private final Path directory;
    private final Map<String, String> environment;
    private final int balancerPort;
    private final int databasePort;

    private Cluster(Path directory, Map<String, String> environment, int balancerPort, int databasePort) {
        this.directory = directory;
        this.environment = environment;
        this.balancerPort = balancerPort;
        this.databasePort = databasePort;
    }

    /**
     * Starts the whole set-up in a fresh folder under the tests' folder and waits until nginx
     * answers; {@code settings} go to both instances on top of this JVM's environment (null removes
     * an inherited variable).
     */
    public static Cluster start(String name, Map<String, String> settings) {
        Path directory = ItSettings.directory().resolve(name);
        try {
            Launch.deleteRecursively(directory);
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("BOXOFFICE_CLUSTER_DIR", directory.toString());
        environment.put("BOXOFFICE_RUNTIME", ItSettings.runtime().toString());
        environment.put("BOXOFFICE_SKIP_BUILD", "true");
        environment.put("BOXOFFICE_ARTEMIS_ARCHIVE", required("boxoffice.it.artemis-archive"));
        int balancer = Launch.freePort();
        int database = Launch.freePort();
        environment.put("BOXOFFICE_LB_PORT", String.valueOf(balancer));
        environment.put("BOXOFFICE_APP1_PORT", String.valueOf(Launch.freePort()));
        environment.put("BOXOFFICE_APP2_PORT", String.valueOf(Launch.freePort()));
        environment.put("BOXOFFICE_HZ_PORT", String.valueOf(freePortPair()));
        environment.put("BOXOFFICE_PG_PORT", String.valueOf(database));
        environment.put("BOXOFFICE_BROKER_PORT", String.valueOf(Launch.freePort()));
        environment.put("BOXOFFICE_CLUSTER_JAVA_OPTS", "-Xms128m -Xmx640m");
        environment.put("BOXOFFICE_START_TIMEOUT", "240");
        // what failsafe sets for the shared platform and the Arquillian containers, which the script
        // chooses itself for its instances
        for (String inherited : List.of(
                "BOXOFFICE_DATA_DIR",
                "BOXOFFICE_DB_URL",
                "BOXOFFICE_DB_USER",
                "BOXOFFICE_DB_PASSWORD",
                "BOXOFFICE_DB_DATASOURCE",
                "BOXOFFICE_DB_SCHEMA",
                "BOXOFFICE_DB_POOL_SIZE")) {
            environment.put(inherited, null);
        }
        environment.putAll(settings);
        Cluster cluster = new Cluster(directory, environment, balancer, database);
        try {
            cluster.run("start", 420);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** nginx, the one address of the set-up. */
    public URI baseUri() {
        return URI.create("http://localhost:" + balancerPort + "/");
    }

    public URI uri(String path) {
        return baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** An address on one instance ("app1", "app2") itself, past nginx. */
    public URI instanceUri(String instance, String path) {
        String port = environment.get("BOXOFFICE_" + instance.toUpperCase(Locale.ROOT) + "_PORT");
        if (port == null) {
            throw new IllegalArgumentException("no such instance: " + instance);
        }
        return URI.create("http://localhost:" + port + "/").resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The set-up's own database, for the rows a test writes and what it checks afterwards. */
    public DataSource database() {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setServerNames(new String[] {"127.0.0.1"});
        database.setPortNumbers(new int[] {databasePort});
        database.setDatabaseName("boxoffice");
        database.setUser("boxoffice");
        database.setPassword(read(directory.resolve("secrets/db-password")).strip());
        return database;
    }

    /** The Payara Micro JVM of an instance ("app1", "app2"). */
    public ProcessHandle server(String instance) {
        long pid = Long.parseLong(
                read(directory.resolve("run/" + instance + ".java.pid")).strip());
        return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(instance + " does not run"));
    }

    /** Kills the instance's JVM as a power cut would (SIGKILL), and waits until it is gone. */
    public void kill(String instance) {
        ProcessHandle server = server(instance);
        server.destroyForcibly();
        server.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** The server log of an instance. */
    public String serverLog(String instance) {
        return read(directory.resolve(instance + "/logs/server.log"));
    }

    public Path directory() {
        return directory;
    }

    /** Stops everything the script started, whatever state it is in. */
    @Override
    public void close() {
        run("stop", 240);
    }

    private void run(String command, int timeoutSeconds) {
        Path log = directory.resolve("cluster-" + command + ".log");
        List<String> line = new ArrayList<>(List.of("bash", required("boxoffice.it.cluster-script"), command));
        ProcessBuilder builder = new ProcessBuilder(line)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        environment.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        try {
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(
                        "boxoffice-cluster " + command + " still ran after " + timeoutSeconds + " s:\n" + read(log));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "boxoffice-cluster " + command + " failed (" + process.exitValue() + "):\n" + read(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A free port whose next one is free too: the data grid's ports of both instances. */
    private static int freePortPair() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = Launch.freePort();
            try (var next = new java.net.ServerSocket(port + 1)) {
                return port;
            } catch (IOException e) {
                // taken: another one
            }
        }
        throw new IllegalStateException("no two free ports in a row");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set: run the integration tests with mvn verify");
        }
        return value;
    }
}
