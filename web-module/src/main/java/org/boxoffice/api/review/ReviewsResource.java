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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.review.boundary.Reviews;
import org.boxoffice.review.entity.Review;
import org.boxoffice.review.entity.ReviewException;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * One review and what users do with it: its author edits it ({@code PUT}, 403 {@code
 * review.not-author} for anyone else); other signed-in users mark it helpful once ({@code
 * /helpful}: 409 {@code review.own-review}, {@code review.already-helpful}) and report it to the
 * moderators once ({@code /reports}: 409 {@code review.already-reported}); an organizer of the
 * event's organisation answers it once ({@code /answer}: 403 {@code review.not-organizer}, 409
 * {@code review.already-answered}); admins and support staff hide and restore it ({@code /hide},
 * {@code /restore}, audited, the author told by mail). An unknown review, or a hidden one the caller
 * may not see, is 404 {@code review.unknown}.
 */
@Path("v1/reviews")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    @Inject
    Reviews reviews;

    @Inject
    SignedIn signedIn;

    @Inject
    ClientAddress client;

    @GET
    @Path("{reviewId}")
    @PermitAll
    public ReviewView review(@PathParam("reviewId") String reviewId) {
        Account viewer = signedIn.find().orElse(null);
        Review review = reviews.get(viewer, id(reviewId));
        return ReviewView.of(review, reviews.authorOf(review), false);
    }

    @PUT
    @Path("{reviewId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @RolesAllowed(Role.CUSTOMER_ROLE)
    public ReviewView edit(
            @PathParam("reviewId") String reviewId,
            @Valid @NotNull(message = "a JSON body with rating is required") ReviewRequest request) {
        Account author = signedIn.get();
        return ReviewView.of(
                reviews.edit(author.id(), id(reviewId), request.rating(), request.text()), author.displayName(), false);
    }

    @POST
    @Path("{reviewId}/helpful")
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.FINANCE_ROLE, Role.ADMIN_ROLE})
    public ReviewView helpful(@PathParam("reviewId") String reviewId) {
        Review review = reviews.markHelpful(signedIn.get(), id(reviewId));
        return ReviewView.of(review, reviews.authorOf(review), true);
    }

    @POST
    @Path("{reviewId}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Role.CUSTOMER_ROLE, Role.ORGANIZER_ROLE, Role.SUPPORT_ROLE, Role.FINANCE_ROLE, Role.ADMIN_ROLE})
    public Response report(
            @PathParam("reviewId") String reviewId,
            @NotNull(message = "a JSON body with reason is required") ReasonRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(ReportView.of(reviews.report(signedIn.get(), id(reviewId), request.reason())))
                .build();
    }

    @POST
    @Path("{reviewId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @RolesAllowed(Role.ORGANIZER_ROLE)
    public ReviewView answer(
            @PathParam("reviewId") String reviewId,
            @NotNull(message = "a JSON body with text is required") AnswerRequest request) {
        Review review = reviews.answer(signedIn.get(), id(reviewId), request.text());
        return ReviewView.of(review, reviews.authorOf(review), false);
    }

    @POST
    @Path("{reviewId}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Role.ADMIN_ROLE, Role.SUPPORT_ROLE})
    public ReviewView hide(
            @PathParam("reviewId") String reviewId,
            @NotNull(message = "a JSON body with reason is required") ReasonRequest request) {
        Review review = reviews.hide(signedIn.get(), id(reviewId), request.reason(), client.value());
        return ReviewView.of(review, reviews.authorOf(review), false);
    }

    /** Shows a hidden review again, or keeps a shown one that waits in the queue as it is. */
    @POST
    @Path("{reviewId}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @RolesAllowed({Role.ADMIN_ROLE, Role.SUPPORT_ROLE})
    public ReviewView restore(
            @PathParam("reviewId") String reviewId,
            @NotNull(message = "a JSON body with reason is required") ReasonRequest request) {
        Review review = reviews.restore(signedIn.get(), id(reviewId), request.reason(), client.value());
        return ReviewView.of(review, reviews.authorOf(review), false);
    }

    private static long id(String reviewId) {
        return Parameters.id(reviewId).orElseThrow(() -> new ReviewException(ReviewException.Reason.UNKNOWN, reviewId));
    }
}
