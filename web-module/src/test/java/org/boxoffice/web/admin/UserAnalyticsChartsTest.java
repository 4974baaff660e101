package org.boxoffice.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserAnalyticsChartsTest {

    @Test
    void aNameThatWouldEndThePagesScriptIsWrittenAsJsonEscapesAndReadsBackTheSame() {
        String name = "</script><script>alert('&')</script>";

        String config = UserAnalyticsCharts.bar("Tickets", List.of(name, "Graz"), List.of(5L, 2L));

        assertThat(config).doesNotContain("<", ">", "&");
        JsonObject chart = Json.createReader(new StringReader(config)).readObject();
        assertThat(chart.getString("type")).isEqualTo("bar");
        JsonObject data = chart.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getString(0)).isEqualTo(name);
        assertThat(data.getJsonArray("datasets")
                        .getJsonObject(0)
                        .getJsonArray("data")
                        .getJsonNumber(0)
                        .longValue())
                .isEqualTo(5);
    }

    @Test
    void aLineOfTheDays() {
        JsonObject chart = Json.createReader(new StringReader(
                        UserAnalyticsCharts.line("New accounts", List.of("2026-12-01", "2026-12-02"), List.of(3L, 0L))))
                .readObject();

        assertThat(chart.getString("type")).isEqualTo("line");
        assertThat(chart.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getString("label"))
                .isEqualTo("New accounts");
        assertThat(chart.getJsonObject("data").getJsonArray("labels")).hasSize(2);
    }
}
