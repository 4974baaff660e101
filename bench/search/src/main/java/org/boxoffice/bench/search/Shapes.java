package org.boxoffice.bench.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The requests measured: the search of {@code GET /api/v1/events} in twelve shapes, and the seat
 * map. Each shape draws its values (city, category, word, dates, prices) anew for every request from
 * what the generator made, so that the database does not answer one cached plan and row set.
 */
final class Shapes {

    /** A kind of request; {@code target} is its 99th-percentile target in milliseconds. */
    record Shape(String name, double targetMillis, Function<Random, String> path) {}

    static final double SEARCH_TARGET_MILLIS = 50;
    static final double SEAT_MAP_TARGET_MILLIS = 300;

    private final CatalogGenerator.Catalog catalog;

    Shapes(CatalogGenerator.Catalog catalog) {
        this.catalog = catalog;
    }

    List<Shape> search() {
        return List.of(
                search("1 upcoming, no filter", random -> ""),
                search("2 q (one word)", random -> "q=" + word(random)),
                search("3 city", random -> "city=" + city(random)),
                search("4 category", random -> "category=" + category(random)),
                search("5 from/to (a month)", random -> month(random, 1)),
                search("6 minPrice/maxPrice", random -> {
                    int min = 5 + 5 * random.nextInt(30);
                    return "minPrice=" + min + "&maxPrice=" + (min + 10 + 5 * random.nextInt(10));
                }),
                search("7 available=true", random -> "available=true"),
                search("8 sort=price", random -> "sort=price"),
                search("9 sort=popularity", random -> "sort=popularity"),
                combined(),
                search("11 page=50", random -> "page=50"),
                search(
                        "12 q (two words) + city",
                        random -> "q=" + word(random) + "+" + word(random) + "&city=" + city(random)));
    }

    /** City, category, three months, a highest price, available only, cheapest first. */
    Shape combined() {
        return search(
                "10 combined",
                random -> "city=" + city(random) + "&category=" + category(random) + "&" + month(random, 3)
                        + "&maxPrice=" + (20 + 10 * random.nextInt(10)) + "&available=true&sort=price");
    }

    Shape seatMap() {
        List<Long> arena = catalog.arenaEvents();
        if (arena.isEmpty()) {
            throw new IllegalStateException("no published arena event to read the seat map of");
        }
        return new Shape(
                "seat map, 20,000 seats",
                SEAT_MAP_TARGET_MILLIS,
                random -> "/api/v1/events/" + arena.get(random.nextInt(arena.size())) + "/seat-map");
    }

    private static Shape search(String name, Function<Random, String> query) {
        return new Shape(name, SEARCH_TARGET_MILLIS, random -> {
            String parameters = query.apply(random);
            return "/api/v1/events" + (parameters.isEmpty() ? "" : "?" + parameters);
        });
    }

    private String word(Random random) {
        return pick(random, catalog.words());
    }

    private String city(Random random) {
        return URLEncoder.encode(pick(random, catalog.cities()), StandardCharsets.UTF_8);
    }

    private String category(Random random) {
        return pick(random, catalog.categorySlugs());
    }

    /** A window of whole months starting on a day from a month ago to 17 months ahead. */
    private String month(Random random, int months) {
        LocalDate from = catalog.today().minusDays(30).plusDays(random.nextInt(540));
        return "from=" + from + "&to=" + from.plusMonths(months);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
