package org.boxoffice.bench.common;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A bench's command line as its run script passes it: {@code --name=value} each. */
public final class Arguments {

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    public static Arguments parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, not " + arg);
            }
            values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return new Arguments(values);
    }

    /** The value of {@code --name}, or {@code otherwise} when it is not given. */
    public String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    /** {@code --repo}: the checkout, the working directory unless given. */
    public Path repo() {
        return Path.of(get("repo", ".")).toAbsolutePath().normalize();
    }

    /** {@code --target}: where the run writes, {@code bench/BENCH/target} of the checkout unless given. */
    public Path target(String bench) {
        String otherwise = repo().resolve("bench/" + bench + "/target").toString();
        return Path.of(get("target", otherwise)).toAbsolutePath().normalize();
    }

    /**
     * {@code --name}: client counts separated by blanks or commas, such as {@code "8 32"}, 1 to 150
     * each; {@code otherwise} when it is not given.
     */
    public List<Integer> counts(String name, String otherwise) {
        String list = get(name, otherwise);
        List<Integer> counts = Arrays.stream(list.split("[ ,]+"))
                .filter(value -> !value.isBlank())
                .map(Integer::parseInt)
                .toList();
        if (counts.isEmpty() || counts.stream().anyMatch(n -> n < 1 || n > 150)) {
            throw new IllegalArgumentException("--" + name + " takes client counts of 1 to 150 each, not " + list);
        }
        return counts;
    }

    /**
     * {@code --settings=NAME=VALUE,...}: the platform's settings to change for this run, {@code
     * BOXOFFICE_*} variables only; none unless given.
     */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : get("settings", "").split(",")) {
            if (setting.isBlank()) {
                continue;
            }
            int equals = setting.indexOf('=');
            if (equals < 1 || !setting.startsWith("BOXOFFICE_")) {
                throw new IllegalArgumentException("a setting is BOXOFFICE_NAME=value, not " + setting);
            }
            settings.put(setting.substring(0, equals), setting.substring(equals + 1));
        }
        return settings;
    }
}
