package org.boxoffice.web.admin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.boxoffice.web.ChartScripts;

/**
 * The Chart.js configurations of the user analytics' charts, as the JSON that {@code p:chart}
 * takes. Labels are names that people typed (categories, cities): the JSON goes into a script of
 * the page, so {@code <}, {@code >} and {@code &} are written as JSON escapes and no name can end
 * the script.
 */
final class UserAnalyticsCharts {

    private static final String COLOUR = "#3b6fb6";

    private UserAnalyticsCharts() {}

    /** A line of whole numbers over the labels. */
    static String line(String label, List<String> labels, List<Long> values) {
        return chart(
                "line",
                label,
                labels,
                values,
                Json.createObjectBuilder()
                        .add("borderColor", COLOUR)
                        .add("backgroundColor", COLOUR)
                        .add("tension", 0)
                        .add("fill", false)
                        .build());
    }

    /** Bars of whole numbers, one per label. */
    static String bar(String label, List<String> labels, List<Long> values) {
        return chart(
                "bar",
                label,
                labels,
                values,
                Json.createObjectBuilder().add("backgroundColor", COLOUR).build());
    }

    private static String chart(String type, String label, List<String> labels, List<Long> values, JsonObject look) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        JsonObject config = Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", names)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder(look)
                                                        .add("label", label)
                                                        .add("data", data))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build();
        return ChartScripts.of(config);
    }
}
