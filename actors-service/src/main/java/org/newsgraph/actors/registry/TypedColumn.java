package org.newsgraph.actors.registry;

import org.hibernate.query.NativeQuery;

import jakarta.persistence.EntityManager;

/**
 * A native query of one column, typed by the column's name. Given a result class instead, Hibernate keys the query's
 * plan by an object made anew at each call, so every call planned the query again and filled the plan cache with
 * copies.
 */
final class TypedColumn {

    private TypedColumn() {
    }

    @SuppressWarnings("unchecked")
    static <T> NativeQuery<T> query(EntityManager entityManager, String sql, String column, Class<T> type) {
        return entityManager.createNativeQuery(sql).unwrap(NativeQuery.class).addScalar(column, type);
    }
}
