package org.boxoffice.catalog.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void escapeLikeEscapesTheWildcards() {
        assertThat(Catalog.escapeLike("50%")).isEqualTo("50\\%");
        assertThat(Catalog.escapeLike("a_b")).isEqualTo("a\\_b");
    }

    @Test
    void escapeLikeEscapesTheEscapeCharacterFirst() {
        assertThat(Catalog.escapeLike("c:\\")).isEqualTo("c:\\\\");
        assertThat(Catalog.escapeLike("\\%")).isEqualTo("\\\\\\%");
        assertThat(Catalog.escapeLike("100%_\\")).isEqualTo("100\\%\\_\\\\");
    }

    @Test
    void escapeLikeLeavesOtherTextAlone() {
        assertThat(Catalog.escapeLike("zürich jazz-night's")).isEqualTo("zürich jazz-night's");
        assertThat(Catalog.escapeLike("")).isEmpty();
    }
}
