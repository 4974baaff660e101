package org.boxoffice.api.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.boxoffice.catalog.boundary.Catalog;

@Path("v1/categories")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CategoriesResource {

    @Inject
    Catalog catalog;

    @GET
    public List<CategoryView> categories() {
        return catalog.categories().stream().map(CategoryView::of).toList();
    }
}
