package org.boxoffice.bench.common;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform as a user runs it: the project's launcher, {@code config/bin/boxoffice}, as a child
 * process with its settings in environment variables, its output (with Payara Micro's log) in one
 * file. Ready when the launcher says so, which it does once {@code /health/ready} reports the
 * application's own checks, that is after Flyway migrated the schema.
 */
public final class Platform implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("boxoffice is ready at (http://\\S+/)");

    private final Process launcher;
    private final Path output;
    private URI baseUri;

    private Platform(Process launcher, Path output) {
        this.launcher = launcher;
        this.output = output;
    }

    /**
     * Starts the launcher without building, with only the given settings: variables of the calling
     * shell that configure boxoffice are not passed on, so that the run does not depend on them.
     */
    public static Platform start(Path launcherScript, Map<String, String> settings, Path output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", launcherScript.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(output.toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("BOXOFFICE_") || name.startsWith("MP_JWT_"));
        environment.putAll(settings);
        return new Platform(builder.start(), output);
    }

    /** Waits for the launcher's "ready" line, at most {@code timeout}; fails at once if the launcher ended. */
    public Platform awaitReady(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Matcher ready = READY.matcher(output());
            if (ready.find()) {
                baseUri = URI.create(ready.group(1));
                return this;
            }
            if (!launcher.isAlive()) {
                throw new IllegalStateException("the launcher exited with " + launcher.exitValue()
                        + " before the platform was ready; see " + output + ":\n" + tail(40));
            }
            Threads.sleep(1000);
        }
        throw new IllegalStateException("the platform was not ready after " + timeout + "; see " + output);
    }

    public URI baseUri() {
        return baseUri;
    }

    /** The process id of Payara Micro's JVM, the launcher's java child; -1 if none is found. */
    public long serverPid() {
        return launcher.descendants()
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("/java") || command.equals("java"))
                        .orElse(false))
                .mapToLong(ProcessHandle::pid)
                .findFirst()
                .orElse(-1);
    }

    public String tail(int lines) throws IOException {
        List<String> all = Files.readAllLines(output, StandardCharsets.UTF_8);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private String output() throws IOException {
        return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    }

    /**
     * Stops the platform as Ctrl-C would: SIGTERM to the launcher, which stops Payara Micro and waits
     * for it. Whatever of its process tree still runs after that is terminated, then killed.
     */
    @Override
    public void close() {
        // taken first: once the launcher has ended, its children are no longer its descendants
        List<ProcessHandle> tree = launcher.descendants().toList();
        launcher.destroy();
        waitFor(launcher.toHandle(), Duration.ofSeconds(90));
        for (ProcessHandle process : tree) {
            if (process.isAlive()) {
                process.destroy();
                waitFor(process, Duration.ofSeconds(30));
            }
        }
        for (ProcessHandle process : tree) {
            process.destroyForcibly();
        }
        launcher.destroyForcibly();
    }

    private static void waitFor(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            // killed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
