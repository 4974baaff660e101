package org.boxoffice.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Consent;
import org.boxoffice.account.entity.Consent.Kind;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Consents and privacy preferences. Agreeing to the terms is part of registering; marketing mail
 * and analytics are off until their owner switches them on, and can be switched off at any time.
 * Each change is a new record with the version of the text it refers to.
 */
@Stateless
public class Consents {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "boxoffice.privacy.terms-version", defaultValue = "2026-11-01")
    String termsVersion;

    @Inject
    @ConfigProperty(name = "boxoffice.privacy.policy-version", defaultValue = "2026-11-01")
    String policyVersion;

    /**
     * The choices made when registering: the terms of the current version (which {@link
     * Registration} has checked were accepted), marketing and analytics.
     */
    public void registered(Account account, boolean marketing, boolean analytics, String address) {
        OffsetDateTime now = now();
        em.persist(new Consent(account.id(), Kind.TERMS, true, termsVersion, now, address));
        em.persist(new Consent(account.id(), Kind.MARKETING, marketing, policyVersion, now, address));
        em.persist(new Consent(account.id(), Kind.ANALYTICS, analytics, policyVersion, now, address));
    }

    /**
     * Changes the privacy preferences; only what differs from the current choice is recorded.
     *
     * @return the current choices afterwards
     */
    public Map<Kind, Consent> changePreferences(Account account, boolean marketing, boolean analytics, String address) {
        Map<Kind, Consent> current = current(account.id());
        OffsetDateTime now = now();
        for (Map.Entry<Kind, Boolean> wanted :
                Map.of(Kind.MARKETING, marketing, Kind.ANALYTICS, analytics).entrySet()) {
            Consent was = current.get(wanted.getKey());
            if (was == null || was.isGranted() != wanted.getValue()) {
                Consent changed =
                        new Consent(account.id(), wanted.getKey(), wanted.getValue(), policyVersion, now, address);
                em.persist(changed);
                current.put(wanted.getKey(), changed);
                audit.record(
                        account.id(),
                        account.email(),
                        Action.CONSENT_CHANGED,
                        account.id(),
                        wanted.getKey() + (wanted.getValue() ? " granted" : " withdrawn") + " (version " + policyVersion
                                + ")",
                        address);
            }
        }
        return current;
    }

    /** The newest record of each kind. */
    public Map<Kind, Consent> current(long accountId) {
        Map<Kind, Consent> current = new EnumMap<>(Kind.class);
        for (Consent consent : history(accountId)) {
            current.putIfAbsent(consent.kind(), consent);
        }
        return current;
    }

    /** Every record, newest first. */
    public List<Consent> history(long accountId) {
        return em.createNamedQuery(Consent.OF_ACCOUNT, Consent.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    public String termsVersion() {
        return termsVersion;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
