package org.boxoffice.api.admin;

import org.boxoffice.catalog.entity.Category;
import org.boxoffice.catalog.entity.CategoryUsage;

/** An event category as admins see it: with how many events use it, drafts and cancelled ones included. */
public record CategoryUsageView(String id, String slug, String name, long events) {

    static CategoryUsageView of(CategoryUsage usage) {
        Category category = usage.category();
        return new CategoryUsageView(String.valueOf(category.id()), category.slug(), category.name(), usage.events());
    }

    /** A category just created, which no event can use yet. */
    static CategoryUsageView unused(Category category) {
        return of(new CategoryUsage(category, 0));
    }
}
