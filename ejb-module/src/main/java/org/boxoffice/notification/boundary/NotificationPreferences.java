package org.boxoffice.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.boxoffice.notification.entity.MailChoice;
import org.boxoffice.notification.entity.NotificationKind;
import org.boxoffice.notification.entity.NotificationPreference;

/**
 * Which kinds of notification a customer wants by mail. Every kind is mailed unless its customer
 * switched it off, and a mandatory kind (not {@link NotificationKind#isOptional()}) is mailed
 * whatever is stored. The portal's notification centre shows every notification regardless.
 */
@Stateless
public class NotificationPreferences {

    @PersistenceContext
    EntityManager em;

    /** Whether to mail a notification of this kind to the account: true by default, always for mandatory kinds. */
    public boolean wantsMail(long accountId, NotificationKind kind) {
        if (!kind.isOptional()) {
            return true;
        }
        NotificationPreference stored =
                em.find(NotificationPreference.class, new NotificationPreference.Key(accountId, kind));
        return stored == null || stored.mail();
    }

    /** The account's choice for every kind a customer sees (those of bookings and events), in the kinds' order. */
    public List<MailChoice> list(long accountId) {
        Map<NotificationKind, Boolean> stored = new EnumMap<>(NotificationKind.class);
        em.createNamedQuery(NotificationPreference.OF_ACCOUNT, NotificationPreference.class)
                .setParameter("account", accountId)
                .getResultList()
                .forEach(preference -> preference.kind().ifPresent(kind -> stored.put(kind, preference.mail())));
        return NotificationKind.ofPortal().stream()
                .map(kind -> new MailChoice(kind, !kind.isOptional() || stored.getOrDefault(kind, true)))
                .toList();
    }

    /**
     * Switches the mail of one kind on or off.
     *
     * @throws org.boxoffice.notification.entity.MandatoryNotificationException when a mandatory
     *     kind is switched off
     */
    public void change(long accountId, NotificationKind kind, boolean mail) {
        kind.checkMailChoice(mail);
        if (!kind.isOptional()) {
            return; // always mailed: nothing to keep
        }
        NotificationPreference stored =
                em.find(NotificationPreference.class, new NotificationPreference.Key(accountId, kind));
        if (stored == null) {
            em.persist(new NotificationPreference(accountId, kind, mail));
        } else {
            stored.change(mail);
        }
    }

    /**
     * Several choices at once, all or none: one refused choice changes nothing.
     *
     * @return the account's choices afterwards, as {@link #list(long)}
     * @throws org.boxoffice.notification.entity.MandatoryNotificationException when a mandatory
     *     kind is switched off
     */
    public List<MailChoice> change(long accountId, Map<NotificationKind, Boolean> choices) {
        choices.forEach(NotificationKind::checkMailChoice);
        choices.forEach((kind, mail) -> change(accountId, kind, mail));
        return list(accountId);
    }
}
