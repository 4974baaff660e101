package org.boxoffice.platform.entity;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list. Pages count from 1, as the API's {@code page} parameter does.
 *
 * @param total how many items the whole list has; when {@code totalExact} is false, at least that
 *     many (a long list counted up to a limit)
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public static final int MAX_SIZE = 100;

    public Page {
        items = List.copyOf(items);
    }

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public static int offset(int page, int size) {
        return Math.multiplyExact(page - 1, size);
    }

    public <R> Page<R> map(Function<? super T, R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalExact);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
