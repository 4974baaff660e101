package org.boxoffice.api.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.PageView;
import org.boxoffice.api.Parameters;
import org.boxoffice.review.boundary.Reviews;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The moderation queue of admins and support staff: reviews posted or edited and not looked at
 * yet, and reviews reported since, the most reported first. Hiding or restoring one takes it off.
 */
@Path("v1/moderation/reviews")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.ADMIN_ROLE, Role.SUPPORT_ROLE})
public class ModerationResource {

    @Inject
    Reviews reviews;

    @GET
    public PageView<QueuedReviewView> queue(@QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(reviews.queue(pageNumber, pageSize), QueuedReviewView::of);
    }
}
