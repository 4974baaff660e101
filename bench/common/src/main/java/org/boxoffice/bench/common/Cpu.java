package org.boxoffice.bench.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time the processes of a step used, from Linux's {@code /proc/<pid>/stat}: on a machine where
 * the load generator, the platform and the database share the cores, where the time of a hold goes
 * is part of the result. PostgreSQL counts its postmaster, the backends alive now, and (through the
 * postmaster's children's times) the backends that have ended, such as pgbench's connections.
 * Elsewhere than on Linux every figure is NaN.
 */
public final class Cpu {

    /** USER_HZ, the unit of /proc's times: 100 on every Linux the bench is run on. */
    private static final double TICKS_PER_SECOND = 100;

    /**
     * CPU seconds of the bench's own JVM (the HTTP load generator), the platform's JVM and PostgreSQL;
     * the platform's also by thread, the numbers in the threads' names left out ("http-thread-pool::
     * http-listener(#)", "C# CompilerThread#", "GC Thread#"), to tell serving requests from compiling
     * and collecting garbage.
     */
    public record Sample(double bench, double platform, double postgres, Map<String, Double> platformThreads) {

        public Sample minus(Sample earlier) {
            Map<String, Double> threads = new TreeMap<>();
            platformThreads.forEach(
                    (name, seconds) -> threads.put(name, seconds - earlier.platformThreads.getOrDefault(name, 0.0)));
            return new Sample(bench - earlier.bench, platform - earlier.platform, postgres - earlier.postgres, threads);
        }

        /** The platform's threads that used the most CPU, with their share of the platform's CPU. */
        public String busiestThreads(int count) {
            double total = platformThreads.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .filter(seconds -> seconds > 0)
                    .sum();
            return platformThreads.entrySet().stream()
                    .filter(entry -> entry.getValue() > 0)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(count)
                    .map(entry -> String.format("%s %.0f %%", entry.getKey(), 100 * entry.getValue() / total))
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * Where the CPU of {@code seconds} of {@code count} requests (or holds, check-ins, ...: {@code
     * unit}) went, per one: the load generator (or pgbench: {@code generator}, which used {@code
     * generatorSeconds}), the platform and PostgreSQL; and how busy the machine's cores were.
     */
    public static String perUnit(
            long count, String unit, double seconds, String generator, double generatorSeconds, Sample cpu) {
        double total = generatorSeconds + cpu.platform() + cpu.postgres();
        return String.format(
                "CPU per %s %s %.2f ms, platform %.2f ms, PostgreSQL %.2f ms (cores busy %.0f %%)",
                unit,
                generator,
                1000 * generatorSeconds / Math.max(1, count),
                1000 * cpu.platform() / Math.max(1, count),
                1000 * cpu.postgres() / Math.max(1, count),
                100 * total / (seconds * Runtime.getRuntime().availableProcessors()));
    }

    /** The process's CPU split of a step after {@code before}, per {@code unit}, with the platform's busiest threads. */
    public String since(Sample before, long count, String unit, double seconds) {
        Sample used = sample().minus(before);
        return perUnit(count, unit, seconds, "load generator", used.bench(), used)
                + "; the platform's busiest threads: " + used.busiestThreads(4);
    }

    private final long platformPid;
    private final Path postmasterPidFile;

    public Cpu(long platformPid, Path postmasterPidFile) {
        this.platformPid = platformPid;
        this.postmasterPidFile = postmasterPidFile;
    }

    public Sample sample() {
        return new Sample(
                seconds(ProcessHandle.current().pid(), false),
                seconds(platformPid, false),
                postgres(),
                threads(platformPid));
    }

    /** Linux keeps 15 characters of a thread's name: the groups that matter, named in full. */
    private static String group(String name) {
        if (name.contains("CompilerThre")) {
            return "JIT compiler";
        }
        if (name.startsWith("http-thread-po")) {
            return "HTTP request threads";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G# ") || name.startsWith("VM Thread")) {
            return "garbage collector";
        }
        return name;
    }

    /** CPU seconds of the process's live threads, summed by name with the digits left out. */
    private static Map<String, Double> threads(long pid) {
        Map<String, Double> threads = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = group(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9]+", "#"));
                    threads.merge(name, ticks(stat, false) / TICKS_PER_SECOND, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return threads;
    }

    private double postgres() {
        try {
            long postmaster =
                    Long.parseLong(Files.readAllLines(postmasterPidFile).get(0).strip());
            double total = seconds(postmaster, true);
            for (ProcessHandle child : ProcessHandle.of(postmaster)
                    .map(handle -> handle.children().toList())
                    .orElse(List.of())) {
                double seconds = seconds(child.pid(), false);
                // a backend that ended meanwhile: its time is in the postmaster's children's times
                total += Double.isNaN(seconds) ? 0 : seconds;
            }
            return total;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** utime + stime of the process (all its threads), and of its waited-for children if asked. */
    private static double seconds(long pid, boolean withEndedChildren) {
        if (pid <= 0) {
            return Double.NaN;
        }
        try {
            return ticks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")), withEndedChildren)
                    / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double ticks(String stat, boolean withEndedChildren) {
        // the command may hold spaces and parentheses: the fields start after the last ')'
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17
        double ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        if (withEndedChildren) {
            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        }
        return ticks;
    }
}
