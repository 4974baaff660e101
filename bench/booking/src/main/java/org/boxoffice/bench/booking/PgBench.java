package org.boxoffice.bench.booking;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.boxoffice.bench.common.Database;

/**
 * The same hold in plain SQL: PostgreSQL's own load generator, {@code pgbench}, running one of the
 * scripts in {@code src/main/resources/pgbench} against the platform's database, logged in as the
 * platform is, over TCP, with prepared statements (as the platform's JDBC driver sends them).
 * {@code -l} logs every transaction's latency, from which p50 and p99 are read as for HTTP.
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    /** bash's {@code times}: the shell's user and system time, then its children's (pgbench's). */
    private static final Pattern TIMES = Pattern.compile("(?m)^(\\d+)m([0-9.]+)s (\\d+)m([0-9.]+)s\\s*\\z");

    /** One pgbench run's figures. {@code transactions} includes those that held nothing (a pair taken). */
    record Step(
            int clients,
            double tps,
            long transactions,
            long failed,
            int abortedClients,
            Histogram latencies,
            double cpuSeconds,
            String errors,
            String output) {

        double millis(double percentile) {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private final String executable;
    private final Database database;
    private final Path directory;
    private long runs;

    PgBench(String executable, Database database, Path directory) {
        this.executable = executable;
        this.database = database;
        this.directory = directory;
    }

    /** pgbench's version line, or the reason it cannot run. */
    static String version(String executable) {
        try {
            Process process = new ProcessBuilder(executable, "--version")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Copies a script of the bench's resources out where pgbench reads it; its path. */
    Path script(String name) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(directory);
        try (InputStream in = PgBench.class.getResourceAsStream("/pgbench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no pgbench script " + name + " in the bench's resources");
            }
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    Step run(Path script, int clients, int seconds, Map<String, String> variables, boolean log)
            throws IOException, InterruptedException {
        Path logs = directory.resolve(String.format("run-%02d-%s-%d", ++runs, stem(script), clients));
        deleteRecursively(logs);
        Files.createDirectories(logs);
        // through bash, whose `times` then tells the CPU time pgbench used
        List<String> command = new ArrayList<>(List.of(
                "bash",
                "-c",
                "\"$0\" \"$@\"; status=$?; times; exit $status",
                executable,
                "-n",
                "-h",
                "localhost",
                "-p",
                String.valueOf(database.port()),
                "-U",
                Database.USER,
                "-c",
                String.valueOf(clients),
                "-j",
                String.valueOf(Math.min(2, clients)),
                "-T",
                String.valueOf(seconds),
                "-M",
                "prepared",
                "-f",
                script.toString()));
        variables.forEach((name, value) -> {
            command.add("-D");
            command.add(name + "=" + value);
        });
        if (log) {
            command.add("-l");
            command.add("--log-prefix=" + logs.resolve("log"));
        }
        command.add(Database.NAME);
        Path output = logs.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(logs.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("PGPASSWORD", database.password());
        builder.environment().put("PGAPPNAME", "bench-pgbench");
        Process process = builder.start();
        int status = process.waitFor();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Matcher tps = TPS.matcher(text);
        Matcher processed = PROCESSED.matcher(text);
        if (!tps.find() || !processed.find()) {
            throw new IllegalStateException(
                    "pgbench exited with " + status + " and no figures: " + String.join(" ", command) + "\n" + text);
        }
        Matcher failed = FAILED.matcher(text);
        Matcher times = TIMES.matcher(text);
        double cpuSeconds = times.find()
                ? Integer.parseInt(times.group(1)) * 60
                        + Double.parseDouble(times.group(2))
                        + Integer.parseInt(times.group(3)) * 60
                        + Double.parseDouble(times.group(4))
                : Double.NaN;
        List<String> aborted =
                text.lines().filter(line -> line.contains("aborted in command")).toList();
        Histogram latencies = new Histogram(3);
        if (log) {
            try (Stream<Path> files = Files.list(logs)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("log."))
                        .toList()) {
                    try (Stream<String> lines = Files.lines(file)) {
                        // client_id transaction_no time_us script_no time_epoch time_us_fraction
                        lines.forEach(line -> {
                            String[] fields = line.split(" ");
                            if (fields.length > 2 && fields[2].chars().allMatch(Character::isDigit)) {
                                latencies.recordValue(Long.parseLong(fields[2]));
                            }
                        });
                    }
                }
            }
        }
        return new Step(
                clients,
                Double.parseDouble(tps.group(1)),
                Long.parseLong(processed.group(1)),
                failed.find() ? Long.parseLong(failed.group(1)) : 0,
                aborted.size(),
                latencies,
                cpuSeconds,
                aborted.isEmpty() ? "" : aborted.get(0),
                text);
    }

    private static String stem(Path script) {
        String name = script.getFileName().toString();
        return name.endsWith(".sql") ? name.substring(0, name.length() - 4) : name;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
