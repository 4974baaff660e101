package org.boxoffice.web;

import jakarta.json.JsonObject;

/**
 * A Chart.js configuration as {@code p:chart} writes it into the page's script. Labels can be texts
 * people typed (event titles, categories, cities): they must not close the script ({@code
 * </script>}) or an Ajax update's CDATA ({@code ]]>}), so {@code <}, {@code >} and {@code &} are
 * written as JSON escapes, which mean the same characters to the chart.
 */
public final class ChartScripts {

    private ChartScripts() {}

    public static String of(JsonObject config) {
        return config.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
