package org.boxoffice.web.my;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.support.boundary.SupportCases;
import org.boxoffice.support.entity.SupportCase;
import org.boxoffice.web.PagedRows;
import org.boxoffice.web.SupportThread;

/** "Support": the customer's own cases, the latest activity first, a page at a time. */
@Named
@ViewScoped
public class CasesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A case as the list shows it. */
    public record Row(
            long id, String subject, String kind, Long bookingId, String state, String stateText, String lastActivity)
            implements Serializable {}

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient SupportCases cases;

    private PagedRows<SupportCases.Listed, Row> rows;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(this::page, CasesBacking::row, row -> String.valueOf(row.id()));
    }

    private Page<SupportCases.Listed> page(int page, int size) {
        return cases.listOwn(signedIn.get(), null, page, size);
    }

    private static Row row(SupportCases.Listed listed) {
        SupportCase c = listed.supportCase();
        Locale locale = SupportThread.locale();
        return new Row(
                c.id(),
                c.subject(),
                SupportThread.kind(c.kind()),
                c.bookingId().orElse(null),
                c.state().name(),
                SupportThread.stateForCustomer(c.state()),
                SupportThread.time(c.lastActivityAt(), locale));
    }

    public PagedRows<SupportCases.Listed, Row> getRows() {
        return rows;
    }
}
