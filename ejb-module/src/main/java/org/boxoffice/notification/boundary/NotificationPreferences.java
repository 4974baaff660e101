package org.boxoffice.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.boxoffice.notification.entity.NotificationKind;

/**
 * Which notifications a customer wants by mail too, kept in {@code notification_preference}: one
 * row per kind the customer chose for, none meaning yes. A kind that is not {@linkplain
 * NotificationKind#isOptional() optional} is always mailed.
 */
@Stateless
public class NotificationPreferences {

    @PersistenceContext
    EntityManager em;

    /** Whether a notification of this kind goes to the account by mail (it reaches the portal either way). */
    public boolean wantsMail(long accountId, NotificationKind kind) {
        if (!kind.isOptional()) {
            return true;
        }
        List<?> chosen = em.createNativeQuery(
                        "select mail from notification_preference where account_id = ?1 and kind = ?2")
                .setParameter(1, accountId)
                .setParameter(2, kind.name())
                .getResultList();
        return chosen.isEmpty() || Boolean.TRUE.equals(chosen.get(0));
    }
}
