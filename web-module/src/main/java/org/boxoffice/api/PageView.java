package org.boxoffice.api;

import java.util.List;
import java.util.function.Function;
import org.boxoffice.platform.entity.Page;

/**
 * A page of a list in JSON, with the total so that clients can page on. {@code totalExact} is false
 * when a long list was counted up to a limit: then there are at least {@code total} items.
 */
public record PageView<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    /**
     * A page of a short list read whole (categories, an event's kept changes): paged as the long
     * lists are, so that every list of the API answers alike.
     */
    public static <E, T> PageView<T> ofAll(List<E> all, int page, int size, Function<? super E, T> view) {
        long from = Math.min((long) (page - 1) * size, all.size());
        long to = Math.min(from + size, all.size());
        return new PageView<>(
                all.subList((int) from, (int) to).stream().<T>map(view).toList(), page, size, all.size(), true);
    }

    public static <E, T> PageView<T> of(Page<E> page, Function<? super E, T> view) {
        return new PageView<>(
                page.items().stream().<T>map(view).toList(), page.page(), page.size(), page.total(), page.totalExact());
    }
}
