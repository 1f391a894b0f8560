package org.zhicheng.core.internal;

import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.zhicheng.api.service.ZhichengException;

/** A file act's transaction, shared by the single acts and the bulk ones (issue 16). */
public final class Transactions {

    private Transactions() {
    }

    /**
     * Runs the work in a transaction of its own; a concurrent writer that committed between our read and our write
     * (an optimistic-lock conflict, at flush or at commit) is refused as a stale version, so the caller reloads.
     */
    public static <R> R refusingConflicts(JpaTemplate jpa, EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (ZhichengException e) {
            throw e;
        } catch (OptimisticLockException | RollbackException e) {
            throw Refusals.staleVersion();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw Refusals.staleVersion();
            }
            throw e;
        }
    }
}
