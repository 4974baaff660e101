package org.boxoffice.audit.entity;

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

/** Who did what, when, and from where. Written once, never changed. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.NEWEST, query = "select e from AuditEvent e order by e.occurredAt desc, e.id desc")
@NamedQuery(name = AuditEvent.COUNT, query = "select count(e) from AuditEvent e")
@NamedQuery(
        name = AuditEvent.ABOUT,
        query = "select e from AuditEvent e where e.actorId = :account or e.subjectId = :account"
                + " order by e.occurredAt desc, e.id desc")
public class AuditEvent {

    public static final String NEWEST = "AuditEvent.newest";
    public static final String COUNT = "AuditEvent.count";
    public static final String ABOUT = "AuditEvent.about";

    public enum Action {
        SIGN_IN,
        SIGN_IN_FAILED,
        ACCOUNT_LOCKED,
        REGISTERED,
        EMAIL_VERIFIED,
        PASSWORD_RESET,
        ROLES_CHANGED,
        /** An admin disabled an account, with a reason. */
        ACCOUNT_DISABLED,
        /** An admin enabled a disabled account again. */
        ACCOUNT_ENABLED,
        ORGANISATION_CREATED,
        /** An admin changed an organisation's name, service fee or zone (the detail has before and after). */
        ORGANISATION_CHANGED,
        ORGANISER_ASSIGNED,
        /**
         * An admin made an account a member of an organisation, as organizer or finance contact (the
         * account is the subject; the detail has its roles and organisation before and after).
         */
        ORGANISATION_MEMBER_ADDED,
        /** An admin took a member role, or the membership, away (detail as for an addition). */
        ORGANISATION_MEMBER_REMOVED,
        ACCOUNT_CLOSED,
        SIGN_OUT,
        PROFILE_CHANGED,
        PASSWORD_CHANGED,
        EMAIL_CHANGE_REQUESTED,
        EMAIL_CHANGED,
        CONSENT_CHANGED,
        CATEGORY_CREATED,
        CATEGORY_RENAMED,
        CATEGORY_DELETED,
        EVENT_PUBLISHED,
        EVENT_CANCELLED,
        SEATS_WITHHELD,
        SEATS_RELEASED,
        DEAD_LETTER_RESENT,
        DEAD_LETTER_DISCARDED,
        BOOKING_REFUNDED,
        RECONCILIATION_STARTED,
        RECONCILIATION_RESTARTED,
        SALES_REPORT_STARTED,
        SALES_REPORT_RESTARTED,
        /** An admin set a system setting (the detail has its key, the value before and after). */
        SETTING_CHANGED,
        /** An admin took a system setting back to its default. */
        SETTING_RESET,
        /** A moderator hid a review (the subject is its author; the detail names it and the reason). */
        REVIEW_HIDDEN,
        /** A moderator restored a hidden review, or kept a reported one shown. */
        REVIEW_RESTORED,
        /**
         * The support desk acted on a case's booking: cancelled it, refunded, resent its tickets (the
         * subject is the customer; the detail names the case and what was done).
         */
        SUPPORT_ACTION,
        /** An organizer or admin subscribed a URL to webhooks (the detail names it, its events and organisation). */
        WEBHOOK_SUBSCRIBED,
        /** An organizer or admin deleted a webhook subscription (the detail names it). */
        WEBHOOK_DELETED,
        /** An organizer or admin registered an API client (the detail names it, its scopes and organisation). */
        API_CLIENT_REGISTERED,
        /** An organizer or admin revoked an API client: its tokens stopped working at once. */
        API_CLIENT_REVOKED,
        /**
         * An API client acted for a customer: held a booking, paid or cancelled it (the actor is the
         * client, the subject the customer; the detail names the booking).
         */
        API_CLIENT_BOOKING
    }

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Action action;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(nullable = false, length = 1000)
    private String detail;

    @Column(length = 100)
    private String address;

    protected AuditEvent() {}

    /**
     * @param actorId who acted, null for someone not signed in
     * @param actor their e-mail address, or what they claimed to be
     * @param subjectId the account acted upon
     */
    public AuditEvent(
            OffsetDateTime occurredAt,
            Long actorId,
            String actor,
            Action action,
            Long subjectId,
            String detail,
            String address) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actor = truncate(actor, 254);
        this.action = action;
        this.subjectId = subjectId;
        this.detail = truncate(detail == null ? "" : detail, 1000);
        this.address = truncate(address, 100);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public Long actorId() {
        return actorId;
    }

    public String actor() {
        return actor;
    }

    public Action action() {
        return action;
    }

    public Long subjectId() {
        return subjectId;
    }

    public String detail() {
        return detail;
    }

    public String address() {
        return address;
    }
}
