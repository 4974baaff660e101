package org.boxoffice.bench.common;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of a bench's checks by queries: per check, in the order they ran, how many rows
 * break it. Clean when every count is 0.
 *
 * @param counts the count of each check, by what it checks
 */
public record Violations(Map<String, Long> counts) {

    public boolean clean() {
        return counts.values().stream().allMatch(count -> count == 0);
    }

    /**
     * "ok (figures; N checks at 0)", or "**FAILED**: " with the checks that are not 0 and the
     * {@code figures} (what was checked, in words).
     */
    public String summary(String figures) {
        if (clean()) {
            return "ok (" + figures + "; " + counts.size() + " checks at 0)";
        }
        return "**FAILED**: "
                + counts.entrySet().stream()
                        .filter(entry -> entry.getValue() != 0)
                        .map(entry -> entry.getKey() + ": " + entry.getValue())
                        .collect(Collectors.joining("; "))
                + " (" + figures + ")";
    }
}
