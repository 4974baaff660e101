package org.boxoffice.bench.tickets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.bench.common.Database;
import org.boxoffice.bench.common.Sql;
import org.boxoffice.bench.common.Violations;

/**
 * The books of the door after the gates are done, by queries: a ticket lets in once, and the
 * database says so as often as the gates were told so. A ticket's admission is its row's {@code
 * admitted_at} (with the gate and who admitted it), set by one conditional update; so the gates'
 * 200 answers, first scans and repeats together, must be exactly the event's admitted tickets, and
 * those must all be tickets the gates scanned.
 */
final class Admissions {

    /** The outcome: counts, and the checks that must each be 0. */
    record Check(long oks, long admitted, long valid, Violations violations) {

        boolean clean() {
            return violations.clean();
        }

        String summary() {
            return violations.summary(String.format(
                    "%,d answers 200, %,d tickets admitted in the database, %,d valid tickets", oks, admitted, valid));
        }
    }

    private final Database database;

    Admissions(Database database) {
        this.database = database;
    }

    /**
     * Checks the event's admissions against what the gates were told ({@code oks}: their 200
     * answers) and scanned ({@code scanned}: the codes drawn from the deck).
     */
    Check check(long eventId, long oks, List<String> scanned) throws SQLException {
        try (Connection c = database.superuser()) {
            c.setAutoCommit(true);
            Sql.execute(c, "create temporary table scanned (code varchar(200) primary key)");
            try (PreparedStatement insert =
                    c.prepareStatement("insert into scanned values (?) on conflict do nothing")) {
                int batch = 0;
                for (String code : scanned) {
                    insert.setString(1, code);
                    insert.addBatch();
                    if (++batch % 5_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            String admitted = "from ticket t where t.event_id = " + eventId + " and t.admitted_at is not null";
            long admittedRows = Sql.scalar(c, "select count(*) " + admitted);
            long valid =
                    Sql.scalar(c, "select count(*) from ticket where event_id = " + eventId + " and status = 'VALID'");
            Map<String, Long> violations = new LinkedHashMap<>();
            violations.put("answers 200 minus tickets admitted", oks - admittedRows);
            violations.put(
                    "tickets admitted that no gate scanned",
                    Sql.scalar(
                            c,
                            "select count(*) " + admitted
                                    + " and not exists (select 1 from scanned s where s.code = t.code)"));
            violations.put(
                    "tickets admitted without a gate or an admitting account",
                    Sql.scalar(
                            c,
                            "select count(*) " + admitted + " and (t.admitted_gate is null"
                                    + " or (t.admitted_by_account is null and t.admitted_by_scanner is null))"));
            violations.put(
                    "admitted tickets that are not valid",
                    Sql.scalar(c, "select count(*) " + admitted + " and t.status <> 'VALID'"));
            Sql.execute(c, "drop table scanned");
            return new Check(oks, admittedRows, valid, new Violations(violations));
        }
    }
}
