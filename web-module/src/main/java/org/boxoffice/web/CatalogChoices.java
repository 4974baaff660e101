package org.boxoffice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.boxoffice.catalog.boundary.Catalog;

/**
 * The choices of the city and category filters that the search and calendar pages share, read once
 * per request.
 */
@Named
@RequestScoped
public class CatalogChoices {

    /** A category in a choice list (EL 5 reads getters, not record components). */
    public static final class Choice {
        private final String value;
        private final String label;

        Choice(String value, String label) {
            this.value = value;
            this.label = label;
        }

        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }
    }

    @Inject
    Catalog catalog;

    private List<String> cities;
    private List<Choice> categories;

    /**
     * The cities with events to come, and the one the address names even when it has none, so that
     * the list shows the search as it is rather than silently dropping the city on the next search
     * (spelled as the address has it: the filter ignores case, a choice list does not).
     */
    public List<String> cities(String current) {
        if (cities == null) {
            cities = catalog.cities();
        }
        return withCurrent(cities, current);
    }

    public List<Choice> getCategories() {
        if (categories == null) {
            categories = catalog.categories().stream()
                    .map(category -> new Choice(category.slug(), category.name()))
                    .toList();
        }
        return categories;
    }

    static List<String> withCurrent(List<String> cities, String current) {
        if (current == null || current.isBlank() || cities.contains(current)) {
            return cities;
        }
        List<String> all = new ArrayList<>(cities);
        all.add(0, current);
        return all;
    }
}
