package org.zhicheng.core.internal.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.evaluation.AnonymisedFile;
import org.zhicheng.api.evaluation.DefenseExemption;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.evaluation.PublishedResult;
import org.zhicheng.api.scoring.Points;
import org.zhicheng.api.scoring.ScoreSheet;
import org.zhicheng.api.scoring.ScoringService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.core.internal.persistence.SeriesEntity;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.workflow.WorkflowAct;
import org.zhicheng.core.internal.FileHistory;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.persistence.ScoreSheetEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;
import org.zhicheng.core.internal.security.Guarded;
import org.zhicheng.core.internal.workflow.Transitions;

// also as itself: the bulk office acts (issue 16) run its acts in their own transaction
@Component(service = {EvaluationService.class, EvaluationServiceImpl.class})
public class EvaluationServiceImpl implements EvaluationService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JpaTemplate jpa;
    private final ScoringService scoring;
    private final AuditLogImpl audit;
    private final FileHistory history;
    private final SeriesCatalog catalog;

    @Activate
    public EvaluationServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                                 @Reference ScoringService scoring, @Reference AuditLogImpl audit,
                                 @Reference SeriesCatalog catalog) {
        this.jpa = jpa;
        this.scoring = scoring;
        this.audit = audit;
        this.catalog = catalog;
        this.history = new FileHistory(audit);
    }

    @Override
    public Expert registerExpert(Expert expert, Actor actor) {
        if (expert == null) {
            throw Refusals.invalidInput("专家信息不能为空", "expert is required");
        }
        // the committee office keeps the pool of the series it covers
        Access.requireRole(actor, Set.of(Role.COMMITTEE_OFFICE, Role.ADMIN, Role.INTEGRATION, Role.SYSTEM), "管理评审专家库");
        expert.seriesCodes().forEach(code -> Access.require(actor, actor.role() == Role.ADMIN ? Act.VIEW : Act.EVALUATE,
                FileScope.ofSeries(code)));
        return jpa.txExpr(TransactionType.Required, em -> {
            if (actor.role() != Role.SYSTEM) { // the demo's pool is registered before the plugins declare their series
                for (String code : expert.seriesCodes()) {
                    if (em.find(SeriesEntity.class, code) == null) {
                        throw Refusal.UNKNOWN_SERIES.refuseOn("seriesCodes", code); // issue 15: references exist
                    }
                }
            }
            ExpertEntity entity = em.find(ExpertEntity.class, expert.id());
            if (entity == null) {
                entity = new ExpertEntity(expert);
                em.persist(entity);
            } else {
                entity.update(expert);
            }
            em.flush();
            return entity.toRecord();
        });
    }

    @Override
    @Deprecated
    public Optional<Expert> expert(String expertId) {
        return jpa.txExpr(TransactionType.Required,
                em -> Optional.ofNullable(em.find(ExpertEntity.class, expertId)).map(ExpertEntity::toRecord));
    }

    @Override
    public Optional<Expert> expert(String expertId, Actor actor) {
        Access.requireExpertProfileRead(actor, expertId); // issue 15: the real name and employer are not for everybody
        return jpa.txExpr(TransactionType.Required,
                em -> Optional.ofNullable(em.find(ExpertEntity.class, expertId)).map(ExpertEntity::toRecord));
    }

    @Override
    public Application startEvaluation(long applicationId, long expectedVersion, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> startEvaluation(em, applicationId, expectedVersion, actor));
    }

    /** {@link #startEvaluation(long, long, Actor)} in the caller's transaction (bulk acts, issue 16). */
    public Application startEvaluation(EntityManager em, long applicationId, long expectedVersion, Actor actor) {
        ApplicationEntity file = lockedFile(em, applicationId, actor);
        if (file.getVersion() != expectedVersion) {
            throw Refusals.staleVersion();
        }
        if (!Transitions.allows(WorkflowAct.START_EVALUATION, file.getStatus())) {
            throw Refusals.feeNotPaid(file.getStatus());
        }
        history.move(em, file, WorkflowAct.START_EVALUATION, actor.username(), "提交评审委员会评审");
        em.flush();
        return file.toRecord();
    }

    @Override
    public List<Expert> assignExperts(long applicationId, List<String> expertIds, Actor actor) {
        Access.requireActor(actor);
        String who = actor.username();
        if (expertIds == null || expertIds.isEmpty()) {
            throw Refusals.invalidInput("请选择评审专家", "no expert given");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = lockedFile(em, applicationId, actor);
            requireUnderEvaluation(file, WorkflowAct.ASSIGN_EXPERTS);
            Set<String> already = new LinkedHashSet<>();
            assignments(em, applicationId).forEach(a -> already.add(a.getExpert().toRecord().id()));
            List<Expert> assigned = new ArrayList<>();
            for (String expertId : new LinkedHashSet<>(expertIds)) {
                ExpertEntity expert = em.find(ExpertEntity.class, expertId);
                if (expert == null) {
                    throw Refusal.UNKNOWN_EXPERT.refuse(expertId);
                }
                checkConflicts(file, expert.toRecord());
                if (already.add(expertId)) {
                    em.persist(new ExpertAssignmentEntity(file, expert, who, Instant.now()));
                    assigned.add(expert.toRecord());
                }
            }
            // no flush of its own: the audit head's query flushes these rows before it takes the head lock (issue 16)
            audit.record(em, who, "EXPERTS_ASSIGNED", FileHistory.subject(applicationId),
                    "指派评审专家：" + String.join("、", assigned.stream().map(Expert::id).toList()));
            return assigned;
        });
    }

    /** Conflict of interest: the expert's own series only, not the applicant's employer, no declared relation. */
    private static void checkConflicts(ApplicationEntity file, Expert expert) {
        List<ZhichengException> conflicts = ExpertConflicts.of(file, expert);
        if (!conflicts.isEmpty()) {
            throw conflicts.get(0);
        }
    }

    @Override
    public List<Expert> assignedExperts(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            Guarded.application(em, applicationId, actor, Act.EVALUATE);
            return assignments(em, applicationId).stream().map(a -> a.getExpert().toRecord()).toList();
        });
    }

    @Override
    public List<AnonymisedFile> filesFor(String expertId, Actor actor) {
        Access.requireActor(actor);
        if (!(actor.role() == Role.EXPERT && actor.expertId().equals(expertId))) {
            Access.requireRole(actor, Set.of(Role.COMMITTEE_OFFICE, Role.INTEGRATION, Role.SYSTEM), "查看其他专家的评审任务");
        }
        boolean own = actor.role() == Role.EXPERT;
        // the committee office sees an expert's work in the series it covers only
        List<Long> ids = jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(ExpertAssignmentEntity.FOR_EXPERT,
                ExpertAssignmentEntity.class).setParameter("expertId", expertId).getResultList().stream()
                .map(ExpertAssignmentEntity::getApplication)
                .filter(file -> own || Access.permits(actor, Act.EVALUATE, FileScope.of(file)))
                .map(ApplicationEntity::getId).toList());
        return ids.stream().map(id -> anonymise(id, expertId)).toList();
    }

    @Override
    public AnonymisedFile anonymisedFile(long applicationId, Actor expert) {
        Access.requireRole(expert, Set.of(Role.EXPERT), "以专家身份查看匿名材料");
        return anonymise(applicationId, expert.expertId());
    }

    private AnonymisedFile anonymise(long applicationId, String expertId) {
        ApplicationEntity file = jpa.txExpr(TransactionType.Required, em -> {
            if (!ExpertAssignmentEntity.isAssigned(em, applicationId, expertId)) {
                throw Refusal.NOT_ASSIGNED.variant("expert").refuse(expertId);
            }
            return em.find(ApplicationEntity.class, applicationId);
        });
        return new AnonymisedFile(blindCode(file), file.getId(), file.getSeriesCode(), file.getSpecialty(), file.getLevel(),
                file.getApplicant().getTier(), file.getEvaluationYear(), scoring.standardFor(applicationId));
    }

    /** Stable and without identity: year, series and a number that says nothing about the applicant. */
    static String blindCode(ApplicationEntity file) {
        return "MP-" + file.getEvaluationYear() + "-" + Long.toString(file.getId() * 7919L + 104_729L, 36).toUpperCase();
    }

    @Override
    public void recordDefenseScore(long applicationId, BigDecimal score, Actor actor) {
        Access.requireActor(actor);
        String who = actor.username();
        if (score == null || score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
            throw Refusals.invalidInput("答辩成绩须在0至100之间", "a defense score is 0 to 100");
        }
        jpa.tx(TransactionType.Required, em -> {
            ApplicationEntity file = defendingFile(em, applicationId, actor);
            file.defended(Points.of(score));
            audit.record(em, who, "DEFENSE_SCORED", FileHistory.subject(applicationId), "答辩成绩" + Points.format(score) + "分");
        });
    }

    @Override
    public void exemptFromDefense(long applicationId, DefenseExemption reason, Actor actor) {
        Access.requireActor(actor);
        String who = actor.username();
        if (reason == null) {
            throw Refusals.invalidInput("请选择免答辩情形", "an exemption reason is required");
        }
        jpa.tx(TransactionType.Required, em -> {
            ApplicationEntity file = defendingFile(em, applicationId, actor);
            file.exemptFromDefense(reason);
            // an exempt applicant no longer defends: their booked hour goes back to the schedule
            DefenseAppointmentEntity booked = em.find(DefenseAppointmentEntity.class, applicationId);
            if (booked != null) {
                em.remove(booked);
            }
            audit.record(em, who, "DEFENSE_EXEMPTED", FileHistory.subject(applicationId),
                    "免于答辩：" + reason.officialTerm() + "（R-23）");
        });
    }

    /** only senior files under evaluation defend; shared with the defense schedule. */
    static ApplicationEntity defendingFile(EntityManager em, long applicationId, Actor actor) {
        ApplicationEntity file = lockedFile(em, applicationId, actor);
        requireUnderEvaluation(file, WorkflowAct.RECORD_DEFENSE);
        if (!file.getLevel().isSenior()) {
            throw Refusal.NO_DEFENSE.refuse();
        }
        return file;
    }

    @Override
    public Optional<BigDecimal> defenseScore(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = em.find(ApplicationEntity.class, applicationId);
            if (file != null) {
                Access.require(actor, Act.VIEW, FileScope.of(file));
            }
            return defenseScore(em, file, catalog);
        });
    }

    /** an exempt file scores the mean of the year's defense scores of its committee (same specialty). */
    static Optional<BigDecimal> defenseScore(EntityManager em, ApplicationEntity file, SeriesCatalog catalog) {
        if (file == null) {
            return Optional.empty();
        }
        if (file.getDefenseScore() != null) {
            return Optional.of(file.getDefenseScore());
        }
        if (file.getDefenseExemption() == null) {
            return Optional.empty();
        }
        Optional<Committee> committee = catalog.find(file.getSeriesCode())
                .flatMap(series -> series.committeeFor(file.getSpecialty(), file.getLevel()));
        List<BigDecimal> scores = em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.seriesCode = :series"
                        + " AND a.specialty = :specialty AND a.evaluationYear = :year AND a.defenseScore IS NOT NULL",
                        ApplicationEntity.class)
                .setParameter("series", file.getSeriesCode()).setParameter("specialty", file.getSpecialty())
                .setParameter("year", file.getEvaluationYear()).getResultList().stream()
                .filter(a -> committee.map(c -> c.evaluates(a.getLevel())).orElse(true))
                .map(ApplicationEntity::getDefenseScore).toList();
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(scores.size()), Points.SCALE, RoundingMode.HALF_UP));
    }

    /** In the meeting's own transaction, which holds the files locked. */
    static BigDecimal meanExpertScore(EntityManager em, long applicationId) {
        List<ScoreSheet> sheets = em.createNamedQuery(ScoreSheetEntity.FOR_APPLICATION, ScoreSheetEntity.class)
                .setParameter("applicationId", applicationId).getResultList().stream().map(ScoreSheetEntity::toRecord).toList();
        if (sheets.isEmpty()) {
            throw Refusal.NOT_SCORED.refuse(applicationId);
        }
        BigDecimal sum = sheets.stream().map(ScoreSheet::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(sheets.size()), Points.SCALE, RoundingMode.HALF_UP);
    }

    @Override
    public List<PublishedResult> committeeResults(String committeeId, int year) {
        Committee committee = committee(committeeId);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.seriesCode"
                        + " = :series AND a.specialty = :specialty AND a.evaluationYear = :year AND a.status IN :passed",
                        ApplicationEntity.class)
                .setParameter("series", committee.seriesCode()).setParameter("specialty", committee.specialty())
                .setParameter("year", year)
                .setParameter("passed", List.of(ApplicationStatus.PASSED, ApplicationStatus.CERTIFIED)).getResultList().stream()
                .filter(a -> committee.evaluates(a.getLevel()))
                .sorted(Comparator.comparing(ApplicationEntity::getLevel).thenComparing(ApplicationEntity::getId))
                .map(a -> new PublishedResult(committeeId, a.getId(), a.getApplicant().toRecord().fullName(),
                        a.getApplicant().getEmployer(), a.getSeriesCode(), a.getSpecialty(), a.getLevel(), a.getEvaluationYear()))
                .toList());
    }

    private Committee committee(String committeeId) {
        return catalog.committee(committeeId).orElseThrow(() -> CommitteeRefusals.unknownCommittee(committeeId, catalog));
    }

    private static List<ExpertAssignmentEntity> assignments(EntityManager em, long applicationId) {
        return em.createNamedQuery(ExpertAssignmentEntity.FOR_APPLICATION, ExpertAssignmentEntity.class)
                .setParameter("applicationId", applicationId).getResultList();
    }

    /** The file locked for the committee's act, refused unless the actor evaluates its series. */
    private static ApplicationEntity lockedFile(EntityManager em, long applicationId, Actor actor) {
        ApplicationEntity file = em.find(ApplicationEntity.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (file == null) {
            throw Refusals.unknownApplication(applicationId);
        }
        Access.require(actor, Act.EVALUATE, FileScope.of(file));
        return file;
    }

    /** The committee's work on a file under evaluation, as the workflow table has it. */
    private static void requireUnderEvaluation(ApplicationEntity file, WorkflowAct act) {
        if (!Transitions.allows(act, file.getStatus())) {
            throw Refusals.notUnderEvaluation(file.getStatus());
        }
    }
}
