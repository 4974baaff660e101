package org.boxoffice.analytics.control;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.boxoffice.analytics.entity.UserFigures;
import org.boxoffice.analytics.entity.UserFigures.Day;
import org.boxoffice.analytics.entity.UserFigures.Share;
import org.boxoffice.sales.control.ReportFiles;

/**
 * The user analytics as one CSV file (RFC 4180, UTF-8): a line per figure, in the columns {@code
 * figure}, {@code label} and {@code value}, so that the figures of every chart and table of the
 * page fit one sheet. Names that people typed (categories, cities) are guarded against formula
 * injection as the sales reports' files are.
 */
public final class UserFiguresCsv {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("figure", "label", "value");

    private UserFiguresCsv() {}

    public static byte[] of(UserFigures figures) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        line(csv, "period_from", "", figures.from().toString());
        line(csv, "period_to", "", figures.to().toString());
        line(csv, "zone", "", figures.zone().getId());
        line(csv, "accounts_allowing_analytics", "", figures.consenting());
        for (Day day : figures.newAccounts()) {
            line(csv, "new_accounts", day.day().toString(), day.accounts());
        }
        line(csv, "active_buyers", "", figures.activeBuyers());
        line(csv, "repeat_buyers", "", figures.repeatBuyers());
        for (Share category : figures.categories()) {
            line(csv, "tickets_by_category", ReportFiles.csv(ReportFiles.text(category.name())), category.tickets());
        }
        for (Share city : figures.cities()) {
            line(csv, "tickets_by_event_city", ReportFiles.csv(ReportFiles.text(city.name())), city.tickets());
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, String figure, String label, Object value) {
        csv.append(figure).append(',').append(label).append(',').append(value).append("\r\n");
    }
}
