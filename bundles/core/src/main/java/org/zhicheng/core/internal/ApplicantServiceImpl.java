package org.zhicheng.core.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.ExamResult;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.core.internal.persistence.ApplicantEntity;
import org.zhicheng.core.internal.persistence.ExamResultEntity;

@Component(service = ApplicantService.class)
public class ApplicantServiceImpl implements ApplicantService {

    private final JpaTemplate jpa;

    @Activate
    public ApplicantServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Applicant register(NewApplicant applicant) {
        if (applicant == null) {
            throw Refusals.invalidInput("申报人信息不能为空");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            boolean taken = !em.createNamedQuery(ApplicantEntity.BY_ID_NUMBER, ApplicantEntity.class)
                    .setParameter("idNumber", applicant.idNumber().value()).getResultList().isEmpty();
            if (taken) {
                throw Refusals.duplicateIdNumber();
            }
            ApplicantEntity entity = new ApplicantEntity(applicant.fullName(), applicant.idNumber().value(),
                    applicant.employer(), applicant.tier(), applicant.phone(), Instant.now());
            em.persist(entity);
            em.flush();
            return entity.toRecord();
        });
    }

    @Override
    public Optional<Applicant> find(long applicantId) {
        return jpa.txExpr(TransactionType.Required,
                em -> Optional.ofNullable(em.find(ApplicantEntity.class, applicantId)).map(ApplicantEntity::toRecord));
    }

    @Override
    public List<Applicant> list(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw Refusals.invalidInput("分页参数无效：offset=" + offset + ", limit=" + limit);
        }
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(ApplicantEntity.PAGE, ApplicantEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(ApplicantEntity::toRecord).toList());
    }

    @Override
    public long count() {
        return jpa.txExpr(TransactionType.Required,
                em -> em.createNamedQuery(ApplicantEntity.COUNT, Long.class).getSingleResult());
    }

    @Override
    public ExamResult recordExamResult(ExamResult result) {
        if (result == null) {
            throw Refusals.invalidInput("考试成绩不能为空");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicantEntity applicant = em.find(ApplicantEntity.class, result.applicantId());
            if (applicant == null) {
                throw Refusals.unknownApplicant(result.applicantId());
            }
            ExamResultEntity entity = new ExamResultEntity(applicant, result, Instant.now());
            em.persist(entity);
            em.flush();
            return entity.toRecord();
        });
    }

    @Override
    public List<ExamResult> examResults(long applicantId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(ExamResultEntity.FOR_APPLICANT, ExamResultEntity.class)
                .setParameter("applicantId", applicantId).getResultList().stream().map(ExamResultEntity::toRecord).toList());
    }
}
