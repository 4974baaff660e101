package org.boxoffice.web.organizer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class AnalyticsBackingTest {

    @Test
    void aTypedTitleNeitherEndsThePagesScriptNorAnAjaxUpdatesCdataAndStaysTheSameText() {
        String title = "Night </script><script>alert(1)</script> ]]> & more";
        String script = AnalyticsBacking.script(Json.createObjectBuilder()
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", Json.createArrayBuilder().add(title)))
                .build());

        assertThat(script).doesNotContain("<", ">");
        assertThat(Json.createReader(new StringReader(script))
                        .readObject()
                        .getJsonObject("data")
                        .getJsonArray("labels")
                        .getString(0))
                .isEqualTo(title);
    }
}
