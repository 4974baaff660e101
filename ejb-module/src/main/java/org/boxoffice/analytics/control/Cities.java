package org.boxoffice.analytics.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.analytics.entity.BuyerCity;
import org.boxoffice.analytics.entity.BuyerCity.Kind;

/**
 * The cities buyers come from, as their postal addresses name them. An address is one free text
 * (lines or commas, the way its owner wrote it), so the city is read from its end: the last line
 * or comma-separated part that has a word without digits, its words with digits (postal codes) left
 * out. "12 St James's Square, London" and "Hauptstraße 1\n10115 Berlin" give London and Berlin.
 * Cities are counted without regard to case or spaces.
 */
public final class Cities {

    private Cities() {}

    /** The city an address names; empty for none. */
    public static Optional<String> of(String postalAddress) {
        if (postalAddress == null) {
            return Optional.empty();
        }
        String[] parts = postalAddress.split("[\\r\\n,;]+");
        for (int i = parts.length - 1; i >= 0; i--) {
            List<String> words = new ArrayList<>();
            for (String word : parts[i].strip().split("\\s+")) {
                if (!word.isEmpty() && word.chars().noneMatch(Character::isDigit)) {
                    words.add(word);
                }
            }
            if (!words.isEmpty()) {
                return Optional.of(String.join(" ", words));
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code top} cities by buyers (most first, then by name), the buyers of the others as
     * {@link Kind#OTHER}, and those without a city as {@link Kind#UNKNOWN}; the last two only when
     * there are any.
     *
     * @param cities each buyer's city (empty for none), in a stable order: the first spelling of a
     *     city is the one shown
     */
    public static List<BuyerCity> top(List<Optional<String>> cities, int top) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        long unknown = 0;
        for (Optional<String> city : cities) {
            if (city.isEmpty()) {
                unknown++;
                continue;
            }
            String key = city.get().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            names.putIfAbsent(key, city.get().strip());
            counts.merge(key, 1L, Long::sum);
        }
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<BuyerCity> result = new ArrayList<>();
        long other = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (i < top) {
                result.add(new BuyerCity(
                        Kind.CITY,
                        names.get(ranked.get(i).getKey()),
                        ranked.get(i).getValue()));
            } else {
                other += ranked.get(i).getValue();
            }
        }
        if (other > 0) {
            result.add(new BuyerCity(Kind.OTHER, null, other));
        }
        if (unknown > 0) {
            result.add(new BuyerCity(Kind.UNKNOWN, null, unknown));
        }
        return result;
    }
}
