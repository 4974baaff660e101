package org.boxoffice.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.boxoffice.notification.control.Mailer;
import org.boxoffice.notification.entity.CapturedMail;
import org.boxoffice.platform.control.Database;

/**
 * The development mail box: the mails the platform keeps instead of sending them, when no SMTP
 * server is configured. Mails themselves go out through {@link Notifications}.
 */
@Stateless
public class Mails {

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Database database;

    /**
     * Whether the development mail box shows the kept mails: only with no SMTP server and on the
     * embedded database, never where real people's links could be read by anyone.
     */
    public boolean isDevelopmentMailbox() {
        return mailer.isCapturing() && database.isEmbedded();
    }

    /** The newest mails of the development mail box; none anywhere else. */
    public List<CapturedMail> captured(int max) {
        if (!isDevelopmentMailbox()) {
            return List.of();
        }
        return em.createNamedQuery(CapturedMail.NEWEST, CapturedMail.class)
                .setMaxResults(max)
                .getResultList();
    }
}
