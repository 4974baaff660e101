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
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.support.boundary.SupportCases;
import org.boxoffice.support.entity.CaseState;
import org.boxoffice.support.entity.SupportCase;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.SupportThread;
import org.primefaces.model.file.UploadedFile;

/**
 * One of the customer's support cases ({@code /my/case.xhtml?id=}): its state, the thread without
 * internal notes (never, whoever looks), the files, and a reply with an optional file. A case that
 * is not the viewer's own as its customer, or none, is a 404.
 */
@Named("myCaseBacking")
@ViewScoped
public class CaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient SupportCases cases;

    private String id;
    private long caseId;
    private String subject;
    private String kind;
    private Long bookingId;
    private String eventTitle;
    private String state;
    private String stateText;
    private boolean closed;
    private List<SupportThread.Message> messages = List.of();
    private String body;
    private transient UploadedFile file;

    public void load() throws IOException {
        Optional<Long> parsed = Parameters.id(id);
        if (parsed.isEmpty()
                || cases.access(signedIn.get(), parsed.get())
                        .filter(access -> access == SupportCases.Access.CUSTOMER)
                        .isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        caseId = parsed.get();
        show();
    }

    private void show() {
        SupportCases.Detail detail = cases.get(signedIn.get(), caseId);
        SupportCase c = detail.supportCase();
        subject = c.subject();
        kind = SupportThread.kind(c.kind());
        bookingId = c.bookingId().orElse(null);
        eventTitle = detail.eventTitle();
        state = c.state().name();
        stateText = SupportThread.stateForCustomer(c.state());
        closed = c.state() == CaseState.CLOSED;
        messages = SupportThread.messages(detail, false);
    }

    /** Writes the customer's message, with the file if one was chosen. */
    public String reply() {
        try {
            if (file == null || file.getSize() == 0) {
                cases.write(signedIn.get(), caseId, body, false, List.of());
            } else {
                try (InputStream content = file.getInputStream()) {
                    cases.write(signedIn.get(), caseId, body, false, file.getFileName(), content);
                }
            }
            FacesMessages.info("case.sent");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/my/case?faces-redirect=true&id=" + caseId;
        } catch (BusinessException e) {
            FacesMessages.error(e);
            show();
            return null;
        } catch (IOException e) {
            FacesMessages.error("support.fileUnreadable");
            return null;
        } finally {
            file = null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getSubject() {
        return subject;
    }

    public String getKind() {
        return kind;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public String getEventTitle() {
        return eventTitle;
    }

    public String getState() {
        return state;
    }

    public String getStateText() {
        return stateText;
    }

    /** A closed case takes no more messages: the reply form is gone. */
    public boolean isClosed() {
        return closed;
    }

    public List<SupportThread.Message> getMessages() {
        return messages;
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
