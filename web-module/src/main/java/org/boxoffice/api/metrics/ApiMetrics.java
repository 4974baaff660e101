package org.boxoffice.api.metrics;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Puts an {@link EndpointMetrics} filter in front of every resource method, with its metrics
 * looked up once, when the application starts: a request then costs two clock readings, an
 * atomic add and, for a timed endpoint, one update of its timer.
 *
 * <p>The group of an endpoint is the API package of its resource ({@code booking}, {@code
 * catalog}, {@code ticket}...). Every group counts its responses by status class; the groups of
 * {@code boxoffice.metrics.timed-groups} ({@code booking,catalog} by default: holding, paying,
 * searching and reading events) time each endpoint too.
 */
@Provider
public class ApiMetrics implements DynamicFeature {

    static final String RESPONSES = "boxoffice.api.responses";
    static final String REQUESTS = "boxoffice.api.requests";

    /** The status classes counted; another answer (1xx) is not. */
    static final String[] STATUS_CLASSES = {"2xx", "3xx", "4xx", "5xx"};

    /** Before every other filter, so that the time includes authentication and the body checks. */
    static final int PRIORITY = Priorities.AUTHENTICATION - 500;

    private static final String ROOT_PACKAGE = "org.boxoffice.api";

    @Inject
    MetricRegistry registry;

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> resource = resourceInfo.getResourceClass();
        if (method == null || resource == null) {
            return;
        }
        String group = groupOf(resource);
        Counter[] responses = new Counter[STATUS_CLASSES.length];
        for (int i = 0; i < STATUS_CLASSES.length; i++) {
            responses[i] = registry.counter(
                    Metadata.builder()
                            .withName(RESPONSES)
                            .withDescription("Responses of the API's endpoints, by group and status class")
                            .build(),
                    new Tag("group", group),
                    new Tag("status", STATUS_CLASSES[i]));
        }
        Timer timer = timedGroups().contains(group)
                ? registry.timer(
                        Metadata.builder()
                                .withName(REQUESTS)
                                .withDescription("Response times of the booking and catalog endpoints, from the"
                                        + " first filter until the response is ready to be written")
                                .withUnit(MetricUnits.NANOSECONDS)
                                .build(),
                        new Tag("group", group),
                        new Tag("endpoint", endpointOf(resource, method)))
                : null;
        context.register(new EndpointMetrics(responses, timer), PRIORITY);
    }

    private static Set<String> timedGroups() {
        return Arrays.stream(ConfigProvider.getConfig()
                        .getOptionalValue("boxoffice.metrics.timed-groups", String.class)
                        .orElse("booking,catalog")
                        .split(","))
                .map(String::trim)
                .filter(group -> !group.isEmpty())
                .collect(Collectors.toSet());
    }

    /**
     * {@code booking} for {@code org.boxoffice.api.booking.BookingsResource}; {@code other} for a
     * resource outside the API's packages (one the JAX-RS runtime adds of its own).
     */
    static String groupOf(Class<?> resource) {
        String name = declaring(resource).getPackageName();
        if (name.startsWith(ROOT_PACKAGE + ".")) {
            String rest = name.substring(ROOT_PACKAGE.length() + 1);
            int dot = rest.indexOf('.');
            return dot < 0 ? rest : rest.substring(0, dot);
        }
        return "other";
    }

    /** The HTTP method and the path template under {@code /api}: {@code POST /api/v1/bookings/{bookingId}/payment}. */
    static String endpointOf(Class<?> resource, Method method) {
        StringBuilder path = new StringBuilder("/api");
        append(path, declaring(resource).getAnnotation(Path.class));
        append(path, method.getAnnotation(Path.class));
        return httpMethodOf(method) + " " + path;
    }

    private static void append(StringBuilder path, Path part) {
        if (part == null) {
            return;
        }
        String value = part.value().replaceAll("^/+|/+$", "");
        if (!value.isEmpty()) {
            path.append('/').append(value);
        }
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return "ANY";
    }

    /** The resource's own class, past a proxy's subclass that carries none of its annotations. */
    private static Class<?> declaring(Class<?> resource) {
        for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
            if (type.isAnnotationPresent(Path.class)) {
                return type;
            }
        }
        return resource;
    }
}
