package org.boxoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the seat map's selection field holds, read as seat ids. */
class EventBackingTest {

    @Test
    void commaSeparatedIdsAreTheSeatsPicked() {
        assertThat(EventBacking.seatIds("12, 13,14")).containsExactly(12L, 13L, 14L);
    }

    @Test
    void nothingOrAnythingElsePicksNoSeat() {
        assertThat(EventBacking.seatIds(null)).isEmpty();
        assertThat(EventBacking.seatIds(" ")).isEmpty();
        assertThat(EventBacking.seatIds("12,x")).isEmpty();
        assertThat(EventBacking.seatIds("12,,13")).isEmpty();
    }
}
