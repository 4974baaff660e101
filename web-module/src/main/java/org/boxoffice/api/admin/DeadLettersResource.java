package org.boxoffice.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.boxoffice.account.entity.Role;
import org.boxoffice.notification.boundary.DeadLetters;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The messages the broker gave up on after its last attempt (mails that did not go out), oldest
 * first, at most {@value #MAX}: read, not taken off the dead-letter queue.
 */
@Path("v1/admin/dead-letters")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.ADMIN_ROLE)
public class DeadLettersResource {

    static final int MAX = 500;

    @Inject
    DeadLetters deadLetters;

    @GET
    public List<DeadLetterView> oldest() {
        return deadLetters.oldest(MAX).stream().map(DeadLetterView::of).toList();
    }
}
