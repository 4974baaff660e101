package org.boxoffice.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.catalog.boundary.Categories;
import org.boxoffice.catalog.entity.Category;
import org.boxoffice.catalog.entity.CategoryUsage;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.web.FacesMessages;

/**
 * The admins' event categories: created, renamed (the slug stays) and deleted while no event uses
 * them. Every change is audited by the boundary.
 */
@Named
@ViewScoped
public class CategoriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A category as the table shows it (EL 5 reads getters, not record components). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String name;
        private final String slug;
        private final long events;

        Row(CategoryUsage usage) {
            this.id = usage.category().id();
            this.name = usage.category().name();
            this.slug = usage.category().slug();
            this.events = usage.events();
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getSlug() {
            return slug;
        }

        public long getEvents() {
            return events;
        }
    }

    @Inject
    transient Categories categories;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient ClientAddress client;

    /** Read once per view and again after each change: admins manage few categories. */
    private List<Row> rows;

    private Row selected;
    private String newName;
    private String name;
    private String slug;

    public void create() {
        try {
            Category created = categories.create(admin(), name, slug, client.value());
            FacesMessages.info("categories.created", created.name(), created.slug());
            name = null;
            slug = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        rows = null;
    }

    /** Opens the rename dialog for one category. */
    public void edit(Row row) {
        selected = row;
        newName = row.getName();
    }

    public void rename() {
        if (selected == null) {
            return;
        }
        try {
            CategoryUsage renamed = categories.rename(admin(), selected.getId(), newName, client.value());
            FacesMessages.info(
                    "categories.renamed", selected.getName(), renamed.category().name());
            selected = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        rows = null;
    }

    /** Deletes a category; the boundary refuses one that events use, with how many do. */
    public void delete(Row row) {
        try {
            categories.delete(admin(), row.getId(), client.value());
            FacesMessages.info("categories.deleted", row.getName());
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        rows = null;
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = categories.list().stream().map(Row::new).toList();
        }
        return rows;
    }

    private long admin() {
        return signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
    }

    public Row getSelected() {
        return selected;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
