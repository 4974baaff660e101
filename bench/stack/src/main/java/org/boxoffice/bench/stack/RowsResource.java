package org.boxoffice.bench.stack;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** GET /api/rows: the same kind of work as the platform's GET /api/v1/categories. */
@Path("rows")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RowsResource {

    @Inject
    Rows rows;

    @GET
    public List<RowView> rows() {
        return rows.all().stream().map(RowView::of).toList();
    }
}
