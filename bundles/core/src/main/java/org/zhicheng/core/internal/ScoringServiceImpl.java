package org.zhicheng.core.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.Points;
import org.zhicheng.api.scoring.ScoreSheet;
import org.zhicheng.api.scoring.ScoringItem;
import org.zhicheng.api.scoring.ScoringService;
import org.zhicheng.api.scoring.ScoringStandard;
import org.zhicheng.api.scoring.ScoringStandards;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.career.FileSeniority;
import org.zhicheng.core.internal.evaluation.ExpertAssignmentEntity;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.persistence.ScoreSheetEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;

@Component(service = ScoringService.class)
public class ScoringServiceImpl implements ScoringService {


    private final JpaTemplate jpa;
    private final ScoringStandards standards;
    private final AuditLogImpl audit;
    private final CampaignService campaigns;

    @Activate
    public ScoringServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                              @Reference ScoringStandards standards, @Reference AuditLogImpl audit,
                              @Reference CampaignService campaigns) {
        this.jpa = jpa;
        this.standards = standards;
        this.audit = audit;
        this.campaigns = campaigns;
    }

    @Override
    public ScoringStandard standardFor(long applicationId) {
        return jpa.txExpr(TransactionType.Required, em -> standardFor(load(em, applicationId, LockModeType.NONE)));
    }

    private ScoringStandard standardFor(ApplicationEntity application) {
        Grade grade = Grade.of(application.getLevel());
        if (application.getScoringVersion() != null) {
            return standards.find(application.getSeriesCode(), application.getEvaluationYear(), application.getScoringVersion(),
                    application.getScoringTier(), grade).orElseThrow(() -> Refusals.noScoringStandard(application.getSeriesCode(),
                    application.getEvaluationYear()));
        }
        Tier tier = application.getApplicant().getTier();
        return standards.current(application.getSeriesCode(), application.getEvaluationYear(), tier, grade)
                .orElseThrow(() -> Refusals.noScoringStandard(application.getSeriesCode(), application.getEvaluationYear()));
    }

    @Override
    public ScoreSheet submitScoreSheet(long applicationId, Actor expert, Map<String, BigDecimal> points) {
        Access.requireRole(expert, Set.of(Role.EXPERT), "评分（仅限指派的评审专家）");
        String scorer = expert.expertId();
        if (points == null) {
            throw Refusals.invalidInput("评分不能为空");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            // the lock serialises the first sheets of concurrent scorers, so only one pins the version
            ApplicationEntity application = load(em, applicationId, LockModeType.PESSIMISTIC_WRITE);
            if (application.getStatus() != ApplicationStatus.UNDER_EVALUATION) {
                throw Refusals.notScorable(application.getStatus());
            }
            // only the committee's experts assigned to this file score it
            if (!ExpertAssignmentEntity.isAssigned(em, applicationId, scorer)) {
                throw Refusals.notAssigned(scorer);
            }
            boolean already = em.createNamedQuery(ScoreSheetEntity.FOR_APPLICATION, ScoreSheetEntity.class)
                    .setParameter("applicationId", applicationId).getResultList().stream()
                    .anyMatch(sheet -> sheet.toRecord().scorer().equals(scorer));
            if (already) {
                throw Refusals.alreadyScored(scorer);
            }
            ScoringStandard standard = standardFor(application);
            // computed items take the file's seniority, never what the expert sent
            Map<String, BigDecimal> checked = check(standard, points,
                    FileSeniority.of(em, application, campaigns).yearsInAppointment());
            BigDecimal total = checked.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (application.getScoringVersion() == null) {
                application.pinScoringStandard(standard.tier(), standard.version());
            }
            ScoreSheetEntity sheet = new ScoreSheetEntity(application, scorer, standard.year(), standard.version(),
                    standard.tier(), standard.grade(), checked, total, Instant.now());
            em.persist(sheet);
            // no flush of its own: the audit head's query flushes these rows before it takes the head lock (issue 16)
            audit.record(em, expert.username(), "SCORE_SHEET_SUBMITTED", "application:" + applicationId, "评分"
                    + Points.format(total) + "分，" + standard.year() + "年第" + standard.version() + "版标准（"
                    + standard.tier().officialTerm() + "/" + standard.grade().officialTerm() + "）");
            return sheet.toRecord();
        });
    }

    /**
     * Every item scored once, none above its points, no item the standard does not have; a computed item is
     * not typed: it gets its points from the years in the current appointment.
     */
    private static Map<String, BigDecimal> check(ScoringStandard standard, Map<String, BigDecimal> points,
                                                 int yearsInAppointment) {
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (ScoringItem item : standard.items()) {
            known.add(item.id());
            BigDecimal given = points.get(item.id());
            if (item.computed()) {
                if (given != null) {
                    throw Refusals.computedItem(item.name());
                }
                checked.put(item.id(), item.computedPoints(yearsInAppointment));
                continue;
            }
            if (given == null) {
                throw Refusals.itemNotScored(item.name());
            }
            if (given.signum() < 0 || given.compareTo(item.points()) > 0) {
                throw Refusals.itemOutOfRange(item.name(), item.points());
            }
            try {
                checked.put(item.id(), Points.of(given));
            } catch (IllegalArgumentException e) {
                throw Refusals.invalidInput(e.getMessage());
            }
        }
        for (String item : points.keySet()) {
            if (!known.contains(item)) {
                throw Refusals.unknownItem(item, standard.version());
            }
        }
        return checked;
    }

    @Override
    public List<ScoreSheet> scoreSheets(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity application = load(em, applicationId, LockModeType.NONE);
            List<ScoreSheet> sheets = em.createNamedQuery(ScoreSheetEntity.FOR_APPLICATION, ScoreSheetEntity.class)
                    .setParameter("applicationId", applicationId).getResultList().stream()
                    .map(ScoreSheetEntity::toRecord).toList();
            if (actor.role() != Role.EXPERT) {
                Access.require(actor, Act.EVALUATE, FileScope.of(application));
                return sheets;
            }
            // an assigned expert sees the others' sheets only after submitting their own
            if (!ExpertAssignmentEntity.isAssigned(em, applicationId, actor.expertId())) {
                throw Refusals.notAssigned(actor.expertId());
            }
            boolean submitted = sheets.stream().anyMatch(sheet -> sheet.scorer().equals(actor.expertId()));
            return submitted ? sheets : List.of();
        });
    }

    private static ApplicationEntity load(EntityManager em, long applicationId, LockModeType lock) {
        ApplicationEntity application = em.find(ApplicationEntity.class, applicationId, lock);
        if (application == null) {
            throw Refusals.unknownApplication(applicationId);
        }
        return application;
    }
}
