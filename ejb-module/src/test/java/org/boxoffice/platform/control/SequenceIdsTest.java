package org.boxoffice.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SequenceIdsTest {

    /** A sequence as V22 makes booking_seq: start with 50, increment by 50. */
    private static final class Sequence {
        private final AtomicLong value = new AtomicLong();
        private final AtomicLong calls = new AtomicLong();

        long nextval() {
            calls.incrementAndGet();
            return value.addAndGet(50);
        }
    }

    @Test
    void handsOutABlockInOrderBeforeAskingTheSequenceAgain() {
        Sequence sequence = new Sequence();
        SequenceIds.Blocks blocks = new SequenceIds.Blocks("booking_seq", 50);

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            ids.add(blocks.next(sequence::nextval));
        }

        assertThat(ids.subList(0, 50)).containsExactlyElementsOf(rangeClosed(1, 50));
        assertThat(ids.get(50)).isEqualTo(51);
        assertThat(sequence.calls.get()).isEqualTo(2);
    }

    @Test
    void followsEclipseLinksConventionSoBothNeverMeet() {
        // EclipseLink took 1..50 (nextval 50) and 51..100 (nextval 100) before: ours start at 101
        Sequence sequence = new Sequence();
        sequence.value.set(100);
        SequenceIds.Blocks blocks = new SequenceIds.Blocks("booking_seq", 50);

        assertThat(blocks.next(sequence::nextval)).isEqualTo(101);
        assertThat(blocks.next(sequence::nextval)).isEqualTo(102);
    }

    @Test
    void neverGivesAnIdTwiceToThreadsTakingAtOnce() throws Exception {
        Sequence sequence = new Sequence();
        SequenceIds.Blocks blocks = new SequenceIds.Blocks("booking_seq", 50);
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        int threads = 8;
        int each = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    int duplicates = 0;
                    for (int i = 0; i < each; i++) {
                        if (!seen.add(blocks.next(sequence::nextval))) {
                            duplicates++;
                        }
                    }
                    return duplicates;
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                assertThat(run.get(60, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(seen).hasSize(threads * each);
        assertThat(seen).allSatisfy(id -> assertThat(id).isBetween(1L, sequence.value.get()));
    }

    @Test
    void refusesASequenceThatStartsBelowItsIncrement() {
        SequenceIds.Blocks blocks = new SequenceIds.Blocks("booking_seq", 50);

        assertThatThrownBy(() -> blocks.next(() -> 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("start with 50 increment by 50");
    }

    private static List<Long> rangeClosed(long from, long to) {
        List<Long> range = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            range.add(i);
        }
        return range;
    }
}
