package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.boxoffice.catalog.entity.Category;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.venue.entity.Venue;
import org.junit.jupiter.api.Test;
import org.primefaces.model.DefaultScheduleEvent;

class CalendarBackingTest {

    @Test
    void anEventIsShownAtItsVenuesWallClockTimeAndLinksToItsPage() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Event event = new Event(
                "Taiko night",
                "Drums",
                new Category("Concerts", "concerts"),
                new Venue("Budokan", "2-3 Kitanomaru", "Tokyo", tokyo),
                ZonedDateTime.of(2027, 3, 10, 19, 0, 0, 0, tokyo),
                ZonedDateTime.of(2027, 3, 10, 21, 30, 0, 0, tokyo));

        DefaultScheduleEvent<Long> entry = CalendarBacking.entry(event, "/shop", Locale.ENGLISH);

        assertThat(entry.getTitle()).isEqualTo("Taiko night");
        assertThat(entry.getStartDate()).isEqualTo(LocalDateTime.of(2027, 3, 10, 19, 0));
        assertThat(entry.getEndDate()).isEqualTo(LocalDateTime.of(2027, 3, 10, 21, 30));
        assertThat(entry.getUrl()).startsWith("/shop/event.xhtml?id=");
        assertThat(entry.getDescription()).contains("Asia/Tokyo", "Budokan, Tokyo");
        assertThat(entry.isDraggable()).isFalse();
    }

    @Test
    void theMiddleOfTheDatesOnScreenOpensTheSameMonth() {
        // a month view of March 2027 that starts on Sundays shows 28 February to 10 April
        LocalDate middle =
                CalendarBacking.middle(LocalDateTime.of(2027, 2, 28, 0, 0), LocalDateTime.of(2027, 4, 11, 0, 0));

        assertThat(middle).isEqualTo(LocalDate.of(2027, 3, 21));
        assertThat(middle.getMonth()).isEqualTo(Month.MARCH);
    }
}
