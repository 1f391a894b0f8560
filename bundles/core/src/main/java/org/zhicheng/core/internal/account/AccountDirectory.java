package org.zhicheng.core.internal.account;

import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;

/** Enabled accounts as actors, for core's own decisions about them (e.g. whom a file's message is for). */
public final class AccountDirectory {

    private AccountDirectory() {
    }

    /** The enabled accounts of the given roles. */
    public static List<Actor> enabled(EntityManager em, Set<Role> roles) {
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.role IN :roles AND a.enabled = TRUE ORDER BY a.username",
                        AccountEntity.class)
                .setParameter("roles", roles).getResultList().stream()
                .map(account -> AccountServiceImpl.actor(em, account)).toList();
    }

    /** The enabled accounts of an applicant (usually one). */
    public static List<Actor> ofApplicant(EntityManager em, long applicantId) {
        return em.createNamedQuery(AccountEntity.FOR_APPLICANT, AccountEntity.class).setParameter("applicantId", applicantId)
                .getResultList().stream().filter(AccountEntity::isEnabled)
                .map(account -> AccountServiceImpl.actor(em, account)).toList();
    }
}
