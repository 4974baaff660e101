package org.boxoffice.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the launcher, {@code config/bin/boxoffice}, the command a user runs: the tests start
 * the platform exactly as the README says, with settings in environment variables.
 */
public final class Launch implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("boxoffice is ready at (http://\\S+/)");

    private final String name;
    private final Process process;
    private final Path output;
    private final Path dataDirectory;
    private URI baseUri;

    private Launch(String name, Process process, Path output, Path dataDirectory) {
        this.name = name;
        this.process = process;
        this.output = output;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts the launcher with the given environment on top of this JVM's, in a data folder of its
     * own under the tests' folder, without waiting. {@code BOXOFFICE_HTTP_PORT} is a free port
     * unless the environment names one; a value of null removes an inherited variable.
     */
    public static Launch begin(String name, Map<String, String> environment, boolean cleanData) {
        Path data = ItSettings.directory().resolve(name);
        Path log = ItSettings.directory().resolve(name + "-launcher.log");
        try {
            if (cleanData) {
                deleteRecursively(data);
            }
            Files.createDirectories(data);
            List<String> command = new ArrayList<>(SIGINT_AT_DEFAULT);
            command.addAll(List.of("bash", ItSettings.launcher().toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("BOXOFFICE_RUNTIME", ItSettings.runtime().toString());
            env.put("BOXOFFICE_SKIP_BUILD", "true");
            env.put("BOXOFFICE_DATA_DIR", data.toString());
            int port = freePort();
            env.put("BOXOFFICE_HTTP_PORT", String.valueOf(port));
            env.put("BOXOFFICE_PORTAL_URL", "http://localhost:" + port);
            env.put("BOXOFFICE_JAVA_OPTS", "-Xms128m -Xmx768m");
            env.put("BOXOFFICE_START_TIMEOUT", "240");
            environment.forEach((key, value) -> {
                if (value == null) {
                    env.remove(key);
                } else {
                    env.put(key, value);
                }
            });
            return new Launch(name, builder.start(), log, data);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run the launcher", e);
        }
    }

    /**
     * The launcher as a terminal starts it, with SIGINT at its default disposition, however this JVM
     * was started: a JVM that a script starts in the background ({@code nohup mvn verify &}) inherits
     * SIGINT ignored and passes that on, and bash cannot trap a signal it inherited as ignored. So
     * coreutils' {@code env --default-signal=INT} runs it, where that exists.
     */
    private static final List<String> SIGINT_AT_DEFAULT = defaultSigintPrefix();

    private static List<String> defaultSigintPrefix() {
        List<String> prefix = List.of("env", "--default-signal=INT");
        try {
            Process probe = new ProcessBuilder(prefix.get(0), prefix.get(1), "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0 ? prefix : List.of();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** Starts the launcher and waits until it says the platform is ready. */
    public static Launch start(String name, Map<String, String> environment, boolean cleanData) {
        Launch launch = begin(name, environment, cleanData);
        launch.awaitReady(Duration.ofMinutes(5));
        return launch;
    }

    public Launch awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Matcher ready = READY.matcher(output());
            if (ready.find()) {
                baseUri = URI.create(ready.group(1));
                return this;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + ": the launcher exited with " + process.exitValue()
                        + " before the platform was ready:\n" + output());
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException(name + ": not ready after " + timeout + ":\n" + output());
    }

    /** Waits for the launcher to end by itself and returns its exit status. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new IllegalStateException(name + ": the launcher still runs after " + timeout + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI baseUri() {
        if (baseUri == null) {
            throw new IllegalStateException(name + " is not ready");
        }
        return baseUri;
    }

    public URI uri(String path) {
        return baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * The JVM that runs Payara Micro: the launcher's descendant whose command is {@code java}.
     * Tests read its threads from {@code /proc} to find work that goes on after the answers.
     */
    public ProcessHandle server() {
        return process.descendants()
                .filter(child -> child.info().command().orElse("").endsWith("java"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(name + ": no Java process under the launcher"));
    }

    /** What the launcher printed so far. */
    public String output() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the platform as {@code docker stop} would: SIGTERM to the launcher, which stops Payara
     * Micro and waits for it. Returns the launcher's exit status.
     */
    public int stop() {
        process.destroy();
        return awaitStop("SIGTERM");
    }

    /** Stops the platform as Ctrl-C in a terminal would: SIGINT. Returns the launcher's exit status. */
    public int interrupt() {
        if (output().contains("Ctrl-C does not stop this launcher")) {
            throw new IllegalStateException(name + ": the launcher inherited SIGINT ignored, as this JVM did, and this"
                    + " machine's env has no --default-signal (coreutils 8.31) to undo that: run the tests in the"
                    + " foreground");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid()))
                    .inheritIO()
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException(name + ": could not send SIGINT to the launcher");
            }
            return awaitStop("SIGINT");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits up to {@link #STOP_TIMEOUT} for the launcher to end after a signal. A stop that takes
     * longer than {@link #SLOW_STOP} gets the Java processes' threads dumped beside the launcher's
     * log, so that a slow stop can be told from a hung one and what it waits for is on record.
     */
    private int awaitStop(String signal) {
        try {
            if (!process.waitFor(SLOW_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                Path dump = dumpThreads();
                if (!process.waitFor(STOP_TIMEOUT.minus(SLOW_STOP).toMillis(), TimeUnit.MILLISECONDS)) {
                    killAll();
                    throw new IllegalStateException(name + ": the launcher did not stop within " + STOP_TIMEOUT + " on "
                            + signal + "; threads after " + SLOW_STOP + ": " + dump);
                }
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killAll();
            throw new IllegalStateException(e);
        }
    }

    /** How long a stop may take before the threads are dumped, and before it counts as failed. */
    private static final Duration SLOW_STOP = Duration.ofSeconds(20);

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

    /** The threads of the launcher's Java processes (Payara Micro), by the JDK's jstack, into a file. */
    private Path dumpThreads() {
        Path dump = ItSettings.directory()
                .resolve(name + "-threads-" + Instant.now().toEpochMilli() + ".txt");
        Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
        StringBuilder threads = new StringBuilder();
        process.descendants()
                .filter(child -> child.info().command().orElse("").endsWith("java"))
                .forEach(java -> {
                    try {
                        Process run = new ProcessBuilder(jstack.toString(), "-l", String.valueOf(java.pid()))
                                .redirectErrorStream(true)
                                .start();
                        threads.append(new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                        run.waitFor(30, TimeUnit.SECONDS);
                    } catch (IOException e) {
                        threads.append("jstack failed: ").append(e).append('\n');
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        try {
            Files.writeString(dump, threads.length() == 0 ? "no Java process left" : threads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dump;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                stop();
            } finally {
                killAll();
            }
        }
    }

    private void killAll() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
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
