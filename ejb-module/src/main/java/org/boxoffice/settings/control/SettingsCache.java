package org.boxoffice.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.boxoffice.settings.entity.Setting;
import org.boxoffice.settings.entity.SettingException;
import org.boxoffice.settings.entity.StoredSetting;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings' values as this instance sees them: those stored in the database, read again when
 * they are older than {@code boxoffice.settings.cache-seconds} (5), else MicroProfile Config's.
 * A change made on this instance is seen at once (the cache is dropped after its commit); one made
 * on another instance within the cache's age. The database is the only truth: nothing is kept
 * here that the next read does not take from it again.
 */
@ApplicationScoped
public class SettingsCache {

    private static final Logger LOG = Logger.getLogger(SettingsCache.class.getName());

    /** The stored values by key, and when (System.nanoTime) they were read. */
    private record Snapshot(Map<String, String> values, long readAt) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "boxoffice.settings.cache-seconds", defaultValue = "5")
    long cacheSeconds;

    private volatile Snapshot snapshot;

    /** Counts the drops: a read that began before a drop does not keep what it read. */
    private final AtomicLong generation = new AtomicLong();

    /** The setting's value, typed (see {@link Setting#parse}): the stored one, else the default. */
    public Object value(Setting setting) {
        return stored(setting)
                .flatMap(text -> {
                    try {
                        return Optional.of(setting.parse(text, false));
                    } catch (SettingException e) {
                        LOG.warning(() -> "the stored value of " + setting.key() + " is not one it takes, so its"
                                + " default applies: " + e.getMessage());
                        return Optional.empty();
                    }
                })
                .orElseGet(() -> defaultValue(setting));
    }

    /** The value stored in the database, as last read. */
    public Optional<String> stored(Setting setting) {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.readAt() > cacheSeconds * 1_000_000_000L) {
            current = read();
        }
        return Optional.ofNullable(current.values().get(setting.key()));
    }

    /**
     * The default, typed: MicroProfile Config's value, taken as the operator wrote it (its form is
     * checked, not the range a change keeps to).
     *
     * @throws IllegalStateException when MicroProfile Config's value is not of the setting's type
     */
    public Object defaultValue(Setting setting) {
        String text = defaultText(setting);
        try {
            return setting.parse(text, false);
        } catch (SettingException e) {
            throw new IllegalStateException(
                    setting.key() + " in MicroProfile Config is not a value it takes: " + e.getMessage(), e);
        }
    }

    /** The default as MicroProfile Config has it (an empty text for none). */
    public String defaultText(Setting setting) {
        return config.getOptionalValue(setting.key(), String.class).orElse(setting.fallback());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettingChanged change) {
        generation.incrementAndGet();
        snapshot = null;
    }

    private Snapshot read() {
        long before = generation.get();
        Map<String, String> values = new HashMap<>();
        em.createNamedQuery(StoredSetting.VALUES, Object[].class)
                .getResultStream()
                .forEach(row -> values.put((String) row[0], (String) row[1]));
        Snapshot read = new Snapshot(Map.copyOf(values), System.nanoTime());
        if (generation.get() == before) {
            snapshot = read;
        }
        return read;
    }
}
