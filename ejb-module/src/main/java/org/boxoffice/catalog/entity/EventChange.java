package org.boxoffice.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A field of a published event that its organizer changed: kept so that ticket holders can be told
 * what changed since they bought. Changes to a draft are not kept: nobody holds a ticket yet.
 */
@Entity
@Table(name = "event_change")
@NamedQuery(
        name = EventChange.OF_EVENT,
        query = "select c from EventChange c where c.event = :event order by c.changedAt desc, c.id desc")
public class EventChange {

    public static final String OF_EVENT = "EventChange.ofEvent";

    @Id
    @SequenceGenerator(name = "event_change_seq", sequenceName = "event_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_change_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    /** The organizer who changed it, by id: the account may be closed later, the change stays. */
    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false, length = 40)
    private String field;

    @Column(name = "old_value", length = 4000)
    private String oldValue;

    @Column(name = "new_value", length = 4000)
    private String newValue;

    protected EventChange() {}

    public EventChange(Event event, OffsetDateTime changedAt, Long actorId, FieldChange change) {
        this.event = Objects.requireNonNull(event, "event");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.actorId = actorId;
        this.field = change.field();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
    }

    public Long id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public Long actorId() {
        return actorId;
    }

    public String field() {
        return field;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }
}
