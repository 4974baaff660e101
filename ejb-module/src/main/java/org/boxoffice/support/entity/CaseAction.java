package org.boxoffice.support.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What the desk did on a case's booking, and who: part of the case's history, shown to the desk and the organizers. */
@Entity
@Table(name = "support_action")
@NamedQuery(name = CaseAction.OF_CASE, query = "select a from CaseAction a where a.caseId = :case order by a.id")
public class CaseAction {

    public static final String OF_CASE = "CaseAction.ofCase";

    public static final int DETAIL_MAX = 1000;

    /** The actions on a booking. */
    public enum Kind {
        CANCEL,
        REFUND,
        RESEND_TICKETS
    }

    @Id
    @SequenceGenerator(name = "support_action_seq", sequenceName = "support_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_action_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "actor_id", nullable = false)
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = DETAIL_MAX)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected CaseAction() {}

    public CaseAction(long caseId, long actorId, Kind kind, String detail, OffsetDateTime now) {
        this.caseId = caseId;
        this.actorId = actorId;
        this.kind = kind;
        this.detail = detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long actorId() {
        return actorId;
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
