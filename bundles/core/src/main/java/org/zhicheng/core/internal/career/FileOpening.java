package org.zhicheng.core.internal.career;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.EntityManager;

import org.zhicheng.api.bridge.BridgeCheck;
import org.zhicheng.api.bridge.HighSkillBridge;
import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.career.Seniority;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeniorityMinimum;

/**
 * What opening a file checks against the applicant's professional record, inside the opening's transaction: the
 * series' seniority minimums for the level or, for an applicant with a vocational qualification in a bridge
 * series, the high-skill bridge instead; then the new file takes the record's dates, title and education.
 */
public final class FileOpening {

    private final HighSkillBridge bridge;

    public FileOpening(HighSkillBridge bridge) {
        this.bridge = bridge;
    }

    /** The applicant's record, refused when missing or when it does not open the level; {@code cutoff}: R-12's day. */
    public CareerRecord check(EntityManager em, long applicantId, Series series, TitleLevel level, LocalDate cutoff) {
        CareerRecordEntity entity = em.find(CareerRecordEntity.class, applicantId);
        if (entity == null) {
            throw CareerRefusals.recordMissing();
        }
        CareerRecord record = entity.toRecord();
        if (series.policy().highSkillBridge() && record.vocational() != null) {
            // education, papers, foreign-language and computer requirements are waived; the qualification and
            // the years of technical work after it decide the level
            BridgeCheck check = bridge.check(series.code(), record.vocational().level(), record.yearsOfTechnicalWork(),
                    record.appraisalsPassed(), level);
            if (!check.eligible()) {
                throw CareerRefusals.bridgeNotOpen(check);
            }
            return record;
        }
        SeniorityMinimum minimum = series.seniorityFor(level).orElse(null);
        if (minimum != null) {
            Seniority seniority = Seniority.of(record.startedWork(), record.appointed(), cutoff);
            if (seniority.yearsOfWork() < minimum.yearsOfWork()) {
                throw CareerRefusals.seniorityTooShort(level.officialTerm(), "参加工作", minimum.yearsOfWork(),
                        seniority.yearsOfWork(), cutoff);
            }
            if (seniority.yearsInAppointment() < minimum.yearsInAppointment()) {
                throw CareerRefusals.seniorityTooShort(level.officialTerm(), "现职务聘任", minimum.yearsInAppointment(),
                        seniority.yearsInAppointment(), cutoff);
            }
        }
        return record;
    }

    /** The new file's 基本情况 fields the record fills. */
    public void fill(EntityManager em, long applicationId, CareerRecord record, Instant at, String by) {
        CareerFields.write(em, applicationId, record, at, by);
    }
}
