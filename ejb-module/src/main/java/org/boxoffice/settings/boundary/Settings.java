package org.boxoffice.settings.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.entity.Account;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.settings.control.SettingChanged;
import org.boxoffice.settings.control.SettingsCache;
import org.boxoffice.settings.entity.Setting;
import org.boxoffice.settings.entity.SettingException;
import org.boxoffice.settings.entity.SettingException.Reason;
import org.boxoffice.settings.entity.SettingState;
import org.boxoffice.settings.entity.StoredSetting;

/**
 * The system settings: what the other components read instead of MicroProfile Config for the
 * values admins may change while the platform runs (each typed getter below), and the admins'
 * changes, audited with the value before and after. Reads come from {@link SettingsCache}: at most a
 * few seconds old on another instance, current at once on the one that made the change.
 */
@Stateless
public class Settings {

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsCache cache;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SettingChanged> changes;

    /** How long a booking holds its seats before it must be paid. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Duration holdDuration() {
        return (Duration) cache.value(Setting.HOLD_DURATION);
    }

    /** How many hours before its event a confirmed booking's holder is reminded. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int reminderHours() {
        return (Integer) cache.value(Setting.REMINDER_HOURS);
    }

    /** How many failed sign-ins in a row lock an account. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int lockoutAttempts() {
        return (Integer) cache.value(Setting.LOCKOUT_ATTEMPTS);
    }

    /** How long the account stays locked. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Duration lockoutDuration() {
        return (Duration) cache.value(Setting.LOCKOUT_DURATION);
    }

    /** The service fee per ticket of organisations without their own, for events in its currency. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Money defaultServiceFee() {
        return (Money) cache.value(Setting.DEFAULT_SERVICE_FEE);
    }

    /** Who gets every nightly sales report besides the organisation's finance contacts. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> financeAddresses() {
        return (List<String>) cache.value(Setting.FINANCE_ADDRESSES);
    }

    /** The sender of every mail. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String mailFrom() {
        return (String) cache.value(Setting.MAIL_FROM);
    }

    /** Whether webhooks may go to loopback, link-local, private and other non-public addresses. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean webhookPrivateAddresses() {
        return (Boolean) cache.value(Setting.WEBHOOK_PRIVATE_ADDRESSES);
    }

    /** Every setting, in the order of {@link Setting}, read from the database now. */
    public List<SettingState> list() {
        Map<String, StoredSetting> stored = em.createNamedQuery(StoredSetting.ALL, StoredSetting.class)
                .getResultStream()
                .collect(Collectors.toMap(StoredSetting::name, Function.identity()));
        return Arrays.stream(Setting.values())
                .map(setting -> state(setting, stored.get(setting.key())))
                .toList();
    }

    /** @throws SettingException for an unknown key */
    public SettingState get(String key) {
        Setting setting = setting(key);
        return state(setting, em.find(StoredSetting.class, setting.key()));
    }

    /**
     * Sets a setting's value, in force on this instance at once and on the others within the
     * cache's age; done by the admin {@code adminId} from {@code address}, and audited with the
     * value before and after.
     *
     * @throws SettingException for an unknown key or a value the setting does not take
     */
    public SettingState change(long adminId, String key, String value, String address) {
        Setting setting = setting(key);
        return store(adminId, setting, setting.normalize(value), address);
    }

    /**
     * Takes a setting back to its default (MicroProfile Config's); audited as a change is.
     *
     * @throws SettingException for an unknown key
     */
    public SettingState reset(long adminId, String key, String address) {
        return store(adminId, setting(key), null, address);
    }

    private SettingState store(long adminId, Setting setting, String normalized, String address) {
        Account admin = accounts.get(adminId);
        StoredSetting stored = em.find(StoredSetting.class, setting.key(), LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            stored = new StoredSetting(setting);
            em.persist(stored);
        }
        String before = stored.change(normalized, admin.id(), admin.email(), now());
        audit.record(
                admin.id(),
                admin.email(),
                normalized == null ? Action.SETTING_RESET : Action.SETTING_CHANGED,
                null,
                setting.key() + ": " + shown(setting, before) + " -> " + shown(setting, normalized),
                address);
        em.flush();
        changes.fire(new SettingChanged(setting));
        return state(setting, stored);
    }

    /** A value for the audit trail: the default is named as such. */
    private String shown(Setting setting, String value) {
        return value == null ? "(default " + quoted(cache.defaultText(setting)) + ")" : quoted(value);
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private SettingState state(Setting setting, StoredSetting stored) {
        String defaultValue = setting.format(cache.defaultValue(setting));
        String value = stored == null ? null : stored.value().orElse(null);
        return new SettingState(
                setting,
                value == null ? defaultValue : value,
                defaultValue,
                value != null,
                stored == null ? Optional.empty() : stored.changedBy(),
                stored == null ? Optional.empty() : stored.changedByEmail(),
                stored == null ? Optional.empty() : stored.changedAt());
    }

    private static Setting setting(String key) {
        String given = key == null ? "" : key;
        return Setting.byKey(given)
                .orElseThrow(() -> new SettingException(
                        Reason.UNKNOWN, given.length() > 100 ? given.substring(0, 100) + "…" : given));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
