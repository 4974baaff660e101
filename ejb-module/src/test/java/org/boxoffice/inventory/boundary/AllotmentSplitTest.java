package org.boxoffice.inventory.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a general-admission type's capacity is spread over allotment rows at publication. */
class AllotmentSplitTest {

    @Test
    void aSmallTypeKeepsOneRow() {
        assertThat(Inventory.split(1, 8)).containsExactly(1);
        assertThat(Inventory.split(50, 8)).containsExactly(50);
        assertThat(Inventory.split(199, 8)).containsExactly(199);
    }

    @Test
    void aRowPerHundredPlacesUpToTheLimit() {
        assertThat(Inventory.split(200, 8)).containsExactly(100, 100);
        assertThat(Inventory.split(250, 8)).containsExactly(125, 125);
        assertThat(Inventory.split(5_000_000, 8)).hasSize(8).allMatch(capacity -> capacity == 625_000);
    }

    @Test
    void theCapacityIsSharedWithoutLosingAPlace() {
        assertThat(Inventory.split(1003, 8)).containsExactly(126, 126, 126, 125, 125, 125, 125, 125);
        assertThat(Inventory.split(1003, 8).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(1003);
    }

    @Test
    void oneRowWhenSplittingIsOff() {
        assertThat(Inventory.split(10_000, 1)).containsExactly(10_000);
        assertThat(Inventory.split(10_000, 0)).containsExactly(10_000);
    }
}
