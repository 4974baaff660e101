package org.boxoffice.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent;
import org.boxoffice.web.PagedRows;

/** The audit trail, newest first, read page by page from the database (a lazy table). */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An audit event as the table shows it (EL 5 reads getters, not record components). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String occurredAt;
        private final String actor;
        private final String action;
        private final String subject;
        private final String detail;
        private final String address;

        Row(AuditEvent event) {
            this.id = event.id();
            this.occurredAt = event.occurredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            this.actor = event.actor() == null ? "" : event.actor();
            this.action = event.action().name();
            this.subject = event.subjectId() == null ? "" : String.valueOf(event.subjectId());
            this.detail = event.detail();
            this.address = event.address() == null ? "" : event.address();
        }

        public long getId() {
            return id;
        }

        public String getOccurredAt() {
            return occurredAt;
        }

        public String getActor() {
            return actor;
        }

        public String getAction() {
            return action;
        }

        public String getSubject() {
            return subject;
        }

        public String getDetail() {
            return detail;
        }

        public String getAddress() {
            return address;
        }
    }

    @Inject
    transient AuditTrail audit;

    private final PagedRows<AuditEvent, Row> events =
            new PagedRows<>((page, size) -> audit.newest(page, size), Row::new, row -> String.valueOf(row.getId()));

    public PagedRows<?, Row> getEvents() {
        return events;
    }
}
