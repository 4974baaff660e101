package org.boxoffice.web.my;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.booking.boundary.PaymentHistory;
import org.boxoffice.booking.boundary.PaymentScope;
import org.boxoffice.platform.BusinessException;

/**
 * The receipt of one of the customer's paid payments as a PDF for the pages, which are signed in
 * by their session (the API takes tokens only): {@code ?payment=}, in the browser's language when
 * receipts are printed in it. Under /my/*, so only signed-in accounts reach it; another's payment,
 * an unknown one and one that took no money are a 404.
 */
@WebServlet("/my/receipts")
public class ReceiptsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentHistory history;

    @Inject
    SignedIn signedIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Account> customer = signedIn.find();
        Optional<Long> payment = Parameters.id(request.getParameter("payment"));
        if (customer.isEmpty() || payment.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = history.receipt(
                    customer.get(), List.of(PaymentScope.MINE), payment.get(), Collections.list(request.getLocales()));
        } catch (BusinessException unknownOrUnpaid) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PersonalFiles.send(response, pdf, "application/pdf", "attachment", "receipt-payment-" + payment.get() + ".pdf");
    }
}
