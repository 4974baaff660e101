package org.boxoffice.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.boxoffice.api.Parameters;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.reconciliation.boundary.Reconciliations;
import org.boxoffice.reconciliation.entity.ReconciliationDifference;
import org.boxoffice.reconciliation.entity.ReconciliationRun;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.PagedRows;

/** One reconciliation run ({@code ?run=<id>}) and its differences, a page at a time. */
@Named
@ViewScoped
public class ReconciliationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A difference as the table shows it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String kind;
        private final String payment;
        private final String refund;
        private final String booking;
        private final String providerReference;
        private final String ours;
        private final String theirs;
        private final String resolution;
        private final String detail;
        private final String foundAt;

        Row(ReconciliationDifference difference) {
            this.id = String.valueOf(difference.id());
            this.kind = FacesMessages.text(
                    "reconciliations.kind." + difference.kind().name());
            this.payment = text(difference.paymentId());
            this.refund = text(difference.refundId());
            this.booking = text(difference.bookingId());
            this.providerReference = difference.providerReference() == null ? "" : difference.providerReference();
            this.ours = money(difference.ours());
            this.theirs = money(difference.theirs());
            this.resolution = FacesMessages.text(
                    "reconciliations.resolution." + difference.resolution().name());
            this.detail = difference.detail() == null ? "" : difference.detail();
            this.foundAt = difference.foundAt().format(RunRow.TIME);
        }

        private static String text(Long id) {
            return id == null ? "" : String.valueOf(id);
        }

        private static String money(Money money) {
            return money == null ? "" : money.toString();
        }

        public String getId() {
            return id;
        }

        public String getKind() {
            return kind;
        }

        public String getPayment() {
            return payment;
        }

        public String getRefund() {
            return refund;
        }

        public String getBooking() {
            return booking;
        }

        public String getProviderReference() {
            return providerReference;
        }

        public String getOurs() {
            return ours;
        }

        public String getTheirs() {
            return theirs;
        }

        public String getResolution() {
            return resolution;
        }

        public String getDetail() {
            return detail;
        }

        public String getFoundAt() {
            return foundAt;
        }
    }

    @Inject
    transient Reconciliations reconciliations;

    private String id;
    private RunRow run;
    private PagedRows<ReconciliationDifference, Row> differences;

    /** Reads the run named by the view parameter; an unknown one is 404. */
    public void load() throws IOException {
        Optional<ReconciliationRun> found = Parameters.id(id).flatMap(reconciliations::find);
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        long runId = found.get().id();
        run = new RunRow(found.get());
        differences =
                new PagedRows<>((page, size) -> reconciliations.differences(runId, page, size), Row::new, Row::getId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public RunRow getRun() {
        return run;
    }

    public PagedRows<?, Row> getDifferences() {
        return differences;
    }
}
