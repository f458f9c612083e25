package dev.engagehub.kit.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Runs a native SELECT with positional parameters ?1, ?2… and returns its rows as column arrays. */
public final class NativeRows {
    private NativeRows() {
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> of(EntityManager db, String sql, Object... parameters) {
        Query query = db.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
