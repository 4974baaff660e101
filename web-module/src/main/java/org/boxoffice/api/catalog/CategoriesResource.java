package org.boxoffice.api.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.catalog.boundary.Catalog;

@Path("v1/categories")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CategoriesResource {

    @Inject
    Catalog catalog;

    /** Every category by name, paged as every list is. */
    @GET
    public PageView<CategoryView> categories(@QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.ofAll(catalog.categories(), pageNumber, pageSize, CategoryView::of);
    }
}
