package org.boxoffice.bench.stack;

/** A row as JSON, shaped as the platform's category view. */
public record RowView(String id, String slug, String name) {

    static RowView of(Row row) {
        return new RowView(String.valueOf(row.id()), row.slug(), row.name());
    }
}
