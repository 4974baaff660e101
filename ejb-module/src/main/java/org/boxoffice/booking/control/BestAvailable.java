package org.boxoffice.booking.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The best available seats: which {@code N} of the free seats of one ticket type a customer who
 * asks for "the best N seats" gets. Pure Java, no JPA and no container: the caller reads the free
 * seats, this class picks, the caller then holds the picked seats the usual way (in seat id order,
 * see docs/booking.md). It decides nothing about availability: a seat it picks may be taken by the
 * time it is locked, and the caller then asks again or reports the conflict.
 *
 * <h2>Input: the candidates</h2>
 *
 * <p>One {@link Candidate} per free seat: its id, its section, its row's index from the front of the
 * section and its position in the row. The schema has no row index and no coordinates ({@code seat}
 * holds {@code section_id, row_label, number}), so the caller derives them:
 *
 * <ul>
 *   <li>{@code rowIndex}: the rank of the seat's row within its section, 0 for the first row, counted
 *       over <em>all</em> seats of the section (a sold-out row still counts, or the rows behind it
 *       would seem nearer the front than they are). Rows are ranked by their lowest seat id: a
 *       section's seats are made row by row, in row order, when the section is created ({@code
 *       Section.seated}), so the lowest id orders rows as the seat map shows them (A, B, ..., Z, AA,
 *       ...), which an alphabetical order of the labels would not (AA before B). Row A, the first
 *       row, is taken to be the one nearest the stage; the tables do not say where the stage is.
 *   <li>{@code position}: {@code seat.number}, numbered 1, 2, 3, ... along the row, so neighbouring
 *       seats have consecutive numbers. A seat that is blocked, sold, held or of another ticket type
 *       is not a candidate and so leaves a gap: the seats on either side of it are not adjacent.
 * </ul>
 *
 * <pre>{@code
 * select s.id, s.section_id, r.row_index, s.number
 *   from event_seat es
 *   join seat s on s.id = es.seat_id
 *   join (select section_id, row_label,
 *                dense_rank() over (partition by section_id order by min(id)) - 1 as row_index
 *           from seat
 *          where section_id in (select id from section where venue_id = :venue)
 *          group by section_id, row_label) r
 *     on r.section_id = s.section_id and r.row_label = s.row_label
 *  where es.event_id = :event and es.ticket_type_id = :type and es.status = 'FREE'
 * }</pre>
 *
 * <h2>The rule</h2>
 *
 * <ol>
 *   <li><b>Together in one row.</b> Every block of {@code N} free seats with consecutive positions
 *       in one row of one section gets a score, lower is better:
 *       <pre>score = rowIndex + |centre of the block - centre of the row|</pre>
 *       where a centre is the mean of the first and last position, and the row's centre is taken
 *       from the lowest and highest position among the row's <em>candidates</em>. One row back
 *       costs as much as one seat off-centre. The block with the lowest score wins; on equal scores
 *       the block with the lower seat ids (compared in ascending order: the lower lowest id, then
 *       the lower second lowest, and so on). Limitation: only free seats are given, so when one
 *       end of a row is sold the row's centre moves toward the other end; callers who know the
 *       full extent of rows could pass it in a later version. Rows of different sections are
 *       compared by the same score (row 0 of the stalls and row 0 of the balcony score alike): a
 *       ticket type normally sells one section or one price category, which makes that fair.
 *   <li><b>As close as possible, in one section</b>, when no row has {@code N} adjacent free seats.
 *       The distance between two seats of a section is {@code 2 * |row difference| + |position
 *       difference|} (a seat straight behind is as near as two seats along). From every free seat
 *       of every section with at least {@code N} free seats, a group is grown by adding the nearest
 *       free seats of that section to the starting seat, one by one, until it has {@code N} (ties:
 *       the seat with the better step-1 score of a single seat, then the lower id). Its spread is
 *       the sum of the distances of its seats to the starting seat. The group of the smallest
 *       spread wins; ties go to the lower sum of the seats' single-seat scores (nearer the front and
 *       the centre), then to the starting seat with the better score, then with the lower id.
 *   <li><b>Across sections</b>, when no section has {@code N} free seats but all together do: whole
 *       sections, the largest first (then by lower section id), as few as possible, and the rest
 *       from the next largest by rules 1 and 2 applied to that section alone.
 *   <li>Fewer than {@code N} free seats in all: nothing.
 * </ol>
 *
 * <p>The result depends only on the set of candidates, never on their order in the list. Work: a
 * sort, {@code O(n log n)}; rule 1 is one pass over the rows; rule 2 grows at most {@code n} groups
 * of at most {@link #MAX_QUANTITY} seats from a heap over the nearby rows, about {@code n * N * log
 * rows}, with groups abandoned as soon as they are wider than the best one so far.
 */
public final class BestAvailable {

    public static final int MIN_QUANTITY = 1;
    public static final int MAX_QUANTITY = 100;

    /** A free seat: its id, its section, its row counted from the front (0) and its place in the row. */
    public record Candidate(long seatId, long sectionId, int rowIndex, int position) {

        public Candidate {
            if (rowIndex < 0) {
                throw new IllegalArgumentException("rowIndex " + rowIndex + " of seat " + seatId + " is negative");
            }
        }
    }

    private BestAvailable() {}

    /**
     * The best {@code quantity} seats of the free ones, by the rule of this class.
     *
     * @param freeSeats the free seats of one ticket type, in any order
     * @param quantity how many seats, {@value #MIN_QUANTITY} to {@value #MAX_QUANTITY}
     * @return the seat ids in ascending order, or empty when fewer than {@code quantity} are free
     * @throws IllegalArgumentException when the quantity is out of range, a seat id is given twice or
     *     two candidates have the same section, row and position
     */
    public static Optional<List<Long>> choose(List<Candidate> freeSeats, int quantity) {
        Objects.requireNonNull(freeSeats, "freeSeats");
        if (quantity < MIN_QUANTITY || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException(
                    "quantity " + quantity + " is not between " + MIN_QUANTITY + " and " + MAX_QUANTITY);
        }
        Layout layout = new Layout(freeSeats);
        if (layout.size() < quantity) {
            return Optional.empty();
        }
        int[] chosen = layout.choose(quantity);
        long[] ids = new long[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            ids[i] = layout.id[chosen[i]];
        }
        Arrays.sort(ids);
        List<Long> result = new ArrayList<>(ids.length);
        for (long id : ids) {
            result.add(id);
        }
        return Optional.of(List.copyOf(result));
    }

    /**
     * The candidates sorted by section, row and position, in flat arrays: seats by index, rows as
     * ranges of seats, sections as ranges of rows.
     */
    private static final class Layout {

        final long[] id;
        final int[] rowOf; // the row group of each seat
        final int[] row; // rowIndex of each seat
        final int[] pos;
        final long[] score; // twice the single-seat score of rule 1, an integer

        final int[] rowFrom; // first seat of each row group
        final int[] rowTo; // after the last seat
        final int[] rowIndex;
        final int rows;

        final int[] sectionFrom; // first row group of each section
        final int[] sectionTo;
        final long[] sectionId;
        final int sections;

        // state of one growth (rule 2), reused from start to start
        private int[] heap;
        private int heapSize;
        private long startRow;
        private long startPos;

        Layout(List<Candidate> freeSeats) {
            Candidate[] seats = freeSeats.toArray(new Candidate[0]);
            int n = seats.length;
            for (Candidate seat : seats) {
                Objects.requireNonNull(seat, "a candidate is null");
            }
            Arrays.sort(seats, (a, b) -> {
                int c = Long.compare(a.sectionId(), b.sectionId());
                if (c == 0) {
                    c = Integer.compare(a.rowIndex(), b.rowIndex());
                }
                return c != 0 ? c : Integer.compare(a.position(), b.position());
            });
            id = new long[n];
            rowOf = new int[n];
            row = new int[n];
            pos = new int[n];
            score = new long[n];
            int[] rFrom = new int[n];
            int[] rTo = new int[n];
            int[] rIndex = new int[n];
            int[] sFrom = new int[n];
            int[] sTo = new int[n];
            long[] sId = new long[n];
            int g = -1;
            int s = -1;
            for (int i = 0; i < n; i++) {
                Candidate seat = seats[i];
                id[i] = seat.seatId();
                row[i] = seat.rowIndex();
                pos[i] = seat.position();
                boolean newSection = i == 0 || seat.sectionId() != seats[i - 1].sectionId();
                if (newSection || seat.rowIndex() != seats[i - 1].rowIndex()) {
                    if (g >= 0) {
                        rTo[g] = i;
                    }
                    g++;
                    rFrom[g] = i;
                    rIndex[g] = seat.rowIndex();
                    if (newSection) {
                        if (s >= 0) {
                            sTo[s] = g;
                        }
                        s++;
                        sFrom[s] = g;
                        sId[s] = seat.sectionId();
                    }
                } else if (seat.position() == seats[i - 1].position()) {
                    throw new IllegalArgumentException("seats " + seats[i - 1].seatId() + " and " + seat.seatId()
                            + " are at the same place: section " + seat.sectionId() + ", row "
                            + seat.rowIndex() + ", position " + seat.position());
                }
                rowOf[i] = g;
            }
            if (g >= 0) {
                rTo[g] = n;
                sTo[s] = g + 1;
            }
            rows = g + 1;
            sections = s + 1;
            rowFrom = rFrom;
            rowTo = rTo;
            rowIndex = rIndex;
            sectionFrom = sFrom;
            sectionTo = sTo;
            sectionId = sId;

            long[] ids = id.clone();
            Arrays.sort(ids);
            for (int i = 1; i < n; i++) {
                if (ids[i] == ids[i - 1]) {
                    throw new IllegalArgumentException("seat " + ids[i] + " is given twice");
                }
            }
            for (int r = 0; r < rows; r++) {
                long centre2 = (long) pos[rowFrom[r]] + pos[rowTo[r] - 1];
                for (int i = rowFrom[r]; i < rowTo[r]; i++) {
                    score[i] = 2L * rowIndex[r] + Math.abs(2L * pos[i] - centre2);
                }
            }
        }

        int size() {
            return id.length;
        }

        int seatsOf(int section) {
            return rowTo[sectionTo[section] - 1] - rowFrom[sectionFrom[section]];
        }

        /** Rules 1 to 3; there are at least {@code n} seats. */
        int[] choose(int n) {
            int block = bestBlock(0, rows, n);
            if (block >= 0) {
                return range(block, n);
            }
            int[] group = closestGroup(0, sections, n);
            if (group != null) {
                return group;
            }
            return acrossSections(n);
        }

        private static int[] range(int from, int n) {
            int[] seats = new int[n];
            for (int k = 0; k < n; k++) {
                seats[k] = from + k;
            }
            return seats;
        }

        /** Rule 1 over the row groups {@code [from, to)}: the first seat of the best block, or -1. */
        int bestBlock(int from, int to, int n) {
            int best = -1;
            long bestScore = Long.MAX_VALUE;
            long[] bestIds = null; // sorted, computed only on a tie
            for (int r = from; r < to; r++) {
                int first = rowFrom[r];
                int last = rowTo[r];
                if (last - first < n) {
                    continue;
                }
                long centre2 = (long) pos[first] + pos[last - 1];
                long rowPart = 2L * rowIndex[r];
                int runStart = first;
                for (int i = first; i < last; i++) {
                    if (i > first && pos[i] != (long) pos[i - 1] + 1) {
                        runStart = i;
                    }
                    if (i - runStart + 1 < n) {
                        continue;
                    }
                    int start = i - n + 1;
                    long blockScore = rowPart + Math.abs((long) pos[start] + pos[i] - centre2);
                    if (blockScore < bestScore) {
                        best = start;
                        bestScore = blockScore;
                        bestIds = null;
                    } else if (blockScore == bestScore) {
                        if (bestIds == null) {
                            bestIds = sortedIds(best, n);
                        }
                        long[] ids = sortedIds(start, n);
                        if (Arrays.compare(ids, bestIds) < 0) {
                            best = start;
                            bestIds = ids;
                        }
                    }
                }
            }
            return best;
        }

        private long[] sortedIds(int from, int n) {
            long[] ids = Arrays.copyOfRange(id, from, from + n);
            Arrays.sort(ids);
            return ids;
        }

        /** Rule 2 over the sections {@code [from, to)} with at least {@code n} seats; null if none. */
        int[] closestGroup(int from, int to, int n) {
            int[] best = null;
            long bestSpread = Long.MAX_VALUE;
            long bestQuality = Long.MAX_VALUE;
            int bestStart = -1;
            int[] group = new int[n];
            if (heap == null) {
                heap = new int[2 * rows + 2];
            }
            for (int s = from; s < to; s++) {
                if (seatsOf(s) < n) {
                    continue;
                }
                int firstRow = sectionFrom[s];
                int lastRow = sectionTo[s];
                for (int start = rowFrom[firstRow]; start < rowTo[lastRow - 1]; start++) {
                    long spread = grow(start, firstRow, lastRow, n, bestSpread, group);
                    if (spread < 0) {
                        continue; // wider than the best group: abandoned
                    }
                    long quality = 0;
                    for (int seat : group) {
                        quality += score[seat];
                    }
                    boolean better = best == null
                            || spread < bestSpread
                            || (spread == bestSpread
                                    && (quality < bestQuality
                                            || (quality == bestQuality && startBefore(start, bestStart))));
                    if (better) {
                        best = group.clone();
                        bestSpread = spread;
                        bestQuality = quality;
                        bestStart = start;
                    }
                }
            }
            return best;
        }

        private boolean startBefore(int a, int b) {
            return score[a] != score[b] ? score[a] < score[b] : id[a] < id[b];
        }

        /**
         * Grows a group of {@code n} seats from {@code start} within the rows {@code [firstRow,
         * lastRow)} of its section, nearest seats first, into {@code group}.
         *
         * @return the group's spread, or -1 once it exceeds {@code limit}
         */
        private long grow(int start, int firstRow, int lastRow, int n, long limit, int[] group) {
            int home = rowOf[start];
            startRow = row[start];
            startPos = pos[start];
            heapSize = 0;
            push(start << 1 | 1); // rightwards from the start itself, at distance 0
            if (start - 1 >= rowFrom[home]) {
                push((start - 1) << 1);
            }
            int front = home - 1; // next row toward the front not yet in the heap
            int back = home + 1;
            long spread = 0;
            for (int k = 0; k < n; k++) {
                // bring in every row that may hold a seat as near as the nearest one in the heap
                while (true) {
                    long toFront = front >= firstRow ? 2L * (startRow - rowIndex[front]) : Long.MAX_VALUE;
                    long toBack = back < lastRow ? 2L * (rowIndex[back] - startRow) : Long.MAX_VALUE;
                    long nearest = Math.min(toFront, toBack);
                    if (nearest == Long.MAX_VALUE || (heapSize > 0 && nearest > distance(heap[0] >>> 1))) {
                        break;
                    }
                    if (toFront <= toBack) {
                        addRow(front--);
                    } else {
                        addRow(back++);
                    }
                }
                int cursor = heap[0];
                int seat = cursor >>> 1;
                group[k] = seat;
                spread += distance(seat);
                if (spread > limit) {
                    return -1;
                }
                int next = (cursor & 1) == 1 ? seat + 1 : seat - 1;
                int r = rowOf[seat];
                if (next >= rowFrom[r] && next < rowTo[r]) {
                    heap[0] = next << 1 | (cursor & 1);
                } else {
                    heap[0] = heap[--heapSize];
                }
                if (heapSize > 0) {
                    siftDown(0);
                }
            }
            return spread;
        }

        /** Two cursors into the row: leftwards from the last seat before the start's position, and rightwards. */
        private void addRow(int r) {
            int low = rowFrom[r];
            int high = rowTo[r];
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (pos[mid] < startPos) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            if (low < rowTo[r]) {
                push(low << 1 | 1);
            }
            if (low - 1 >= rowFrom[r]) {
                push((low - 1) << 1);
            }
        }

        private long distance(int seat) {
            return 2L * Math.abs(row[seat] - startRow) + Math.abs(pos[seat] - startPos);
        }

        /** Nearer first, then the better single seat, then the lower id: a total order. */
        private boolean nearer(int a, int b) {
            long da = distance(a);
            long db = distance(b);
            if (da != db) {
                return da < db;
            }
            return score[a] != score[b] ? score[a] < score[b] : id[a] < id[b];
        }

        private void push(int cursor) {
            int i = heapSize++;
            heap[i] = cursor;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!nearer(heap[i] >>> 1, heap[parent] >>> 1)) {
                    break;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int left = 2 * i + 1;
                if (left >= heapSize) {
                    return;
                }
                int child = left + 1 < heapSize && nearer(heap[left + 1] >>> 1, heap[left] >>> 1) ? left + 1 : left;
                if (!nearer(heap[child] >>> 1, heap[i] >>> 1)) {
                    return;
                }
                swap(i, child);
                i = child;
            }
        }

        private void swap(int a, int b) {
            int t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }

        /** Rule 3: whole sections, largest first, and the rest from the next one by rules 1 and 2. */
        int[] acrossSections(int n) {
            Integer[] order = new Integer[sections];
            for (int s = 0; s < sections; s++) {
                order[s] = s;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Integer.compare(seatsOf(b), seatsOf(a));
                return c != 0 ? c : Long.compare(sectionId[a], sectionId[b]);
            });
            int[] chosen = new int[n];
            int count = 0;
            for (int s : order) {
                int remaining = n - count;
                if (seatsOf(s) >= remaining) {
                    int block = bestBlock(sectionFrom[s], sectionTo[s], remaining);
                    int[] rest = block >= 0 ? range(block, remaining) : closestGroup(s, s + 1, remaining);
                    System.arraycopy(rest, 0, chosen, count, remaining);
                    return chosen;
                }
                for (int seat = rowFrom[sectionFrom[s]]; seat < rowTo[sectionTo[s] - 1]; seat++) {
                    chosen[count++] = seat;
                }
            }
            throw new IllegalStateException("fewer than " + n + " seats"); // checked by the caller
        }
    }
}
