package org.zhicheng.core.internal.career;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javax.persistence.EntityManager;

import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.career.Seniority;
import org.zhicheng.core.internal.file.FileValueEntity;
import org.zhicheng.core.internal.persistence.ApplicationEntity;

/**
 * a file's seniority, from the dates in its own 基本情况 (which the professional record fills), counted to the
 * evaluation year's cutoff: what the file shows, the experts read and computed scoring items are given.
 */
public final class FileSeniority {

    private FileSeniority() {
    }

    public static Seniority of(EntityManager em, ApplicationEntity file, CampaignService campaigns) {
        int year = file.getEvaluationYear();
        LocalDate cutoff = campaigns.campaign(year).map(c -> c.seniorityCutoff()).orElse(LocalDate.of(year, 12, 31));
        LocalDate startedWork = null;
        LocalDate appointed = null;
        for (Object[] value : em.createNamedQuery(FileValueEntity.VALUES_OF_APPLICATION, Object[].class)
                .setParameter("applicationId", file.getId()).getResultList()) {
            if (CareerFields.SECTION.equals(value[0])) {
                if (value[1].equals("started-work")) {
                    startedWork = date((String) value[2]);
                } else if (value[1].equals("appointed")) {
                    appointed = date((String) value[2]);
                }
            }
        }
        return Seniority.of(startedWork, appointed, cutoff);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null; // stored values are checked dates; an unreadable one counts as none
        }
    }
}
