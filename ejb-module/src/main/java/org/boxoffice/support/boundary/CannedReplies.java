package org.boxoffice.support.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.support.entity.CannedReply;
import org.boxoffice.support.entity.SupportException;
import org.boxoffice.support.entity.SupportException.Reason;

/** The support desk's canned replies: kept by support staff and admins, used to prefill an answer. */
@Stateless
public class CannedReplies {

    @PersistenceContext
    EntityManager em;

    /**
     * The replies, by language and title; of one language only when {@code language} is given.
     *
     * @throws SupportException not-staff, invalid-language
     */
    public List<CannedReply> list(Account staff, String language) {
        requireStaff(staff);
        if (language == null || language.isBlank()) {
            return em.createNamedQuery(CannedReply.ALL, CannedReply.class).getResultList();
        }
        return em.createNamedQuery(CannedReply.OF_LANGUAGE, CannedReply.class)
                .setParameter("language", CannedReply.checkedLanguage(language))
                .getResultList();
    }

    /** @throws SupportException not-staff, unknown-canned-reply */
    public CannedReply get(Account staff, long replyId) {
        requireStaff(staff);
        return Optional.ofNullable(em.find(CannedReply.class, replyId))
                .orElseThrow(() -> new SupportException(Reason.UNKNOWN_CANNED_REPLY, replyId));
    }

    /** @throws SupportException not-staff, invalid-title, invalid-body, invalid-language */
    public CannedReply create(Account staff, String title, String body, String language) {
        requireStaff(staff);
        CannedReply reply = new CannedReply(staff.id(), title, body, language, now());
        em.persist(reply);
        em.flush();
        return reply;
    }

    /** @throws SupportException not-staff, unknown-canned-reply, invalid-title, invalid-body, invalid-language */
    public CannedReply change(Account staff, long replyId, String title, String body, String language) {
        CannedReply reply = get(staff, replyId);
        reply.change(title, body, language, now());
        em.flush();
        return reply;
    }

    /** @throws SupportException not-staff, unknown-canned-reply */
    public void delete(Account staff, long replyId) {
        em.remove(get(staff, replyId));
    }

    private static void requireStaff(Account account) {
        if (!SupportCases.isStaff(account)) {
            throw new SupportException(Reason.NOT_STAFF);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
