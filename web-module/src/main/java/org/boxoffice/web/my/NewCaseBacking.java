package org.boxoffice.web.my;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.booking.boundary.Bookings;
import org.boxoffice.booking.entity.Booking;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.support.boundary.SupportCases;
import org.boxoffice.support.entity.CaseKind;
import org.boxoffice.support.entity.SupportCase;
import org.boxoffice.web.FacesMessages;
import org.primefaces.model.file.UploadedFile;

/**
 * A new support case ({@code /my/new-case.xhtml}): about one of the customer's bookings ({@code
 * ?booking=}, from "Contact support" on the booking page), of the kind the customer chooses, or a
 * general one without it; a subject, the first message and, optionally, a file. Another's booking,
 * or none with that number, is a 404.
 */
@Named
@ViewScoped
public class NewCaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<CaseKind> BOOKING_KINDS =
            List.of(CaseKind.QUESTION, CaseKind.PROBLEM, CaseKind.CANCELLATION_REQUEST, CaseKind.REFUND_REQUEST);

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient SupportCases cases;

    @Inject
    transient Bookings bookings;

    @Inject
    transient Catalog catalog;

    private String booking;
    private Long bookingId;
    private String eventTitle;
    private String kind = CaseKind.QUESTION.name();
    private String subject;
    private String body;
    private transient UploadedFile file;

    public void load() throws IOException {
        if (booking == null || booking.isBlank()) {
            return;
        }
        Account customer = signedIn.get();
        Optional<Booking> found = Parameters.id(booking).flatMap(id -> bookings.find(customer.id(), id));
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        bookingId = found.get().id();
        eventTitle = catalog.findEvent(found.get().eventId()).map(Event::title).orElse("");
    }

    /** Opens the case and shows it. */
    public String open() {
        CaseKind chosen = bookingId == null
                ? CaseKind.GENERAL
                : BOOKING_KINDS.stream()
                        .filter(candidate -> candidate.name().equals(kind))
                        .findFirst()
                        .orElse(CaseKind.QUESTION);
        try {
            SupportCase opened;
            if (file == null || file.getSize() == 0) {
                opened = cases.open(signedIn.get(), chosen, bookingId, subject, body);
            } else {
                try (InputStream content = file.getInputStream()) {
                    opened = cases.open(signedIn.get(), chosen, bookingId, subject, body, file.getFileName(), content);
                }
            }
            FacesMessages.info("newCase.opened", opened.id());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/my/case?faces-redirect=true&id=" + opened.id();
        } catch (BusinessException e) {
            FacesMessages.error(e);
            return null;
        } catch (IOException e) {
            FacesMessages.error("support.fileUnreadable");
            return null;
        } finally {
            file = null;
        }
    }

    /** The kinds a case about a booking may be (a general case has its own kind). */
    public List<String> getKinds() {
        return BOOKING_KINDS.stream().map(Enum::name).toList();
    }

    public boolean isAboutBooking() {
        return bookingId != null;
    }

    public String getBooking() {
        return booking;
    }

    public void setBooking(String booking) {
        this.booking = booking;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public String getEventTitle() {
        return eventTitle;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
