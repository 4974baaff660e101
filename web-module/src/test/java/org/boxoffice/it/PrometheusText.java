package org.boxoffice.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scrape of {@code /metrics} in the Prometheus text format (version 0.0.4), parsed: the samples
 * with their labels and values, and the declared type and help of each metric family. Label values
 * are unescaped ({@code \\}, {@code \"}, {@code \n}); {@code NaN} and {@code +Inf} are read as
 * doubles.
 */
public final class PrometheusText {

    /** One sample line: {@code name{label="value",...} 1.0}. */
    public record Sample(String name, Map<String, String> labels, double value) {}

    private final List<Sample> samples;
    private final Map<String, String> types;
    private final Map<String, String> help;

    private PrometheusText(List<Sample> samples, Map<String, String> types, Map<String, String> help) {
        this.samples = samples;
        this.types = types;
        this.help = help;
    }

    public static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        Map<String, String> help = new HashMap<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                String[] parts = trimmed.substring(1).strip().split(" ", 3);
                if (parts.length >= 2 && parts[0].equals("TYPE")) {
                    types.put(parts[1], parts.length > 2 ? parts[2].strip() : "");
                } else if (parts.length >= 2 && parts[0].equals("HELP")) {
                    help.put(parts[1], parts.length > 2 ? parts[2] : "");
                }
                continue;
            }
            samples.add(sample(trimmed, number));
        }
        return new PrometheusText(List.copyOf(samples), types, help);
    }

    private static Sample sample(String line, int number) {
        int at = 0;
        while (at < line.length() && isNameChar(line.charAt(at), at == 0)) {
            at++;
        }
        if (at == 0) {
            throw new IllegalArgumentException("line " + number + ": no metric name: " + line);
        }
        String name = line.substring(0, at);
        Map<String, String> labels = new LinkedHashMap<>();
        if (at < line.length() && line.charAt(at) == '{') {
            at++;
            while (true) {
                while (at < line.length() && (line.charAt(at) == ',' || line.charAt(at) == ' ')) {
                    at++;
                }
                if (at >= line.length()) {
                    throw new IllegalArgumentException("line " + number + ": labels not closed: " + line);
                }
                if (line.charAt(at) == '}') {
                    at++;
                    break;
                }
                int eq = line.indexOf('=', at);
                if (eq < 0 || eq + 1 >= line.length() || line.charAt(eq + 1) != '"') {
                    throw new IllegalArgumentException("line " + number + ": malformed label: " + line);
                }
                String label = line.substring(at, eq).strip();
                StringBuilder value = new StringBuilder();
                at = eq + 2;
                while (true) {
                    if (at >= line.length()) {
                        throw new IllegalArgumentException("line " + number + ": label value not closed: " + line);
                    }
                    char c = line.charAt(at++);
                    if (c == '"') {
                        break;
                    }
                    if (c == '\\' && at < line.length()) {
                        char escaped = line.charAt(at++);
                        value.append(escaped == 'n' ? '\n' : escaped);
                    } else {
                        value.append(c);
                    }
                }
                if (labels.put(label, value.toString()) != null) {
                    throw new IllegalArgumentException("line " + number + ": label " + label + " twice: " + line);
                }
            }
        }
        String[] rest = line.substring(at).strip().split("\\s+");
        if (rest.length < 1 || rest[0].isEmpty() || rest.length > 2) {
            throw new IllegalArgumentException("line " + number + ": no value or more than a timestamp: " + line);
        }
        return new Sample(name, Collections.unmodifiableMap(labels), value(rest[0], number));
    }

    private static double value(String text, int number) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + number + ": not a number: " + text, e);
                }
        }
    }

    private static boolean isNameChar(char c, boolean first) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || c == '_'
                || c == ':'
                || (!first && c >= '0' && c <= '9');
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The samples of this name whose labels include these (name, value, name, value...). */
    public List<Sample> find(String name, String... labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in pairs of name and value");
        }
        return samples.stream()
                .filter(sample -> sample.name().equals(name))
                .filter(sample -> {
                    for (int i = 0; i < labels.length; i += 2) {
                        if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                            return false;
                        }
                    }
                    return true;
                })
                .toList();
    }

    /**
     * The value of the one sample of this name with these labels (among others); 0 when there is
     * none, as for a counter not registered yet.
     *
     * @throws IllegalStateException when several samples match
     */
    public double value(String name, String... labels) {
        List<Sample> found = find(name, labels);
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " samples of " + name + " match: " + found);
        }
        return found.isEmpty() ? 0 : found.get(0).value();
    }

    /** The declared type of a metric family ({@code counter}, {@code gauge}, {@code summary}...), or null. */
    public String type(String family) {
        return types.get(family);
    }

    /** The help text of a metric family, or null. */
    public String help(String family) {
        return help.get(family);
    }
}
