package org.boxoffice.catalog.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.boxoffice.catalog.boundary.EventSearch.Sort;
import org.junit.jupiter.api.Test;

class EventSearchTest {

    @Test
    void sortsAreNamedInUrlsWithLowerCaseAndHyphens() {
        assertThat(Arrays.stream(Sort.values()).map(Sort::urlName))
                .containsExactly("date", "date-desc", "title", "price", "price-desc", "popularity");
    }

    @Test
    void aSortIsFoundByItsUrlNameOrItsConstantWhateverTheCase() {
        assertThat(Sort.named("price-desc")).contains(Sort.PRICE_DESC);
        assertThat(Sort.named(" Popularity ")).contains(Sort.POPULARITY);
        assertThat(Sort.named("DATE_DESC")).contains(Sort.DATE_DESC);
        for (Sort sort : Sort.values()) {
            assertThat(Sort.named(sort.urlName())).contains(sort);
        }
    }

    @Test
    void anythingElseIsNoSort() {
        assertThat(Sort.named("cheapest")).isEmpty();
        assertThat(Sort.named("")).isEmpty();
        assertThat(Sort.named(null)).isEmpty();
    }

    @Test
    void withoutASortEventsComeByDateAndTheFirstReleasesSearchStillWorks() {
        EventSearch search = new EventSearch("jazz", "Hamburg", "concerts", null, null, null, null, null);

        assertThat(search.sort()).isEqualTo(Sort.DATE);
        assertThat(search.venue()).isNull();
        assertThat(search.availableOnly()).isFalse();
        assertThat(EventSearch.upcoming().sort()).isEqualTo(Sort.DATE);
    }
}
