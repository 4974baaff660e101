package org.boxoffice.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.catalog.entity.Category;
import org.boxoffice.catalog.entity.CategoryUsage;
import org.boxoffice.platform.control.LockTimeouts;

/**
 * The event categories, as admins manage them: created, renamed (the slug stays, because URLs
 * and API filters use it) and deleted while no event uses them. Every change is in the audit
 * trail.
 */
@Stateless
public class Categories {

    /** The SQL state of a unique constraint violation, in PostgreSQL and H2 alike. */
    static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    LockTimeouts lockTimeouts;

    /** Every category by name, with how many events use it, counted in the same query. */
    public List<CategoryUsage> list() {
        List<?> rows = em.createNamedQuery(Category.WITH_EVENT_COUNTS).getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new CategoryUsage((Category) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    public Optional<Category> find(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    public Category get(long id) {
        return find(id).orElseThrow(() -> new UnknownCategoryException(id));
    }

    /** One category with how many events use it. */
    public CategoryUsage usage(long id) {
        Category category = get(id);
        return new CategoryUsage(category, eventsUsing(category));
    }

    /**
     * A new category, created by the admin {@code adminId} from {@code address}.
     *
     * @param slug the category in URLs and API filters; null or blank to derive it from the name
     * @throws CategoryNameTakenException when a category has this name, in any case
     * @throws CategorySlugTakenException when a category has this slug; the unique constraint of
     *     the table stops the rare one created at the same moment
     * @throws org.boxoffice.catalog.entity.InvalidCategoryException for an invalid name or slug, or
     *     a name that gives no slug
     */
    public Category create(long adminId, String name, String slug, String address) {
        Category category = Category.of(name, slug);
        checkNameFree(category.name(), null);
        if (findBySlug(category.slug()).isPresent()) {
            throw new CategorySlugTakenException(category.slug());
        }
        Account admin = accounts.get(adminId);
        em.persist(category);
        try {
            // written now, so that a slug taken at the same moment is a conflict and not a failed commit
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                CategorySlugTakenException taken = new CategorySlugTakenException(category.slug());
                taken.initCause(e);
                throw taken;
            }
            throw e;
        }
        // the subject of an audit event is an account; a category is named in the detail
        audit.record(
                admin.id(),
                admin.email(),
                Action.CATEGORY_CREATED,
                null,
                "category " + category.id() + " \"" + category.name() + "\" (" + category.slug() + ")",
                address);
        return category;
    }

    /**
     * Gives a category another name; its slug stays. Done by the admin {@code adminId} from
     * {@code address}. The same name again changes nothing and is not recorded.
     *
     * @return the category with how many events use it
     * @throws UnknownCategoryException for an unknown id
     * @throws CategoryNameTakenException when another category has this name, in any case
     * @throws org.boxoffice.catalog.entity.InvalidCategoryException for a blank or too long name
     */
    public CategoryUsage rename(long adminId, long id, String newName, String address) {
        Category category = get(id);
        String name = Category.normalizeName(newName);
        if (!name.equals(category.name())) {
            checkNameFree(name, category.id());
            Account admin = accounts.get(adminId);
            String before = category.name();
            category.rename(name);
            audit.record(
                    admin.id(),
                    admin.email(),
                    Action.CATEGORY_RENAMED,
                    null,
                    "category " + category.id() + " (" + category.slug() + "): \"" + before + "\" -> \""
                            + category.name() + "\"",
                    address);
        }
        return new CategoryUsage(category, eventsUsing(category));
    }

    /**
     * Deletes a category that no event uses; done by the admin {@code adminId} from {@code
     * address}.
     *
     * @throws UnknownCategoryException for an unknown id
     * @throws CategoryInUseException when events use it, drafts and cancelled ones included
     * @throws CategoryBusyException when another change holds the category longer than the bounded
     *     wait
     */
    public void delete(long adminId, long id, String address) {
        // locked, so that no event can take the category between counting and deleting: an insert
        // that refers to the row waits for the lock, and the count sees an event committed before
        lockTimeouts.bound(em);
        Category category;
        try {
            category = em.find(Category.class, id, LockModeType.PESSIMISTIC_WRITE);
        } catch (PersistenceException e) {
            if (LockTimeouts.isLockTimeout(e)) {
                throw new CategoryBusyException(e);
            }
            throw e;
        }
        if (category == null) {
            throw new UnknownCategoryException(id);
        }
        long events = eventsUsing(category);
        if (events > 0) {
            throw new CategoryInUseException(category.name(), events);
        }
        Account admin = accounts.get(adminId);
        String detail = "category " + category.id() + " \"" + category.name() + "\" (" + category.slug() + ")";
        em.remove(category);
        audit.record(admin.id(), admin.email(), Action.CATEGORY_DELETED, null, detail, address);
    }

    private Optional<Category> findBySlug(String slug) {
        return em.createNamedQuery(Category.BY_SLUG, Category.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /**
     * Names are compared here rather than with the database's {@code lower()}, whose idea of the
     * case of letters beyond ASCII depends on the database's locale. There are few categories.
     */
    private void checkNameFree(String name, Long except) {
        String wanted = Category.comparable(name);
        boolean taken = em.createNamedQuery(Category.ALL, Category.class)
                .getResultStream()
                .filter(other -> !other.id().equals(except))
                .anyMatch(other -> Category.comparable(other.name()).equals(wanted));
        if (taken) {
            throw new CategoryNameTakenException(name);
        }
    }

    private long eventsUsing(Category category) {
        return em.createNamedQuery(Category.EVENT_COUNT, Long.class)
                .setParameter("category", category)
                .getSingleResult();
    }

    /** Whether a persistence failure is a unique constraint's, whatever layer wrapped it. */
    static boolean isUniqueViolation(Throwable failure) {
        // bounded: a cause chain that loops back on itself must not hang the caller
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
