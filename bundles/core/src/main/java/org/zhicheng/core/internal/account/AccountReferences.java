package org.zhicheng.core.internal.account;

import javax.persistence.EntityManager;

import org.zhicheng.api.domain.TextLimits;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.unit.Counties;
import org.zhicheng.core.internal.evaluation.ExpertEntity;
import org.zhicheng.core.internal.persistence.SeriesEntity;

/**
 * What a new account names must exist (issue 15 item 1): its expert in the registry, each of its series among the
 * installed ones, its county among the prefecture's; and its texts fit their columns. Demo accounts skip this: they are
 * created before the series plugins have registered.
 */
final class AccountReferences {

    private AccountReferences() {
    }

    static void require(EntityManager em, Actor account) {
        TextLimits.Field.USERNAME.check(account.username());
        TextLimits.Field.DISPLAY_NAME.check(account.displayName());
        TextLimits.Field.EMPLOYER.check(account.employer());
        TextLimits.Field.EXPERT_ID.check(account.expertId());
        if (account.expertId() != null && em.find(ExpertEntity.class, account.expertId()) == null) {
            throw Refusal.UNKNOWN_EXPERT.refuseOn("expertId", account.expertId());
        }
        for (String code : account.seriesCodes()) {
            if (code == null || em.find(SeriesEntity.class, code) == null) {
                throw Refusal.UNKNOWN_SERIES.refuseOn("seriesCodes", code);
            }
        }
        if (account.county() != null && !Counties.ALL.contains(account.county())) {
            throw Refusal.INVALID_INPUT.variant("county").refuseOn("county", account.county());
        }
    }
}
