package org.boxoffice.booking.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.boxoffice.booking.control.BestAvailable.Candidate;
import org.junit.jupiter.api.Test;

class BestAvailableTest {

    /** Seat ids that sort by section, row and position: section 1, row 0, position 5 is 1_001_005. */
    private static long seatId(long section, int row, int position) {
        return section * 1_000_000 + 1000L * (row + 1) + position;
    }

    private static Candidate seat(long section, int row, int position) {
        return new Candidate(seatId(section, row, position), section, row, position);
    }

    /** The seats of a row, from first to last position. */
    private static List<Candidate> row(long section, int row, int first, int last) {
        List<Candidate> seats = new ArrayList<>();
        for (int position = first; position <= last; position++) {
            seats.add(seat(section, row, position));
        }
        return seats;
    }

    private static List<Candidate> rows(long section, int rows, int seatsPerRow) {
        List<Candidate> seats = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            seats.addAll(row(section, r, 1, seatsPerRow));
        }
        return seats;
    }

    @SafeVarargs
    private static List<Candidate> all(List<Candidate>... parts) {
        List<Candidate> seats = new ArrayList<>();
        for (List<Candidate> part : parts) {
            seats.addAll(part);
        }
        return seats;
    }

    private static List<Long> ids(long section, int row, int first, int last) {
        return row(section, row, first, last).stream().map(Candidate::seatId).toList();
    }

    private static List<Long> ids(List<Candidate> seats) {
        return seats.stream().map(Candidate::seatId).toList();
    }

    private static List<Long> choose(List<Candidate> seats, int quantity) {
        return BestAvailable.choose(seats, quantity).orElseThrow();
    }

    @Test
    void seatsTogetherInOneRowWhenARowHasThem() {
        // row 0: 1-3 and 6-10 free (4 and 5 sold): a block of 6 only in row 1
        List<Candidate> seats = all(row(1, 0, 1, 3), row(1, 0, 6, 10), row(1, 1, 1, 10), row(1, 2, 1, 10));

        assertThat(choose(seats, 6)).isEqualTo(ids(1, 1, 3, 8));
        // row 0's best block of 4 (6 to 9) is two seats off-centre: one row back in the centre is better
        assertThat(choose(seats, 4)).isEqualTo(ids(1, 1, 4, 7));
        // a pair: 6-7 in row 0 is one seat off-centre, as good as 5-6 in row 1; row 0 has the lower ids
        assertThat(choose(seats, 2)).isEqualTo(ids(1, 0, 6, 7));
    }

    @Test
    void prefersTheCentreOverTheAisle() {
        assertThat(choose(row(1, 0, 1, 10), 2)).isEqualTo(ids(1, 0, 5, 6));
        assertThat(choose(row(1, 0, 1, 11), 3)).isEqualTo(ids(1, 0, 5, 7));
        // only the aisle ends of the front row are free: one row back in the centre is better
        List<Candidate> seats = all(row(1, 0, 1, 7), row(1, 0, 14, 20), row(1, 1, 1, 20));
        assertThat(choose(seats, 3)).isEqualTo(ids(1, 1, 9, 11));
    }

    @Test
    void prefersTheFrontRows() {
        List<Candidate> seats = rows(1, 5, 12);
        Collections.reverse(seats);

        assertThat(choose(seats, 4)).isEqualTo(ids(1, 0, 5, 8));
        // row 0 sold out: row 1
        assertThat(choose(all(row(1, 1, 1, 12), row(1, 2, 1, 12)), 4)).isEqualTo(ids(1, 1, 5, 8));
    }

    @Test
    void skipsRowsWithGaps() {
        // row 0 has four free seats, but seat 3 is taken: three together only in row 2
        List<Candidate> seats = all(
                List.of(seat(1, 0, 1), seat(1, 0, 2), seat(1, 0, 4), seat(1, 0, 5)),
                List.of(seat(1, 1, 1), seat(1, 1, 3), seat(1, 1, 5)),
                row(1, 2, 1, 5));

        assertThat(choose(seats, 3)).isEqualTo(ids(1, 2, 2, 4));
    }

    @Test
    void fallsBackToCloseSeatsAcrossRowsWhenNoRowHasThemTogether() {
        // pairs in the centre of rows 3 and 4, and single seats far apart in the front rows
        List<Candidate> seats = all(
                row(1, 3, 10, 11),
                row(1, 4, 10, 11),
                List.of(seat(1, 0, 1), seat(1, 0, 20), seat(1, 1, 5), seat(1, 6, 2), seat(1, 6, 19)));

        assertThat(choose(seats, 4))
                .containsExactly(seatId(1, 3, 10), seatId(1, 3, 11), seatId(1, 4, 10), seatId(1, 4, 11));
    }

    @Test
    void theFallbackStaysInOneSectionWhenOneHasEnough() {
        // section 2 has the three seats nearest the front, but only section 1 has four
        List<Candidate> seats = all(
                List.of(seat(2, 0, 5), seat(2, 0, 7), seat(2, 0, 9)),
                List.of(seat(1, 5, 1), seat(1, 5, 3), seat(1, 6, 1), seat(1, 6, 3), seat(1, 9, 9)));

        assertThat(choose(seats, 4))
                .containsExactly(seatId(1, 5, 1), seatId(1, 5, 3), seatId(1, 6, 1), seatId(1, 6, 3));
    }

    @Test
    void takesWholeSectionsWhenNoSectionHasEnough() {
        List<Candidate> seats = all(
                List.of(seat(1, 0, 1), seat(1, 0, 3)),
                List.of(seat(2, 2, 1), seat(2, 2, 3), seat(2, 4, 8)),
                List.of(seat(3, 0, 4), seat(3, 0, 5), seat(3, 0, 9)));

        // sections 2 and 3 have three each: all of section 2 (lower id), and the pair of section 3
        assertThat(choose(seats, 5))
                .containsExactly(seatId(2, 2, 1), seatId(2, 2, 3), seatId(2, 4, 8), seatId(3, 0, 4), seatId(3, 0, 5));
        assertThat(choose(seats, 8)).hasSize(8).containsExactlyInAnyOrderElementsOf(ids(seats));
    }

    @Test
    void returnsExactlyTheQuantityOfDistinctFreeSeatsInIdOrder() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<Candidate> seats = new ArrayList<>();
            for (int section = 1; section <= 3; section++) {
                for (int r = 0; r < 8; r++) {
                    for (int position = 1; position <= 15; position++) {
                        if (random.nextInt(100) < 30) {
                            seats.add(seat(section, r, position));
                        }
                    }
                }
            }
            int quantity = 1 + random.nextInt(BestAvailable.MAX_QUANTITY);
            Set<Long> free = new HashSet<>(ids(seats));

            var chosen = BestAvailable.choose(seats, quantity);

            if (seats.size() < quantity) {
                assertThat(chosen).isEmpty();
            } else {
                List<Long> picked = chosen.orElseThrow();
                assertThat(picked).hasSize(quantity).doesNotHaveDuplicates().isSorted();
                assertThat(free).containsAll(picked);
            }
        }
    }

    @Test
    void nothingWhenFewerSeatsAreFreeThanAskedFor() {
        assertThat(BestAvailable.choose(row(1, 0, 1, 3), 4)).isEmpty();
        assertThat(BestAvailable.choose(List.of(), 1)).isEmpty();
        assertThat(BestAvailable.choose(row(1, 0, 1, 3), 3)).contains(ids(1, 0, 1, 3));
    }

    @Test
    void oneSeatIsTheBestSingleSeat() {
        List<Candidate> seats = all(row(1, 2, 1, 9), List.of(seat(1, 1, 1), seat(1, 1, 2), seat(1, 1, 9)));

        // row 1 spans 1 to 9 (centre 5): seat 2 is 3 off-centre, one row ahead of row 2's centre seat
        assertThat(choose(seats, 1)).containsExactly(seatId(1, 2, 5));
        assertThat(choose(List.of(seat(7, 3, 42)), 1)).containsExactly(seatId(7, 3, 42));
    }

    @Test
    void tiesGoToTheLowerSeatIdWhateverTheOrderOfTheCandidates() {
        // two identical sections: the same score, section 1 has the lower ids
        List<Candidate> twoSections = all(rows(2, 3, 10), rows(1, 3, 10));
        assertThat(choose(twoSections, 3)).isEqualTo(ids(1, 0, 4, 6));

        // an even row and one seat: positions 2 and 3 are as central; ids fall along this row
        List<Candidate> descending = new ArrayList<>();
        for (int position = 1; position <= 4; position++) {
            descending.add(new Candidate(100 - position, 1, 0, position));
        }
        assertThat(choose(descending, 1)).containsExactly(97L);

        // the same answer for any order of the candidates, in every rule
        Random random = new Random(7);
        List<Candidate> fragmented = new ArrayList<>();
        for (int section = 1; section <= 2; section++) {
            for (int r = 0; r < 10; r++) {
                for (int position = 1 + (r % 2); position <= 20; position += 2) {
                    fragmented.add(seat(section, r, position));
                }
            }
        }
        for (int quantity : new int[] {1, 2, 5, 13, 60, 100}) {
            List<Long> first = choose(fragmented, quantity);
            for (int shuffle = 0; shuffle < 5; shuffle++) {
                List<Candidate> shuffled = new ArrayList<>(fragmented);
                Collections.shuffle(shuffled, random);
                assertThat(choose(shuffled, quantity)).isEqualTo(first);
            }
        }
    }

    @Test
    void quantityIsOneToOneHundred() {
        List<Candidate> seats = rows(1, 10, 20);

        assertThatThrownBy(() -> BestAvailable.choose(seats, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantity 0");
        assertThatThrownBy(() -> BestAvailable.choose(seats, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BestAvailable.choose(seats, 101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantity 101");
        assertThatThrownBy(() -> BestAvailable.choose(List.of(), 101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(choose(seats, 100)).hasSize(100);
    }

    @Test
    void refusesInconsistentCandidates() {
        assertThatThrownBy(() -> BestAvailable.choose(List.of(seat(1, 0, 1), seat(1, 0, 1)), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BestAvailable.choose(List.of(new Candidate(5, 1, 0, 1), new Candidate(5, 1, 0, 2)), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seat 5 is given twice");
        assertThatThrownBy(() -> new Candidate(5, 1, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twentyThousandSeats() {
        // 4 sections of 50 rows of 100 seats, all free: 100 together in the front row of section 1
        List<Candidate> full = new ArrayList<>();
        for (int section = 1; section <= 4; section++) {
            full.addAll(rows(section, 50, 100));
        }
        assertThat(full).hasSize(20_000);
        assertThat(choose(full, 100)).isEqualTo(ids(1, 0, 1, 100));
        assertThat(choose(full, 7)).isEqualTo(ids(1, 0, 47, 53));

        // every other seat sold, in a checkerboard: no two together anywhere, rule 2 on 20,000 seats
        List<Candidate> checkerboard = new ArrayList<>();
        for (int section = 1; section <= 2; section++) {
            for (int r = 0; r < 100; r++) {
                for (int position = 1 + (r % 2); position <= 200; position += 2) {
                    checkerboard.add(seat(section, r, position));
                }
            }
        }
        assertThat(checkerboard).hasSize(20_000);
        for (int quantity : new int[] {2, 37, 100}) {
            List<Long> picked = choose(checkerboard, quantity);
            assertThat(picked).hasSize(quantity).doesNotHaveDuplicates().isSorted();
            assertThat(picked).allMatch(id -> id / 1_000_000 == picked.get(0) / 1_000_000); // one section
        }

        // 20,000 sections of one seat each: rule 3
        List<Candidate> scattered = new ArrayList<>();
        for (int section = 1; section <= 20_000; section++) {
            scattered.add(seat(section, section % 7, 1));
        }
        assertThat(choose(scattered, 100)).hasSize(100).doesNotHaveDuplicates().isSorted();
    }
}
