package org.boxoffice.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.boxoffice.analytics.entity.UserFigures;
import org.boxoffice.analytics.entity.UserFigures.Day;
import org.boxoffice.analytics.entity.UserFigures.Share;
import org.junit.jupiter.api.Test;

class UserFiguresCsvTest {

    @Test
    void aLinePerFigureWithTypedNamesThatNoSpreadsheetRunsAsAFormula() {
        UserFigures figures = new UserFigures(
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 2),
                ZoneId.of("Europe/Berlin"),
                42,
                List.of(new Day(LocalDate.of(2026, 12, 1), 3), new Day(LocalDate.of(2026, 12, 2), 0)),
                7,
                2,
                List.of(new Share("=HYPERLINK(\"http://example.org\")", 9), new Share("Rock, Pop", 4)),
                List.of(new Share("-Bremen", 5), new Share("Graz", 1)));

        String csv = new String(UserFiguresCsv.of(figures), StandardCharsets.UTF_8);

        assertThat(csv)
                .isEqualTo("figure,label,value\r\n"
                        + "period_from,,2026-12-01\r\n"
                        + "period_to,,2026-12-02\r\n"
                        + "zone,,Europe/Berlin\r\n"
                        + "accounts_allowing_analytics,,42\r\n"
                        + "new_accounts,2026-12-01,3\r\n"
                        + "new_accounts,2026-12-02,0\r\n"
                        + "active_buyers,,7\r\n"
                        + "repeat_buyers,,2\r\n"
                        + "tickets_by_category,\"'=HYPERLINK(\"\"http://example.org\"\")\",9\r\n"
                        + "tickets_by_category,\"Rock, Pop\",4\r\n"
                        + "tickets_by_event_city,'-Bremen,5\r\n"
                        + "tickets_by_event_city,Graz,1\r\n");
        assertThat(figures.newAccountsInAll()).isEqualTo(3);
    }
}
