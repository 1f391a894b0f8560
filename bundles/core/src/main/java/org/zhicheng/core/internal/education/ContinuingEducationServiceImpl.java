package org.zhicheng.core.internal.education;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.education.ContinuingEducationService;
import org.zhicheng.api.education.EducationCheck;
import org.zhicheng.api.education.EducationExemption;
import org.zhicheng.api.education.EducationRecord;
import org.zhicheng.api.series.ContinuingEducationRule;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.persistence.ApplicantEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.Guarded;
import org.zhicheng.core.internal.unit.UnitRules;

@Component(service = ContinuingEducationService.class)
public class ContinuingEducationServiceImpl implements ContinuingEducationService {

    /** R-18 (2023 notice): from these years on, the platform's own records are the only proof. */
    static final int PLATFORM_PROFESSIONAL_FROM = 2021;
    static final int PLATFORM_PUBLIC_FROM = 2022;
    /** The years an education record may name (EducationRecord): an exemption replaces one of them. */
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;

    private final JpaTemplate jpa;
    private final SeriesCatalog catalog;
    private final AuditLogImpl audit;

    @Activate
    public ContinuingEducationServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                                          @Reference SeriesCatalog catalog, @Reference AuditLogImpl audit) {
        this.jpa = jpa;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Override
    public EducationRecord record(EducationRecord record, Actor actor) {
        if (record == null) {
            throw Refusal.INVALID_INPUT.variant("education.recordRequired").refuse();
        }
        Access.requireActor(actor);
        int platformFrom = record.kind() == EducationRecord.Kind.PROFESSIONAL ? PLATFORM_PROFESSIONAL_FROM : PLATFORM_PUBLIC_FROM;
        if (record.source() == EducationRecord.Source.UPLOADED && record.year() >= platformFrom) {
            throw Refusal.PLATFORM_RECORD_REQUIRED
                    .variant(record.kind() == EducationRecord.Kind.PROFESSIONAL ? "professional" : "public").refuse(platformFrom);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Guarded.applicantForAny(em, record.applicantId(), actor, Act.EDIT, Act.BUREAU_REVIEW);
            EducationRecordEntity entity = new EducationRecordEntity(record, Instant.now());
            em.persist(entity);
            em.flush();
            audit.record(em, actor.username(), "EDUCATION_RECORDED", "applicant:" + record.applicantId(), record.year() + "年"
                    + record.kind() + " " + record.hours() + "学时，" + record.source() + " " + record.reference());
            return entity.toRecord();
        });
    }

    @Override
    public List<EducationRecord> records(long applicantId, Actor actor) {
        return readable(applicantId, actor, EducationRecordEntity.FOR_APPLICANT, EducationRecordEntity.class,
                EducationRecordEntity::toRecord);
    }

    @Override
    public void recordExemption(long applicantId, int year, String approvedBy, String reference, Actor actor) {
        if (approvedBy == null || approvedBy.isBlank() || reference == null || reference.isBlank()) {
            throw Refusal.INVALID_INPUT.variant("education.exemptionApproval").refuse();
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw Refusal.INVALID_INPUT.variant("education.exemptionYear").refuse(year);
        }
        Access.requireActor(actor);
        jpa.tx(TransactionType.Required, em -> {
            // the approved form is checked by the reviewing bureau or series department, not entered by the applicant
            Guarded.applicantForAny(em, applicantId, actor, Act.BUREAU_REVIEW);
            boolean already = em.createNamedQuery(EducationExemptionEntity.FOR_APPLICANT, EducationExemptionEntity.class)
                    .setParameter("applicantId", applicantId).getResultList().stream()
                    .anyMatch(e -> e.toExemption().year() == year);
            if (already) {
                // one approved form a year (Annex 4): a second would hide which one the check relied on
                throw Refusal.ALREADY_EXEMPT.refuse(year);
            }
            em.persist(new EducationExemptionEntity(applicantId, year, approvedBy.trim(), reference.trim(), Instant.now()));
            em.flush();
            audit.record(em, actor.username(), "EDUCATION_EXEMPTED", "applicant:" + applicantId,
                    year + "年度继续教育免修，" + approvedBy.trim() + " " + reference.trim());
        });
    }

    @Override
    public List<EducationExemption> exemptions(long applicantId, Actor actor) {
        return readable(applicantId, actor, EducationExemptionEntity.FOR_APPLICANT, EducationExemptionEntity.class,
                EducationExemptionEntity::toExemption);
    }

    /** The applicant's rows of one kind, for whoever may read the applicant or one of their files. */
    private <E, T> List<T> readable(long applicantId, Actor actor, String forApplicant, Class<E> type, Function<E, T> toRecord) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            Guarded.applicantForAny(em, applicantId, actor, Act.VIEW);
            return em.createNamedQuery(forApplicant, type).setParameter("applicantId", applicantId).getResultList().stream()
                    .map(toRecord).toList();
        });
    }

    @Override
    public EducationCheck check(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity application = Guarded.application(em, applicationId, actor, Act.VIEW);
            long applicantId = application.getApplicant().getId();
            int year = application.getEvaluationYear();
            ContinuingEducationRule rule = catalog.find(application.getSeriesCode())
                    .orElseThrow(() -> Refusals.unknownSeries(application.getSeriesCode())).policy().continuingEducation();
            List<Integer> years = new ArrayList<>();
            if (UnitRules.privateEnterprise(em, application.getApplicant())) {
                // staff of a private enterprise (their unit's type) applying for the first time have no
                // requirement; others the previous and the current year
                boolean appliedBefore = !em.createQuery("SELECT a.id FROM ApplicationEntity a WHERE a.applicant.id = :applicant"
                                + " AND a.evaluationYear < :year", Long.class)
                        .setParameter("applicant", applicantId).setParameter("year", year).getResultList().isEmpty();
                if (appliedBefore) {
                    years.add(year - 1);
                    years.add(year);
                }
            } else {
                for (int y = year - rule.years(); y < year; y++) {
                    years.add(y); // the last years' certificates
                }
            }
            List<EducationRecord> records = em.createNamedQuery(EducationRecordEntity.FOR_APPLICANT, EducationRecordEntity.class)
                    .setParameter("applicantId", applicantId).getResultList().stream().map(EducationRecordEntity::toRecord).toList();
            Set<Integer> exempt = em.createNamedQuery(EducationExemptionEntity.FOR_APPLICANT, EducationExemptionEntity.class)
                    .setParameter("applicantId", applicantId).getResultList().stream()
                    .map(EducationExemptionEntity::getYear).collect(Collectors.toSet());
            List<String> shortfalls = new ArrayList<>();
            for (int y : years) {
                if (!exempt.contains(y)) {
                    shortfalls.addAll(shortfalls(y, records, rule));
                }
            }
            return new EducationCheck(shortfalls.isEmpty(), years, shortfalls);
        });
    }

    /** R-24 (or the series' own numbers, R-25): total hours, professional hours, and both kinds of certificate. */
    private static List<String> shortfalls(int year, List<EducationRecord> records, ContinuingEducationRule rule) {
        int professional = hours(records, year, EducationRecord.Kind.PROFESSIONAL);
        int publicHours = hours(records, year, EducationRecord.Kind.PUBLIC);
        List<String> missing = new ArrayList<>();
        if (professional + publicHours < rule.annualHours()) {
            missing.add(year + "年度：总学时" + (professional + publicHours) + "，少于" + rule.annualHours());
        }
        if (professional < rule.professionalHours()) {
            missing.add(year + "年度：专业科目学时" + professional + "，少于" + rule.professionalHours());
        }
        if (publicHours == 0) {
            missing.add(year + "年度：缺少公需科目学时");
        }
        return missing;
    }

    private static int hours(List<EducationRecord> records, int year, EducationRecord.Kind kind) {
        return records.stream().filter(r -> r.year() == year && r.kind() == kind).mapToInt(EducationRecord::hours).sum();
    }
}
