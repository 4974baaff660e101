package org.boxoffice.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.boxoffice.analytics.control.AnalyticsCsv.Section;
import org.boxoffice.analytics.entity.Analytics;
import org.boxoffice.analytics.entity.Attendance;
import org.boxoffice.analytics.entity.BuyerCity;
import org.boxoffice.analytics.entity.BuyerCity.Kind;
import org.boxoffice.analytics.entity.DayRevenue;
import org.boxoffice.analytics.entity.DaySales;
import org.boxoffice.analytics.entity.Period;
import org.boxoffice.analytics.entity.SellThrough;
import org.junit.jupiter.api.Test;

class AnalyticsCsvTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-06");

    private final Analytics analytics = new Analytics(
            7,
            "Org",
            ZoneId.of("Europe/Berlin"),
            null,
            new Period(DAY, DAY),
            new Period(DAY.minusDays(1), DAY.minusDays(1)),
            List.of(new DaySales(DAY, DAY.minusDays(1), 3, 1)),
            List.of(
                    new DayRevenue(
                            DAY,
                            DAY.minusDays(1),
                            Currency.getInstance("EUR"),
                            new BigDecimal("30.00"),
                            new BigDecimal("10.00")),
                    new DayRevenue(
                            DAY,
                            DAY.minusDays(1),
                            Currency.getInstance("JPY"),
                            new BigDecimal("1500"),
                            BigDecimal.ZERO)),
            List.of(new SellThrough(11, "=HYPERLINK(\"http://x\")", 12, "+VIP, front", 1, 4)),
            List.of(new Attendance(11, "@Concert", 4, 1)),
            List.of(new BuyerCity(Kind.CITY, "-Berlin", 2), new BuyerCity(Kind.UNKNOWN, null, 1)));

    @Test
    void eachPartIsItsFiguresWithAHeader() {
        assertThat(csv(Section.SALES))
                .isEqualTo(
                        "day,previous_day,zone,tickets,previous_tickets\r\n2026-12-06,2026-12-05,Europe/Berlin,3,1\r\n");
        assertThat(csv(Section.REVENUE))
                .isEqualTo("day,previous_day,zone,currency,gross,previous_gross\r\n"
                        + "2026-12-06,2026-12-05,Europe/Berlin,EUR,30.00,10.00\r\n"
                        + "2026-12-06,2026-12-05,Europe/Berlin,JPY,1500,0\r\n");
    }

    @Test
    void typedTextsCannotRunAsFormulas() {
        assertThat(csv(Section.SELL_THROUGH))
                .endsWith("\r\n11,\"'=HYPERLINK(\"\"http://x\"\")\",12,\"'+VIP, front\",1,4,25.0\r\n");
        assertThat(csv(Section.ATTENDANCE)).endsWith("\r\n11,'@Concert,4,1,25.0\r\n");
        assertThat(csv(Section.CITIES)).isEqualTo("kind,city,buyers\r\nCITY,'-Berlin,2\r\nUNKNOWN,,1\r\n");
    }

    private String csv(Section section) {
        return new String(AnalyticsCsv.write(analytics, section), StandardCharsets.UTF_8);
    }
}
