package org.boxoffice.bench.stack;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A row of a small table, shaped as the platform's category (id, name, slug). */
@Entity
@Table(name = "stack_row")
@NamedQuery(name = Row.ALL, query = "select r from Row r order by r.name")
public class Row {

    public static final String ALL = "Row.all";

    @Id
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 80)
    private String slug;

    protected Row() {}

    public Row(long id, String name, String slug) {
        this.id = id;
        this.name = name;
        this.slug = slug;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }
}
