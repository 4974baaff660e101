package org.boxoffice.bench.stack;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The transaction boundary: each call reads the rows in a JTA transaction of its own. */
@Stateless
public class Rows {

    @PersistenceContext
    EntityManager em;

    public List<Row> all() {
        return em.createNamedQuery(Row.ALL, Row.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(r) from Row r", Long.class).getSingleResult();
    }

    public void add(Row row) {
        em.persist(row);
    }
}
