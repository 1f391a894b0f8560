package org.zhicheng.core.internal.audit;

import java.time.LocalDate;

import javax.persistence.EntityManager;

/**
 * Told of every act core records, inside the act's own transaction (before the audit entry is appended): what it
 * writes with {@code em} commits or rolls back with the act. Registered as a service of core; private to core.
 */
public interface AuditObserver {

    void recorded(EntityManager em, String actor, String action, String subject, String detail, LocalDate platformDate);
}
