package org.boxoffice.account.entity;

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

/**
 * One grant or withdrawal of consent, kept as a record: when, to which version of the text, from
 * where. Rows are never changed; the newest of a kind is the account's current choice.
 */
@Entity
@Table(name = "consent")
@NamedQuery(
        name = Consent.OF_ACCOUNT,
        query = "select c from Consent c where c.accountId = :account order by c.recordedAt desc, c.id desc")
public class Consent {

    public static final String OF_ACCOUNT = "Consent.ofAccount";

    public enum Kind {
        /** The terms of use: required to have an account. */
        TERMS,
        /** News and offers by mail. */
        MARKETING,
        /** Use of activity for statistics and recommendations. */
        ANALYTICS
    }

    @Id
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false)
    private boolean granted;

    @Column(name = "text_version", nullable = false, length = 40)
    private String textVersion;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(length = 100)
    private String address;

    protected Consent() {}

    public Consent(
            long accountId, Kind kind, boolean granted, String textVersion, OffsetDateTime recordedAt, String address) {
        this.accountId = accountId;
        this.kind = kind;
        this.granted = granted;
        this.textVersion = textVersion;
        this.recordedAt = recordedAt;
        this.address = address;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isGranted() {
        return granted;
    }

    public String textVersion() {
        return textVersion;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public String address() {
        return address;
    }
}
