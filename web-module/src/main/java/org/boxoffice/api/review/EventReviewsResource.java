package org.boxoffice.api.review;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.catalog.boundary.UnknownEventException;
import org.boxoffice.review.boundary.Reviews;
import org.boxoffice.review.entity.Review;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * An event's reviews. {@code GET} is public: the rating figures of the shown reviews and a page of
 * them, newest first or ({@code sort=helpful}) the most helpful first; the author also sees their
 * own hidden review, moderators every hidden one. {@code POST} (customers who went: checked in, or
 * holding a valid ticket when the event ended) rates the event once: 201 with the review; 409
 * {@code review.not-attended}, {@code review.event-not-ended} or {@code review.already-reviewed};
 * 422 {@code review.invalid-rating} or {@code review.text-too-long}; an unknown event 404.
 */
@Path("v1/events/{eventId}/reviews")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventReviewsResource {

    @Inject
    Reviews reviews;

    @Inject
    SignedIn signedIn;

    @GET
    @PermitAll
    public EventReviewsView list(
            @PathParam("eventId") String eventId,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        Reviews.Sort order = parameters.choice("sort", sort, Reviews.Sort.class, Reviews.Sort.NEWEST);
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        long id = id(eventId);
        Account viewer = signedIn.find().orElse(null);
        return EventReviewsView.of(id, reviews.list(viewer, id, order, pageNumber, pageSize));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @RolesAllowed(Role.CUSTOMER_ROLE)
    public Response post(
            @PathParam("eventId") String eventId,
            @Valid @NotNull(message = "a JSON body with rating is required") ReviewRequest request) {
        Account author = signedIn.get();
        Review review = reviews.post(author.id(), id(eventId), request.rating(), request.text());
        return Response.created(URI.create("/api/v1/reviews/" + review.id()))
                .entity(ReviewView.of(review, author.displayName(), false))
                .build();
    }

    private static long id(String eventId) {
        return Parameters.id(eventId).orElseThrow(() -> new UnknownEventException(eventId));
    }
}
