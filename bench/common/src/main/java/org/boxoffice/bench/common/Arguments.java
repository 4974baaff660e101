package org.boxoffice.bench.common;

import java.nio.file.Path;
import java.util.LinkedHashMap;
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
}
