package org.boxoffice.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.boxoffice.catalog.boundary.OnSale;
import org.boxoffice.platform.boundary.Activity;
import org.boxoffice.reporting.boundary.JobHistory;
import org.boxoffice.web.ChartScripts;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.PagedRows;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The admin console's live monitoring: the application's health checks, called in this instance;
 * the business per minute, counted from the database (the whole system); this instance's gauges
 * and API figures, sampled from its metric registry at every refresh and kept for the last
 * {@link #SAMPLES} refreshes of this view; the events on sale with their availability; and the
 * latest executions of the batch jobs.
 */
@Named
@ViewScoped
public class MonitoringBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many samples of the registry the charts keep: ten minutes at one refresh every 10 seconds. */
    static final int SAMPLES = 60;

    /** How many minutes the business chart covers. */
    static final int MINUTES = 30;

    /** How many job executions the history shows. */
    static final int EXECUTIONS = 20;

    /** The page refreshes itself this often, in seconds. */
    static final int REFRESH_SECONDS = 10;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    /** A health check's answer as the page shows it. */
    public record HealthRow(String name, String kind, boolean up, String data) implements Serializable {
        public String getName() {
            return name;
        }

        public String getKind() {
            return kind;
        }

        public String getStatus() {
            return up ? "UP" : "DOWN";
        }

        public boolean isUp() {
            return up;
        }

        public String getData() {
            return data;
        }
    }

    /** One reading of this instance's registry, with the figures of the time since the one before. */
    record Sample(
            OffsetDateTime at,
            Double activeHolds,
            Double queued,
            Double deadLetters,
            Double meanMillis,
            Double serverErrors,
            Double clientErrors)
            implements Serializable {}

    /** An event on sale as the table shows it. */
    public record StandingRow(
            String id,
            String title,
            String startsAt,
            long capacity,
            long sold,
            long held,
            long available,
            String sellThrough)
            implements Serializable {
        public String getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getStartsAt() {
            return startsAt;
        }

        public long getCapacity() {
            return capacity;
        }

        public long getSold() {
            return sold;
        }

        public long getHeld() {
            return held;
        }

        public long getAvailable() {
            return available;
        }

        public String getSellThrough() {
            return sellThrough;
        }
    }

    /** A job execution as the history shows it. */
    public record JobRow(
            long id,
            String job,
            String state,
            String startedAt,
            String duration,
            long read,
            long written,
            long commits,
            String failedStep,
            String parameters)
            implements Serializable {
        public long getId() {
            return id;
        }

        public String getJob() {
            return job;
        }

        public String getState() {
            return state;
        }

        public String getStartedAt() {
            return startedAt;
        }

        public String getDuration() {
            return duration;
        }

        public long getRead() {
            return read;
        }

        public long getWritten() {
            return written;
        }

        public long getCommits() {
            return commits;
        }

        public String getFailedStep() {
            return failedStep;
        }

        public String getParameters() {
            return parameters;
        }
    }

    @Inject
    @Any
    transient Instance<HealthCheck> checks;

    @Inject
    transient MetricRegistry registry;

    @Inject
    transient Activity activity;

    @Inject
    transient OnSale onSale;

    @Inject
    transient JobHistory jobs;

    private final Deque<Sample> samples = new ArrayDeque<>();
    private InstanceFigures last;
    private List<HealthRow> health = List.of();
    private List<Activity.Minute> minutes = List.of();
    private List<JobRow> executions = List.of();
    private String title;

    private final PagedRows<OnSale.Standing, StandingRow> events = new PagedRows<>(
            (page, size) -> onSale.page(title, page, size), MonitoringBacking::standingRow, StandingRow::id);

    @PostConstruct
    void start() {
        last = InstanceFigures.read(registry);
        refresh();
    }

    /** Reads everything again: the page's poll calls this every {@link #REFRESH_SECONDS} seconds. */
    public void refresh() {
        health = checkHealth();
        sample();
        minutes = activity.lastMinutes(MINUTES);
        executions =
                jobs.latest(EXECUTIONS).stream().map(MonitoringBacking::jobRow).toList();
    }

    /** Shows the events whose title contains the text entered, from the first page. */
    public void search() {
        PagedRows.showFirstPage("events:table");
    }

    private List<HealthRow> checkHealth() {
        List<HealthRow> rows = new ArrayList<>();
        for (Instance.Handle<HealthCheck> handle : checks.handles()) {
            String kind = handle.getBean().getQualifiers().stream()
                            .map(Annotation::annotationType)
                            .anyMatch(Liveness.class::equals)
                    ? "liveness"
                    : "readiness";
            HealthCheck check = handle.get();
            try {
                HealthCheckResponse response = check.call();
                rows.add(new HealthRow(
                        response.getName(),
                        kind,
                        response.getStatus() == HealthCheckResponse.Status.UP,
                        data(response.getData().orElse(Map.of()))));
            } catch (RuntimeException e) {
                // a check that fails is DOWN, as /health answers it
                rows.add(new HealthRow(
                        handle.getBean().getBeanClass().getSimpleName(),
                        kind,
                        false,
                        e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        rows.sort((a, b) -> a.name().compareTo(b.name()));
        return List.copyOf(rows);
    }

    private static String data(Map<String, Object> data) {
        return new TreeMap<>(data)
                .entrySet().stream()
                        .map(entry -> entry.getKey() + ": " + entry.getValue())
                        .collect(Collectors.joining(", "));
    }

    private void sample() {
        InstanceFigures now = InstanceFigures.read(registry);
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        samples.addLast(new Sample(
                at,
                now.activeHolds(),
                now.queued(),
                now.deadLetters(),
                now.meanMillisSince(last),
                now.serverErrorsSince(last),
                now.clientErrorsSince(last)));
        while (samples.size() > SAMPLES) {
            samples.removeFirst();
        }
        last = now;
    }

    /** The business per minute (holds, confirmations, payments, declines, refunds, check-ins) as a Chart.js line chart. */
    public String getBusinessChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        minutes.forEach(minute -> labels.add(minute.start().format(MINUTE)));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("monitoring.holds", "#1565c0", minutes, Activity.Minute::holds))
                .add(dataset("monitoring.confirmations", "#2e7d32", minutes, Activity.Minute::confirmations))
                .add(dataset("monitoring.payments", "#6a1b9a", minutes, Activity.Minute::payments))
                .add(dataset("monitoring.declines", "#ef6c00", minutes, Activity.Minute::declines))
                .add(dataset("monitoring.refunds", "#c62828", minutes, Activity.Minute::refunds))
                .add(dataset("monitoring.checkIns", "#00838f", minutes, Activity.Minute::checkIns));
        return chart(labels, datasets, FacesMessages.text("monitoring.perMinute"));
    }

    /** Holds running now and the depths of the mail queue and the dead-letter queue, sample by sample. */
    public String getQueuesChart() {
        return sampleChart(
                FacesMessages.text("monitoring.count"),
                dataset("monitoring.activeHolds", "#1565c0", samples, Sample::activeHolds),
                dataset("monitoring.mailQueue", "#2e7d32", samples, Sample::queued),
                dataset("monitoring.deadLetters", "#c62828", samples, Sample::deadLetters));
    }

    /** The mean response time of the timed endpoints between two samples. */
    public String getResponseChart() {
        return sampleChart(
                FacesMessages.text("monitoring.milliseconds"),
                dataset("monitoring.meanResponse", "#6a1b9a", samples, Sample::meanMillis));
    }

    /** The shares of server errors and refusals among the API's responses between two samples, and their rate. */
    public String getErrorChart() {
        return sampleChart(
                FacesMessages.text("monitoring.percent"),
                dataset("monitoring.serverErrors", "#c62828", samples, Sample::serverErrors),
                dataset("monitoring.clientErrors", "#ef6c00", samples, Sample::clientErrors));
    }

    private String sampleChart(String axis, JsonObjectBuilder... sets) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        samples.forEach(sample -> labels.add(sample.at().format(SECOND)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (JsonObjectBuilder set : sets) {
            datasets.add(set);
        }
        return chart(labels, datasets, axis);
    }

    private static <T> JsonObjectBuilder dataset(
            String label, String colour, Iterable<T> points, Function<T, ? extends Number> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (T point : points) {
            Number number = value.apply(point);
            if (number == null) {
                data.addNull(); // no reading: a gap, not a zero
            } else if (number instanceof Double decimal) {
                data.add(Math.round(decimal * 100) / 100.0);
            } else {
                data.add(number.longValue());
            }
        }
        return Json.createObjectBuilder()
                .add("label", FacesMessages.text(label))
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("fill", false)
                .add("tension", 0.2)
                .add("spanGaps", false);
    }

    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, String axis) {
        return ChartScripts.of(Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add("text", axis)))))
                .build());
    }

    private static StandingRow standingRow(OnSale.Standing standing) {
        return new StandingRow(
                String.valueOf(standing.eventId()),
                standing.title(),
                standing.startsAt().format(START) + " (" + standing.zone().getId() + ")",
                standing.capacity(),
                standing.sold(),
                standing.held(),
                standing.available(),
                standing.sellThrough().toPlainString() + " %");
    }

    private static JobRow jobRow(JobHistory.Execution execution) {
        Duration duration = execution.duration();
        return new JobRow(
                execution.id(),
                execution.job(),
                execution.status(),
                execution.startedAt() == null ? "" : execution.startedAt().format(RunRow.TIME),
                duration == null ? "" : String.format("%d.%03d s", duration.toSeconds(), duration.toMillisPart()),
                execution.read(),
                execution.written(),
                execution.commits(),
                execution.failedStep() == null ? "" : execution.failedStep(),
                execution.parameters().entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining(", ")));
    }

    /** This instance, whose registry the gauges and API charts read: the JVM's process and host. */
    public String getInstance() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    public List<HealthRow> getHealth() {
        return health;
    }

    public boolean isHealthy() {
        return health.stream().allMatch(HealthRow::up);
    }

    public List<JobRow> getExecutions() {
        return executions;
    }

    public PagedRows<?, StandingRow> getEvents() {
        return events;
    }

    public int getRefreshSeconds() {
        return REFRESH_SECONDS;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
