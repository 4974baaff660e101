package org.boxoffice.web;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.boxoffice.platform.entity.Page;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table over a boundary's paged query: the table asks for rows {@code first} to
 * {@code first + size}, the boundary answers page {@code first / size + 1} (pages count from 1) of
 * at most {@link Page#MAX_SIZE}, and each item becomes a row the page can read.
 */
public class PagedRows<E, R> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    /** A boundary's query: page number (from 1) and size to one page of items. */
    public interface Query<E> extends java.io.Serializable {
        Page<E> page(int page, int size);
    }

    /** Turns an item into a row; serializable, as view-scoped beans are. */
    public interface Rows<E, R> extends Function<E, R>, java.io.Serializable {}

    /** A row's stable key, for selection and row updates. */
    public interface Keys<R> extends Function<R, String>, java.io.Serializable {}

    private final Query<E> query;
    private final Rows<E, R> rows;
    private final Keys<R> keys;
    private boolean countExact = true;

    public PagedRows(Query<E> query, Rows<E, R> rows, Keys<R> keys) {
        this.query = query;
        this.rows = rows;
        this.keys = keys;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return rowCount(query.page(1, 1));
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, Page.MAX_SIZE));
        Page<E> page = query.page(first / size + 1, size);
        setRowCount(rowCount(page));
        countExact = page.totalExact();
        return page.items().stream().map(rows).toList();
    }

    /** False when the row count is a lower bound: a long list counted up to a limit. */
    public boolean isCountExact() {
        return countExact;
    }

    @Override
    public String getRowKey(R row) {
        return keys.apply(row);
    }

    private static int rowCount(Page<?> page) {
        return (int) Math.min(Integer.MAX_VALUE, page.total());
    }

    /**
     * Sends the table of this client id back to its first page, for a new search or filter, whose
     * rows would otherwise be shown from the page the table was on.
     */
    public static void showFirstPage(String tableId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }
}
