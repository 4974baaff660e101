package org.boxoffice.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueriesTest {

    @Test
    void wordsAreLowercasedAndSplitAtAnythingButLettersAndDigits() {
        assertThat(EventQueries.words("  Jazz-Night at  ZÜRICH's ICE-597, 3.5 "))
                .containsExactly("jazz", "night", "at", "zürich", "s", "ice", "597", "3", "5");
    }

    @Test
    void wildcardsAndQueryOperatorsAreNotWords() {
        assertThat(EventQueries.words("50% a_b c:\\ !x & y | (z) 'q':* <-> w"))
                .containsExactly("50", "a", "b", "c", "x", "y", "z", "q", "w");
    }

    @Test
    void noWordsInBlankOrPunctuation() {
        assertThat(EventQueries.words(null)).isEmpty();
        assertThat(EventQueries.words("   ")).isEmpty();
        assertThat(EventQueries.words(" -- !? ")).isEmpty();
    }

    @Test
    void eachWordOnceAndAtMostTwelve() {
        assertThat(EventQueries.words("rock ROCK rock roll")).containsExactly("rock", "roll");
        String many = "a b c d e f g h i j k l m n o";
        assertThat(EventQueries.words(many))
                .hasSize(EventQueries.MAX_WORDS)
                .startsWith("a")
                .endsWith("l");
    }

    @Test
    void theFullTextQueryWantsEveryWordByItsBeginning() {
        assertThat(EventQueries.tsQuery(List.of("jazz"))).isEqualTo("'jazz':*");
        assertThat(EventQueries.tsQuery(List.of("hamburg", "münchen"))).isEqualTo("'hamburg':* & 'münchen':*");
    }
}
