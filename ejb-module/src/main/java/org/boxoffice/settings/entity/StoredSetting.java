package org.boxoffice.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What is stored of one setting: its value while an admin has set one (none while it takes its
 * default), and who changed it last and when, also when that change was back to the default.
 */
@Entity
@Table(name = "setting")
@NamedQuery(name = StoredSetting.ALL, query = "select s from StoredSetting s")
@NamedQuery(
        name = StoredSetting.VALUES,
        query = "select s.name, s.value from StoredSetting s where s.value is not null")
public class StoredSetting {

    public static final String ALL = "StoredSetting.all";
    /** The key and value of each setting that has one: pairs of strings, no entities. */
    public static final String VALUES = "StoredSetting.values";

    @Id
    @Column(length = 100)
    private String name;

    @Column(name = "stored_value", length = Setting.MAX_LENGTH)
    private String value;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_by_email", length = 254)
    private String changedByEmail;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected StoredSetting() {}

    public StoredSetting(Setting setting) {
        this.name = setting.key();
    }

    public String name() {
        return name;
    }

    /** The value an admin set, in its normalized form; empty while the setting takes its default. */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    public Optional<Long> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    public Optional<String> changedByEmail() {
        return Optional.ofNullable(changedByEmail);
    }

    public Optional<OffsetDateTime> changedAt() {
        return Optional.ofNullable(changedAt);
    }

    /**
     * Sets the value (null: back to the default), as done by {@code adminId} at {@code at}.
     *
     * @return the value before, null for the default
     */
    public String change(String normalized, long adminId, String adminEmail, OffsetDateTime at) {
        String before = value;
        value = normalized;
        changedBy = adminId;
        changedByEmail = adminEmail;
        changedAt = at;
        return before;
    }
}
