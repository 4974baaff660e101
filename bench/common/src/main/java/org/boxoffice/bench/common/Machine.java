package org.boxoffice.bench.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine line of a result: cores, CPU model, memory, Java. */
public final class Machine {

    private Machine() {}

    public static String describe() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        String gibibytes = memory.isEmpty()
                ? "? GiB"
                : Math.round(Long.parseLong(memory.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GiB";
        return Runtime.getRuntime().availableProcessors() + " cores, " + (cpu.isEmpty() ? "unknown CPU" : cpu) + ", "
                + gibibytes + " RAM, Java " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vm.name") + ")";
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
