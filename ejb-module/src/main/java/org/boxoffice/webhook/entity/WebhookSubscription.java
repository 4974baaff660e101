package org.boxoffice.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.boxoffice.platform.entity.PersonalDataConverter;

/**
 * A URL subscribed to some of the platform's events: those of one organisation (an organizer's), or
 * of every organisation (an admin's, {@code organisationId} null). Its signing secret is stored
 * encrypted with the privacy key, as personal fields are: the platform needs it to sign, so it
 * cannot keep a hash only; a copy of the database does not show it.
 */
@Entity
@Table(name = "webhook_subscription")
@NamedQuery(
        name = WebhookSubscription.LISTENING,
        query = "select s from WebhookSubscription s where s.organisationId is null or s.organisationId = :organisation"
                + " order by s.id")
@NamedQuery(
        name = WebhookSubscription.LISTENING_TO_ALL,
        query = "select s from WebhookSubscription s where s.organisationId is null order by s.id")
@NamedQuery(
        name = WebhookSubscription.OF_ORGANISATION,
        query = "select s from WebhookSubscription s where s.organisationId = :organisation order by s.id desc")
@NamedQuery(
        name = WebhookSubscription.COUNT_OF_ORGANISATION,
        query = "select count(s) from WebhookSubscription s where s.organisationId = :organisation")
@NamedQuery(name = WebhookSubscription.ALL, query = "select s from WebhookSubscription s order by s.id desc")
@NamedQuery(name = WebhookSubscription.COUNT_ALL, query = "select count(s) from WebhookSubscription s")
public class WebhookSubscription {

    public static final String LISTENING = "WebhookSubscription.listening";
    public static final String LISTENING_TO_ALL = "WebhookSubscription.listeningToAll";
    public static final String OF_ORGANISATION = "WebhookSubscription.ofOrganisation";
    public static final String COUNT_OF_ORGANISATION = "WebhookSubscription.countOfOrganisation";
    public static final String ALL = "WebhookSubscription.all";
    public static final String COUNT_ALL = "WebhookSubscription.countAll";

    /** The longest URL taken. */
    public static final int MAX_URL = 2000;

    @Id
    @SequenceGenerator(
            name = "webhook_subscription_seq",
            sequenceName = "webhook_subscription_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
    private Long id;

    /** Null: every organisation's events (an admin's subscription). */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(nullable = false, length = MAX_URL)
    private String url;

    /** The topics' names, separated by commas. */
    @Column(nullable = false, length = 500)
    private String events;

    @Convert(converter = PersonalDataConverter.class)
    @Column(nullable = false, length = 300)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected WebhookSubscription() {}

    public WebhookSubscription(
            Long organisationId,
            long ownerId,
            String url,
            Set<WebhookTopic> topics,
            String secret,
            OffsetDateTime createdAt) {
        this.organisationId = organisationId;
        this.ownerId = ownerId;
        this.url = url;
        this.events = topics.stream().sorted().map(WebhookTopic::wireName).collect(Collectors.joining(","));
        this.secret = secret;
        this.createdAt = createdAt;
    }

    public boolean listensTo(WebhookTopic topic) {
        return topics().contains(topic);
    }

    /** Whether an organizer of {@code organisation} (null: an admin) may see and change it. */
    public boolean isVisibleTo(Long organisation) {
        return organisation == null || organisation.equals(organisationId);
    }

    public Long id() {
        return id;
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public long ownerId() {
        return ownerId;
    }

    public String url() {
        return url;
    }

    public List<WebhookTopic> topics() {
        return Arrays.stream(events.split(","))
                .map(WebhookTopic::byName)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The signing secret, decrypted. */
    public String secret() {
        return secret;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
