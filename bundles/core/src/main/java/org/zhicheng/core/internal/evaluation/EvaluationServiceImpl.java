package org.zhicheng.core.internal.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.zhicheng.api.evaluation.CommitteeResult;
import org.zhicheng.api.evaluation.DefenseExemption;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.evaluation.PublishedResult;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.Points;
import org.zhicheng.api.scoring.ScoreSheet;
import org.zhicheng.api.scoring.ScoringService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.FileHistory;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.persistence.ScoreSheetEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;
import org.zhicheng.core.internal.security.Guarded;

@Component(service = EvaluationService.class)
public class EvaluationServiceImpl implements EvaluationService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JpaTemplate jpa;
    private final ScoringService scoring;
    private final AuditLogImpl audit;
    private final FileHistory history;
    private final SeriesCatalog catalog;
    private final CampaignService campaigns;

    @Activate
    public EvaluationServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                                 @Reference ScoringService scoring, @Reference AuditLogImpl audit,
                                 @Reference SeriesCatalog catalog, @Reference CampaignService campaigns) {
        this.jpa = jpa;
        this.campaigns = campaigns;
        this.scoring = scoring;
        this.audit = audit;
        this.catalog = catalog;
        this.history = new FileHistory(audit);
    }

    @Override
    public Expert registerExpert(Expert expert, Actor actor) {
        if (expert == null) {
            throw refusal("INVALID_INPUT", "专家信息不能为空", "expert is required");
        }
        // the committee office keeps the pool of the series it covers
        Access.requireRole(actor, Set.of(Role.COMMITTEE_OFFICE, Role.ADMIN, Role.INTEGRATION, Role.SYSTEM), "管理评审专家库");
        expert.seriesCodes().forEach(code -> Access.require(actor, actor.role() == Role.ADMIN ? Act.VIEW : Act.EVALUATE,
                FileScope.ofSeries(code)));
        return jpa.txExpr(TransactionType.Required, em -> {
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
    public Optional<Expert> expert(String expertId) {
        return jpa.txExpr(TransactionType.Required,
                em -> Optional.ofNullable(em.find(ExpertEntity.class, expertId)).map(ExpertEntity::toRecord));
    }

    @Override
    public Application startEvaluation(long applicationId, long expectedVersion, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = lockedFile(em, applicationId, actor);
            if (file.getVersion() != expectedVersion) {
                throw Refusals.staleVersion();
            }
            if (file.getStatus() != ApplicationStatus.FEE_PAID) {
                throw Refusals.feeNotPaid(file.getStatus());
            }
            history.move(em, file, ApplicationStatus.UNDER_EVALUATION, actor.username(), "提交评审委员会评审");
            em.flush();
            return file.toRecord();
        });
    }

    @Override
    public List<Expert> assignExperts(long applicationId, List<String> expertIds, Actor actor) {
        Access.requireActor(actor);
        String who = actor.username();
        if (expertIds == null || expertIds.isEmpty()) {
            throw refusal("INVALID_INPUT", "请选择评审专家", "no expert given");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = lockedFile(em, applicationId, actor);
            requireUnderEvaluation(file);
            Set<String> already = new LinkedHashSet<>();
            assignments(em, applicationId).forEach(a -> already.add(a.getExpert().toRecord().id()));
            List<Expert> assigned = new ArrayList<>();
            for (String expertId : new LinkedHashSet<>(expertIds)) {
                ExpertEntity expert = em.find(ExpertEntity.class, expertId);
                if (expert == null) {
                    throw refusal("UNKNOWN_EXPERT", "专家不存在：" + expertId, "no expert " + expertId);
                }
                checkConflicts(file, expert.toRecord());
                if (already.add(expertId)) {
                    em.persist(new ExpertAssignmentEntity(file, expert, who, Instant.now()));
                    assigned.add(expert.toRecord());
                }
            }
            em.flush();
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
                throw refusal("NOT_ASSIGNED", "该申报未分配给您评审", "the file is not assigned to expert " + expertId);
            }
            return em.find(ApplicationEntity.class, applicationId);
        });
        return new AnonymisedFile(blindCode(file), file.getId(), file.getSeriesCode(), file.getSpecialty(), file.getLevel(),
                file.getApplicant().getTier(), file.getEvaluationYear(), scoring.standardFor(applicationId));
    }

    /** Stable and without identity: year, series and a number that says nothing about the applicant. */
    private static String blindCode(ApplicationEntity file) {
        return "MP-" + file.getEvaluationYear() + "-" + Long.toString(file.getId() * 7919L + 104_729L, 36).toUpperCase();
    }

    @Override
    public void recordDefenseScore(long applicationId, BigDecimal score, Actor actor) {
        Access.requireActor(actor);
        String who = actor.username();
        if (score == null || score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
            throw refusal("INVALID_INPUT", "答辩成绩须在0至100之间", "a defense score is 0 to 100");
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
            throw refusal("INVALID_INPUT", "请选择免答辩情形", "an exemption reason is required");
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
        requireUnderEvaluation(file);
        if (!file.getLevel().isSenior()) {
            throw refusal("NO_DEFENSE", "中级及以下免于答辩", "intermediate and lower levels do not defend (R-22)");
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
            return defenseScore(em, file);
        });
    }

    /** an exempt file scores the mean of the year's defense scores of its committee (same specialty). */
    private Optional<BigDecimal> defenseScore(EntityManager em, ApplicationEntity file) {
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

    @Override
    public CommitteeResult holdMeeting(String committeeId, int year, Grade grade, BigDecimal seniorPassRate,
                                       Map<Long, Boolean> votes, Actor actor) {
        Committee committee = committee(committeeId);
        Access.require(actor, Act.EVALUATE, FileScope.ofSeries(committee.seriesCode()));
        String who = actor.username();
        if (grade == null) {
            throw refusal("INVALID_INPUT", "请选择评审等级", "a grade is required");
        }
        if (committee.levels().stream().noneMatch(level -> Grade.of(level) == grade)) {
            throw CommitteeRefusals.gradeNotEvaluated(committee, grade);
        }
        boolean senior = grade == Grade.SENIOR;
        if (senior && (seniorPassRate == null || seniorPassRate.signum() <= 0 || seniorPassRate.compareTo(BigDecimal.ONE) > 0)) {
            throw CommitteeRefusals.passRateRequired();
        }
        if (!senior && seniorPassRate != null) {
            throw CommitteeRefusals.passRateNotApplicable(grade); // refused, not ignored
        }
        // the committees meet inside the year's meetings window, whoever records the meeting
        Campaign.Period meetings = campaigns.campaign(year).orElseThrow(() -> Refusals.noCampaign(year)).meetingWindow();
        LocalDate today = campaigns.today();
        if (!meetings.contains(today)) {
            throw CommitteeRefusals.meetingOutsideWindow(today, meetings);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<ApplicationEntity> candidates = em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.seriesCode = :series"
                            + " AND a.specialty = :specialty AND a.evaluationYear = :year AND a.status = :status",
                            ApplicationEntity.class)
                    .setParameter("series", committee.seriesCode()).setParameter("specialty", committee.specialty())
                    .setParameter("year", year)
                    .setParameter("status", ApplicationStatus.UNDER_EVALUATION).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().stream().filter(a -> committee.evaluates(a.getLevel()) && Grade.of(a.getLevel()) == grade)
                    .sorted(Comparator.comparingLong(ApplicationEntity::getId)).toList(); // Derby locks no ORDER BY
            if (candidates.isEmpty()) {
                throw refusal("NO_CANDIDATES", "该评审委员会没有待评审的申报", "no file of committee " + committeeId + " " + year
                        + " " + Refusals.words(grade) + " is under evaluation");
            }
            Map<Long, BigDecimal> expertScores = new HashMap<>();
            Map<Long, BigDecimal> defenseScores = new HashMap<>();
            for (ApplicationEntity file : candidates) {
                if (votes == null || !votes.containsKey(file.getId())) {
                    throw refusal("VOTE_MISSING", "申报" + file.getId() + "没有表决结果", "no vote for file " + file.getId());
                }
                expertScores.put(file.getId(), meanExpertScore(em, file.getId()));
                if (file.getLevel().isSenior()) {
                    BigDecimal defense = defenseScore(em, file).orElseThrow(() -> refusal("DEFENSE_MISSING",
                            "申报" + file.getId() + "尚无答辩成绩", "file " + file.getId() + " has no defense score (R-22)"));
                    defenseScores.put(file.getId(), defense);
                }
            }
            int limit = senior ? seniorPassRate.multiply(BigDecimal.valueOf(candidates.size()))
                    .setScale(0, RoundingMode.FLOOR).intValueExact() : candidates.size();
            // best first: expert score, then defense score, then the earlier file
            List<ApplicationEntity> ranked = new ArrayList<>(candidates);
            ranked.sort(Comparator.comparing((ApplicationEntity a) -> expertScores.get(a.getId())).reversed()
                    .thenComparing(a -> defenseScores.getOrDefault(a.getId(), BigDecimal.ZERO), Comparator.reverseOrder())
                    .thenComparing(ApplicationEntity::getId));
            List<CommitteeResult.Ranked> ranking = new ArrayList<>();
            int passed = 0;
            for (ApplicationEntity file : ranked) {
                boolean approved = Boolean.TRUE.equals(votes.get(file.getId()));
                boolean passes = approved && passed < limit;
                if (passes) {
                    passed++;
                }
                String reason = passes ? "评审委员会表决通过" : approved ? "表决同意但超出通过率（R-34）" : "评审委员会表决未通过";
                history.move(em, file, passes ? ApplicationStatus.PASSED : ApplicationStatus.FAILED, who, reason);
                ranking.add(new CommitteeResult.Ranked(file.getId(), expertScores.get(file.getId()),
                        defenseScores.get(file.getId()), approved, passes));
            }
            audit.record(em, who, "COMMITTEE_DECIDED", "committee:" + committeeId + ":" + year + ":" + grade.name(),
                    candidates.size() + "件参评，" + passed + "件通过" + (senior ? "，通过率上限" + limit + "件" : ""));
            return new CommitteeResult(committeeId, committee.seriesCode(), year, grade, senior ? seniorPassRate : null,
                    candidates.size(), limit, ranking);
        });
    }

    /** In the meeting's own transaction, which holds the files locked. */
    private static BigDecimal meanExpertScore(EntityManager em, long applicationId) {
        List<ScoreSheet> sheets = em.createNamedQuery(ScoreSheetEntity.FOR_APPLICATION, ScoreSheetEntity.class)
                .setParameter("applicationId", applicationId).getResultList().stream().map(ScoreSheetEntity::toRecord).toList();
        if (sheets.isEmpty()) {
            throw refusal("NOT_SCORED", "申报" + applicationId + "尚无专家评分", "file " + applicationId + " has no expert scores");
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

    private static void requireUnderEvaluation(ApplicationEntity file) {
        if (file.getStatus() != ApplicationStatus.UNDER_EVALUATION) {
            throw Refusals.notUnderEvaluation(file.getStatus());
        }
    }

    private static ZhichengException refusal(String code, String chinese, String english) {
        return new ZhichengException(code, chinese, english);
    }
}
