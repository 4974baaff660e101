package org.boxoffice.api;

import java.util.List;
import java.util.function.Function;
import org.boxoffice.platform.entity.Page;

/**
 * A page of a list in JSON, with the total so that clients can page on. {@code totalExact} is false
 * when a long list was counted up to a limit: then there are at least {@code total} items.
 */
public record PageView<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public static <E, T> PageView<T> of(Page<E> page, Function<? super E, T> view) {
        return new PageView<>(
                page.items().stream().<T>map(view).toList(), page.page(), page.size(), page.total(), page.totalExact());
    }
}
