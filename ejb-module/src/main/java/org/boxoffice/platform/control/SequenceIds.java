package org.boxoffice.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Ids for the rows that every booking hold inserts, taken from a database sequence in blocks and
 * handed out without a lock. EclipseLink's own sequencing takes a lock for every id and keeps it
 * while it fetches the next block: under load a request thread that the operating system
 * deschedules while holding it stops every other hold (the longest waits in the booking bench's
 * profile, docs/PERFORMANCE.md). Here an id costs one atomic increment; a thread that finds the
 * block used up fetches a block of its own on its transaction's connection, takes its id from it
 * and offers the rest to the others; two threads that fetch at once each keep their own block's
 * first id and one block's rest is left unused (a gap, as sequences have anyway).
 *
 * <p>Blocks follow EclipseLink's convention for a sequence that is incremented by the block size
 * (the entity's {@code allocationSize}): {@code nextval} giving v stands for v - size + 1 to v, so
 * rows that EclipseLink numbers itself draw from the same sequence without ever meeting these.
 */
@ApplicationScoped
public class SequenceIds {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    @Inject
    Database database;

    private final Map<String, Blocks> sequences = new ConcurrentHashMap<>();

    /**
     * The next id of {@code sequence}, whose increment is {@code blockSize}; a new block, when one
     * is needed, is fetched in the current transaction of {@code em}.
     */
    public long next(EntityManager em, String sequence, int blockSize) {
        return sequences
                .computeIfAbsent(sequence, name -> new Blocks(name, blockSize))
                .next(() -> nextval(em, sequence));
    }

    private long nextval(EntityManager em, String sequence) {
        if (!NAME.matcher(sequence).matches()) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        String query = database.product() == Database.Product.H2
                ? "select next value for " + sequence
                : "select nextval('" + sequence + "')";
        // straight on the transaction's connection, as LockTimeouts does: no flush, no query machinery
        Connection connection = em.unwrap(Connection.class);
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new PersistenceException("could not read the next block of " + sequence, e);
        }
    }

    /** One sequence's blocks: the current one, replaced when it is used up. */
    static final class Blocks {

        private final String sequence;
        private final int size;
        private final AtomicReference<Block> current = new AtomicReference<>(new Block(0, 0));

        Blocks(String sequence, int size) {
            if (size < 1) {
                throw new IllegalArgumentException("a block of " + sequence + " needs at least one id, not " + size);
            }
            this.sequence = sequence;
            this.size = size;
        }

        /** The next id; {@code nextval} is asked for a new block's last id when this one is used up. */
        long next(LongSupplier nextval) {
            Block block = current.get();
            long id = block.take();
            if (id != Block.USED_UP) {
                return id;
            }
            long last = nextval.getAsLong();
            if (last < size) {
                // a sequence that starts below its increment would hand out ids of 0 and less
                throw new IllegalStateException(sequence + " gave " + last + ", less than its increment " + size
                        + ": is it set up as" + " 'start with " + size + " increment by " + size + "'?");
            }
            Block fresh = new Block(last - size + 1, last + 1);
            long mine = fresh.take();
            current.compareAndSet(block, fresh); // lost to another thread's fresh block: this one's rest goes unused
            return mine;
        }
    }

    /** Ids from {@code next} up to but not including {@code end}. */
    private static final class Block {

        static final long USED_UP = Long.MIN_VALUE;

        private final AtomicLong next;
        private final long end;

        Block(long first, long end) {
            this.next = new AtomicLong(first);
            this.end = end;
        }

        long take() {
            long id = next.getAndIncrement();
            return id < end ? id : USED_UP;
        }
    }
}
