package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ChartScriptsTest {

    @Test
    void aTypedTitleNeitherEndsThePagesScriptNorAnAjaxUpdatesCdataAndStaysTheSameText() {
        String title = "Night </script><script>alert(1)</script> ]]> & more";
        String script = ChartScripts.of(Json.createObjectBuilder()
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", Json.createArrayBuilder().add(title)))
                .build());

        assertThat(script).doesNotContain("<", ">", "&");
        assertThat(Json.createReader(new StringReader(script))
                        .readObject()
                        .getJsonObject("data")
                        .getJsonArray("labels")
                        .getString(0))
                .isEqualTo(title);
    }
}
