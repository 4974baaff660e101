package org.boxoffice.api.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.boxoffice.account.boundary.Privacy;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.booking.BookingView;
import org.boxoffice.api.payment.TransactionView;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.booking.boundary.PaymentHistory;
import org.boxoffice.booking.boundary.PaymentScope;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.review.boundary.Reviews;
import org.boxoffice.support.boundary.SupportCases;

/**
 * "Download my data" as the API and the privacy page give it: the account component's part
 * ({@link Privacy#export}), the person's bookings with their tickets ({@link
 * Bookings#listWithTickets}) and payments with their refunds ({@link PaymentHistory#list}), the
 * review component's part ({@link Reviews#personalData}) and the support component's ({@link
 * SupportCases#exportOf}) put together here, so that the account component, which all of them
 * build on, need not know any of them.
 */
@ApplicationScoped
public class DataExports {

    @Inject
    Privacy privacy;

    @Inject
    Bookings bookings;

    @Inject
    PaymentHistory payments;

    @Inject
    Reviews reviews;

    @Inject
    SupportCases supportCases;

    public DataExportView of(Account account) {
        long id = account.id();
        List<BookingView> booked = all(page -> bookings.listWithTickets(id, page, Page.MAX_SIZE)
                .map(detail -> BookingView.of(detail.booking(), detail.tickets())));
        List<TransactionView> paid = PaymentScope.MINE.isOpenTo(account)
                ? all(page -> payments.list(account, PaymentScope.MINE, null, null, page, Page.MAX_SIZE)
                        .map(entry -> TransactionView.of(entry, false)))
                : List.of();
        return DataExportView.of(privacy.export(id), booked, paid, reviews.personalData(id), supportCases.exportOf(id));
    }

    /** Every item of a paged list, page by page. */
    private static <T> List<T> all(IntFunction<Page<T>> pages) {
        List<T> items = new ArrayList<>();
        for (int number = 1; ; number++) {
            Page<T> page = pages.apply(number);
            items.addAll(page.items());
            if (page.items().size() < page.size() || items.size() >= page.total()) {
                return items;
            }
        }
    }
}
