package org.boxoffice.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Cacheable
@Table(name = "category")
@NamedQuery(name = Category.ALL, query = "select c from Category c order by c.name")
@NamedQuery(name = Category.BY_SLUG, query = "select c from Category c where c.slug = :slug")
public class Category {

    public static final String ALL = "Category.all";
    public static final String BY_SLUG = "Category.bySlug";

    @Id
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;

    /** The category in URLs and API filters: {@code concerts}. */
    @Column(nullable = false, length = 80)
    private String slug;

    protected Category() {}

    public Category(String name, String slug) {
        this.name = name.strip();
        this.slug = slug.strip();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }
}
