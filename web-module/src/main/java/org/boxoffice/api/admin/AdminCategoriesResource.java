package org.boxoffice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.catalog.boundary.Categories;
import org.boxoffice.catalog.boundary.UnknownCategoryException;
import org.boxoffice.catalog.entity.Category;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The event categories as admins manage them, with how many events use each; customers read them
 * at {@code /api/v1/categories}. Every change is in the audit trail.
 */
@Path("v1/admin/categories")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminCategoriesResource {

    @Inject
    Categories categories;

    @Inject
    JsonWebToken token;

    @Inject
    ClientAddress client;

    /** Every category by name with its use, paged as every list is. */
    @GET
    public PageView<CategoryUsageView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.ofAll(categories.list(), pageNumber, pageSize, CategoryUsageView::of);
    }

    @GET
    @Path("{categoryId}")
    public CategoryUsageView category(@PathParam("categoryId") String categoryId) {
        return CategoryUsageView.of(categories.usage(id(categoryId)));
    }

    /** Creates a category, its slug made from the name unless given; recorded in the audit trail. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = "a JSON body with name is required") NewCategoryRequest request) {
        Category category =
                categories.create(Long.parseLong(token.getSubject()), request.name(), request.slug(), client.value());
        return Response.created(URI.create("/api/v1/admin/categories/" + category.id()))
                .entity(CategoryUsageView.unused(category))
                .build();
    }

    /** Renames a category; its slug stays. Recorded in the audit trail. */
    @PUT
    @Path("{categoryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryUsageView rename(
            @PathParam("categoryId") String categoryId,
            @Valid @NotNull(message = "a JSON body with name is required") CategoryNameRequest request) {
        return CategoryUsageView.of(
                categories.rename(Long.parseLong(token.getSubject()), id(categoryId), request.name(), client.value()));
    }

    /** Deletes a category that no event uses; recorded in the audit trail. */
    @DELETE
    @Path("{categoryId}")
    public Response delete(@PathParam("categoryId") String categoryId) {
        categories.delete(Long.parseLong(token.getSubject()), id(categoryId), client.value());
        return Response.noContent().build();
    }

    private static long id(String categoryId) {
        return Parameters.id(categoryId).orElseThrow(() -> new UnknownCategoryException(categoryId));
    }
}
