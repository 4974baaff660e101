package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.boxoffice.catalog.boundary.EventSearch;
import org.junit.jupiter.api.Test;

class SearchBackingTest {

    @Test
    void datesInTheAddressAreIsoDays() {
        assertThat(SearchBacking.date("2027-03-01")).contains(LocalDate.of(2027, 3, 1));
        assertThat(SearchBacking.date(" 2027-03-01 ")).contains(LocalDate.of(2027, 3, 1));
        assertThat(SearchBacking.date("01.03.2027")).isEmpty();
        assertThat(SearchBacking.date("2027-02-30")).isEmpty();
        assertThat(SearchBacking.date("tomorrow")).isEmpty();
    }

    @Test
    void pricesInTheAddressAreNonNegativeAmountsWithAPoint() {
        assertThat(SearchBacking.amount("12.50")).contains(new BigDecimal("12.50"));
        assertThat(SearchBacking.amount("0")).contains(BigDecimal.ZERO);
        assertThat(SearchBacking.amount("12,50")).isEmpty();
        assertThat(SearchBacking.amount("-1")).isEmpty();
        assertThat(SearchBacking.amount("cheap")).isEmpty();
    }

    @Test
    void pagesCountFromOne() {
        assertThat(SearchBacking.pageNumber("3")).contains(3);
        assertThat(SearchBacking.pageNumber("0")).isEmpty();
        assertThat(SearchBacking.pageNumber("-2")).isEmpty();
        assertThat(SearchBacking.pageNumber("two")).isEmpty();
        assertThat(SearchBacking.pageNumber(String.valueOf(Integer.MAX_VALUE))).isEmpty();
    }

    @Test
    void theSearchRunsFromTheStartOfTheFirstDayToTheEndOfTheLast() {
        SearchBacking backing = new SearchBacking();
        backing.setText("jazz");
        backing.setCity("Hamburg");
        backing.setFrom(LocalDate.of(2027, 3, 1));
        backing.setTo(LocalDate.of(2027, 3, 5));
        backing.setMinPrice(new BigDecimal("10"));
        backing.setAvailableOnly(true);
        backing.setSort("price-desc");

        EventSearch search = backing.search();

        assertThat(search.text()).isEqualTo("jazz");
        assertThat(search.city()).isEqualTo("Hamburg");
        assertThat(search.from()).isEqualTo(OffsetDateTime.of(2027, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(search.to()).isEqualTo(OffsetDateTime.of(2027, 3, 6, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(search.minPrice()).isEqualByComparingTo("10");
        assertThat(search.maxPrice()).isNull();
        assertThat(search.availableOnly()).isTrue();
        assertThat(search.sort()).isEqualTo(EventSearch.Sort.PRICE_DESC);
    }

    @Test
    void withoutAnOrderEventsComeByDate() {
        assertThat(new SearchBacking().search().sort()).isEqualTo(EventSearch.Sort.DATE);
    }

    @Test
    void theAddressOfTheNextSearchCarriesWhatTheFormSays() {
        SearchBacking backing = new SearchBacking();
        backing.setFrom(LocalDate.of(2027, 3, 1));
        backing.setMaxPrice(new BigDecimal("25.00"));
        backing.setAvailableOnly(true);

        assertThat(backing.getFromParameter()).isEqualTo("2027-03-01");
        assertThat(backing.getToParameter()).isNull();
        assertThat(backing.getMaxPriceParameter()).isEqualTo("25.00");
        assertThat(backing.getMinPriceParameter()).isNull();
        assertThat(backing.getAvailableParameter()).isEqualTo("true");
        assertThat(backing.getPageParameter())
                .as("the first page needs no parameter")
                .isNull();
        assertThat(backing.getVenueParameter()).isNull();

        backing.setAvailableOnly(false);
        assertThat(backing.getAvailableParameter())
                .as("only available=true is written")
                .isNull();
    }

    @Test
    void onlyAvailableTrueAsksForEventsWithTicketsLeft() {
        SearchBacking backing = new SearchBacking();

        backing.setAvailableParameter("TRUE");
        assertThat(backing.isAvailableOnly()).isTrue();
        backing.setAvailableParameter("yes");
        assertThat(backing.isAvailableOnly()).isFalse();
        backing.setAvailableParameter(null);
        assertThat(backing.isAvailableOnly()).isFalse();
    }
}
