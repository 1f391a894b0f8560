package org.zhicheng.core.internal.career;

import java.time.Instant;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.career.CareerService;
import org.zhicheng.api.career.Seniority;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.evaluation.ExpertAssignmentEntity;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.Guarded;

/** The professional record on JPA: the applicant records their own (R-12, R-30..R-32); each change audited. */
@Component(service = CareerService.class)
public class CareerServiceImpl implements CareerService {

    private final JpaTemplate jpa;
    private final CampaignService campaigns;
    private final AuditLogImpl audit;

    @Activate
    public CareerServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                             @Reference CampaignService campaigns, @Reference AuditLogImpl audit) {
        this.jpa = jpa;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    @Override
    public CareerRecord record(CareerRecord record, Actor actor) {
        Access.requireActor(actor);
        if (record == null) {
            throw Refusal.INVALID_INPUT.variant("careerRecordRequired").refuse();
        }
        CareerRecord checked = CareerChecks.checked(record, campaigns.today());
        return jpa.txExpr(TransactionType.Required, em -> {
            // the applicant's own word, like filling a file: only they (or an integration for them) record it
            Guarded.applicant(em, checked.applicantId(), actor, Act.EDIT);
            CareerRecordEntity entity = em.find(CareerRecordEntity.class, checked.applicantId());
            boolean first = entity == null;
            if (first) {
                entity = new CareerRecordEntity(checked.applicantId());
            }
            Instant now = Instant.now();
            entity.update(checked, now, actor.username());
            if (first) {
                em.persist(entity);
            }
            // files still being filled follow the record; submitted ones keep what was submitted
            for (ApplicationEntity file : em.createNamedQuery(ApplicationEntity.BY_APPLICANT, ApplicationEntity.class)
                    .setParameter("applicantId", checked.applicantId()).getResultList()) {
                if (Guarded.isEditable(file.getStatus())) {
                    CareerFields.write(em, file.getId(), checked, now, actor.username());
                }
            }
            em.flush();
            // what changed in kind, not the dates themselves: the log outlives the personal data
            audit.record(em, actor.username(), "CAREER_RECORDED", "applicant:" + checked.applicantId(),
                    (first ? "填写" : "修改") + "职业信息" + (checked.vocational() == null ? ""
                            : "（职业资格：" + checked.vocational().level().officialTerm() + "）"));
            return entity.toRecord();
        });
    }

    @Override
    public Optional<CareerRecord> find(long applicantId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            Guarded.applicantForAny(em, applicantId, actor, Act.VIEW);
            return Optional.ofNullable(em.find(CareerRecordEntity.class, applicantId)).map(CareerRecordEntity::toRecord);
        });
    }

    @Override
    public Seniority seniority(long applicationId, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = ExpertAssignmentEntity.blindReadable(em, applicationId, actor);
            return FileSeniority.of(em, file, campaigns);
        });
    }
}
