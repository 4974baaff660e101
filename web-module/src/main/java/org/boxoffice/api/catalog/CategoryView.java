package org.boxoffice.api.catalog;

import org.boxoffice.catalog.entity.Category;

public record CategoryView(String id, String slug, String name) {

    static CategoryView of(Category category) {
        return new CategoryView(String.valueOf(category.id()), category.slug(), category.name());
    }
}
