package org.boxoffice.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String SCRAPE = """
            # TYPE boxoffice_holds_total counter
            # HELP boxoffice_holds_total Holds made: seats and places held for a new booking
            boxoffice_holds_total{mp_scope="application",} 3.0
            # TYPE boxoffice_payments_total counter
            boxoffice_payments_total{mp_scope="application",outcome="declined"} 1.0
            boxoffice_payments_total{mp_scope="application",outcome="succeeded"} 7.0
            # TYPE boxoffice_dead_letters gauge
            boxoffice_dead_letters{mp_scope="application"} NaN
            odd_label{path="a \\"quoted\\" \\\\ back\\nslash, {x}"} -2.5E-3 1712345678000
            no_labels 42
            """;

    @Test
    void readsSamplesWithTheirLabelsValuesTypesAndHelp() {
        PrometheusText text = PrometheusText.parse(SCRAPE);

        assertThat(text.samples()).hasSize(6);
        assertThat(text.value("boxoffice_holds_total")).isEqualTo(3.0);
        assertThat(text.value("boxoffice_payments_total", "outcome", "succeeded"))
                .isEqualTo(7.0);
        assertThat(text.value("boxoffice_payments_total", "outcome", "requires_action"))
                .as("a sample not there counts 0")
                .isZero();
        assertThat(text.find("boxoffice_payments_total")).hasSize(2);
        assertThat(text.value("boxoffice_dead_letters")).isNaN();
        assertThat(text.find("odd_label").get(0).labels())
                .isEqualTo(Map.of("path", "a \"quoted\" \\ back\nslash, {x}"));
        assertThat(text.value("odd_label")).isEqualTo(-0.0025);
        assertThat(text.value("no_labels")).isEqualTo(42.0);
        assertThat(text.type("boxoffice_holds_total")).isEqualTo("counter");
        assertThat(text.type("boxoffice_dead_letters")).isEqualTo("gauge");
        assertThat(text.help("boxoffice_holds_total")).isEqualTo("Holds made: seats and places held for a new booking");
    }

    @Test
    void refusesWhatIsNotTheTextFormat() {
        assertThatThrownBy(() -> PrometheusText.parse("metric{a=\"1\" 2.0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrometheusText.parse("metric{a=1} 2.0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrometheusText.parse("metric two")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrometheusText.parse("{a=\"1\"} 2.0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrometheusText.parse("metric 1 2 3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void saysWhenSeveralSamplesMatch() {
        PrometheusText text = PrometheusText.parse(SCRAPE);

        assertThatThrownBy(() -> text.value("boxoffice_payments_total")).isInstanceOf(IllegalStateException.class);
    }
}
