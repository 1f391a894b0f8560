package org.zhicheng.core.internal.notify;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.security.Act;

/**
 * A day before a deadline, everyone it concerns is told, once per deadline and person however often the check runs
 * (each reminder carries a key naming the deadline and the person): the applicant of a returned file, of a
 * file whose fee is due, and each reviewer with files still waiting when the review window closes.
 * Counted on the platform's date.
 */
final class DeadlineReminders {

    private final JpaTemplate jpa;
    private final NotificationCenter center;

    DeadlineReminders(JpaTemplate jpa, NotificationCenter center) {
        this.jpa = jpa;
        this.center = center;
    }

    /** Writes the reminders due on {@code today} that were not written yet; answers how many it wrote. */
    int run(LocalDate today) {
        LocalDate tomorrow = today.plusDays(1);
        return jpa.txExpr(TransactionType.Required, em -> {
            int written = 0;
            for (ApplicationEntity file : files(em, ApplicationStatus.RETURNED)) {
                Campaign c = center.campaign(file).orElse(null);
                if (c != null && file.getReturnedOn() != null && file.getReturnedOn().plusDays(c.returnDeadlineDays()).equals(tomorrow)) {
                    written += toApplicant(em, file, Texts.resubmitTomorrow(center.ref(file), tomorrow), today,
                            "deadline:resubmit:" + file.getId() + ":" + tomorrow);
                }
            }
            for (ApplicationEntity file : files(em, ApplicationStatus.MATERIAL_RECEIVED)) {
                Campaign c = center.campaign(file).orElse(null);
                if (c != null && c.feeDeadline().equals(tomorrow)) {
                    written += toApplicant(em, file, Texts.feeTomorrow(center.ref(file), tomorrow), today,
                            "deadline:fee:" + file.getId() + ":" + tomorrow);
                }
            }
            written += reviewersAtWindowClose(em, tomorrow, today);
            return written;
        });
    }

    private int toApplicant(EntityManager em, ApplicationEntity file, Message message, LocalDate today, String key) {
        int written = center.toApplicant(em, file, message, today, key);
        em.flush(); // the next file's check reads this one's keys
        return written;
    }

    /** reviewers act inside the review window; on its last day but one, each with files waiting is told. */
    private int reviewersAtWindowClose(EntityManager em, LocalDate tomorrow, LocalDate today) {
        Map<Actor, Long> waiting = new HashMap<>();
        for (ApplicationEntity file : files(em, ApplicationStatus.SUBMITTED)) {
            if (closesOn(file, tomorrow)) {
                NotificationCenter.covering(em, file, Act.EMPLOYER_REVIEW, Set.of(Role.EMPLOYER))
                        .forEach(a -> waiting.merge(a, 1L, Long::sum));
            }
        }
        for (ApplicationEntity file : files(em, ApplicationStatus.RECOMMENDED)) {
            if (closesOn(file, tomorrow)) {
                NotificationCenter.covering(em, file, Act.BUREAU_REVIEW, Set.of(Role.COUNTY_BUREAU, Role.SERIES_DEPARTMENT))
                        .forEach(a -> waiting.merge(a, 1L, Long::sum));
            }
        }
        int written = 0;
        for (Map.Entry<Actor, Long> e : waiting.entrySet()) {
            if (center.send(em, e.getKey(), Texts.reviewTomorrow(e.getValue(), tomorrow), today,
                    "deadline:review:" + tomorrow + ":" + e.getKey().username())) {
                written++;
            }
        }
        return written;
    }

    private boolean closesOn(ApplicationEntity file, LocalDate day) {
        return center.campaign(file).map(c -> c.reviewWindow().last().equals(day)).orElse(false);
    }

    private static List<ApplicationEntity> files(EntityManager em, ApplicationStatus status) {
        return em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.status = :status ORDER BY a.id", ApplicationEntity.class)
                .setParameter("status", status).getResultList();
    }
}
