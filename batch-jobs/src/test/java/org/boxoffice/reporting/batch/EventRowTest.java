package org.boxoffice.reporting.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventRowTest {

    private static EventRow row(String title, String category, String venue, String city) {
        return new EventRow(42, title, category, venue, city, "2026-12-24T20:00:00+01:00", "Europe/Zurich", 150);
    }

    @Test
    void plainFieldsAreNotQuoted() {
        assertThat(row("Christmas Gala", "concerts", "Tonhalle", "Zürich").toCsv())
                .isEqualTo("42,Christmas Gala,concerts,Tonhalle,Zürich,2026-12-24T20:00:00+01:00,Europe/Zurich,150");
    }

    @Test
    void theValuesFollowTheHeader() {
        assertThat(EventRow.HEADER.split(",")).hasSize(8);
        assertThat(row("Gala", "concerts", "Tonhalle", "Zürich").toCsv().split(","))
                .hasSize(8);
    }

    @Test
    void fieldsWithCommasAreQuoted() {
        assertThat(row("Rock, Paper, Scissors", "concerts", "Tonhalle", "Zürich")
                        .toCsv())
                .startsWith("42,\"Rock, Paper, Scissors\",concerts,");
    }

    @Test
    void quotesAreDoubledInsideQuotes() {
        assertThat(row("The \"Best\" Night", "concerts", "Tonhalle", "Zürich").toCsv())
                .startsWith("42,\"The \"\"Best\"\" Night\",concerts,");
    }

    @Test
    void fieldsWithLineBreaksAreQuoted() {
        assertThat(row("Gala", "concerts", "Hall\nEast", "Zürich").toCsv())
                .isEqualTo("42,Gala,concerts,\"Hall\nEast\",Zürich,2026-12-24T20:00:00+01:00,Europe/Zurich,150");
        assertThat(EventRow.csv("a\r\nb")).isEqualTo("\"a\r\nb\"");
        assertThat(EventRow.csv("a\rb")).isEqualTo("\"a\rb\"");
    }

    @Test
    void everyTextFieldIsQuotedWhenNeeded() {
        assertThat(row("a", "b,c", "d\"e", "f,g").toCsv())
                .isEqualTo("42,a,\"b,c\",\"d\"\"e\",\"f,g\",2026-12-24T20:00:00+01:00,Europe/Zurich,150");
    }

    @Test
    void otherCharactersAreLeftAlone() {
        assertThat(EventRow.csv("it's; a 'test' – ok")).isEqualTo("it's; a 'test' – ok");
        assertThat(EventRow.csv("")).isEmpty();
    }
}
