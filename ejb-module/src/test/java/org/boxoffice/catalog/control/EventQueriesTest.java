package org.boxoffice.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventQueriesTest {

    @Test
    void escapeLikeEscapesTheWildcards() {
        assertThat(EventQueries.escapeLike("50%")).isEqualTo("50\\%");
        assertThat(EventQueries.escapeLike("a_b")).isEqualTo("a\\_b");
    }

    @Test
    void escapeLikeEscapesTheEscapeCharacterFirst() {
        assertThat(EventQueries.escapeLike("c:\\")).isEqualTo("c:\\\\");
        assertThat(EventQueries.escapeLike("\\%")).isEqualTo("\\\\\\%");
        assertThat(EventQueries.escapeLike("100%_\\")).isEqualTo("100\\%\\_\\\\");
    }

    @Test
    void escapeLikeLeavesOtherTextAlone() {
        assertThat(EventQueries.escapeLike("zürich jazz-night's")).isEqualTo("zürich jazz-night's");
        assertThat(EventQueries.escapeLike("")).isEmpty();
    }
}
