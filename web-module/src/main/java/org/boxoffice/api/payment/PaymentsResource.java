package org.boxoffice.api.payment;

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
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.payment.boundary.Payments;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The customer's transaction history: every payment attempt, newest first. */
@Path("v1/payments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed(Role.CUSTOMER_ROLE)
public class PaymentsResource {

    @Inject
    Payments payments;

    @Inject
    SignedIn signedIn;

    @GET
    public PageView<PaymentView> history(@QueryParam("page") String page, @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        parameters.check();
        return PageView.of(payments.history(signedIn.get().id(), pageNumber, pageSize), PaymentView::of);
    }
}
