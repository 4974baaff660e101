package org.boxoffice.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.boxoffice.analytics.boundary.UserAnalytics;
import org.boxoffice.analytics.entity.UserFigures;
import org.boxoffice.analytics.entity.UserFigures.Day;
import org.boxoffice.analytics.entity.UserFigures.Share;
import org.boxoffice.web.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The user analytics for admins: the figures of a period (the last 30 days until another is
 * shown) as charts, with tables of the same figures beside them and a CSV file of them all.
 */
@Named
@ViewScoped
public class UserAnalyticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAnalytics analytics;

    private String from;
    private String to;
    private UserFigures figures;

    @PostConstruct
    void lastDays() {
        figures = analytics.figures(null, null);
        from = figures.from().toString();
        to = figures.to().toString();
    }

    /** "Show": the figures of the period typed; a bad period is a message and the figures stay. */
    public void show() {
        figures = analytics.figures(from, to);
        from = figures.from().toString();
        to = figures.to().toString();
    }

    public UserFigures getFigures() {
        return figures;
    }

    public String getConsent() {
        return FacesMessages.text("userAnalytics.consent", figures.consenting());
    }

    public String getPeriod() {
        return FacesMessages.text(
                "userAnalytics.period",
                figures.from().toString(),
                figures.to().toString(),
                figures.zone().getId());
    }

    public String getNewAccountsChart() {
        List<Day> days = figures.newAccounts();
        return UserAnalyticsCharts.line(
                FacesMessages.text("userAnalytics.newAccounts"),
                days.stream().map(day -> day.day().toString()).toList(),
                days.stream().map(Day::accounts).toList());
    }

    public String getCategoriesChart() {
        return bar(figures.categories());
    }

    public String getCitiesChart() {
        return bar(figures.cities());
    }

    private static String bar(List<Share> shares) {
        return UserAnalyticsCharts.bar(
                FacesMessages.text("userAnalytics.tickets"),
                shares.stream().map(Share::name).toList(),
                shares.stream().map(Share::tickets).toList());
    }

    /** The figures shown, as a CSV file. */
    public StreamedContent getCsv() {
        byte[] content = analytics.csv(figures);
        return DefaultStreamedContent.builder()
                .name("user-analytics-" + figures.from() + "-" + figures.to() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
