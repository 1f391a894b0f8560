package org.zhicheng.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.zhicheng.api.calendar.WorkingDayCalendar;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.EntrustmentLetter;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.Publicity;
import org.zhicheng.api.domain.StatusChange;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.EligibilityRule;
import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.series.Specialty;
import org.zhicheng.api.service.ApplicationFilter;
import org.zhicheng.api.service.ApplicationRow;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.api.workflow.WorkflowAct;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.bridge.HighSkillBridgeService;
import org.zhicheng.core.internal.career.FileOpening;
import org.zhicheng.core.internal.file.FileContents;
import org.zhicheng.core.internal.persistence.ApplicantEntity;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.persistence.ExamResultEntity;
import org.zhicheng.core.internal.persistence.StatusChangeEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;
import org.zhicheng.core.internal.security.Guarded;
import org.zhicheng.core.internal.unit.UnitRules;
import org.zhicheng.core.internal.security.ScopeQuery;
import org.zhicheng.core.internal.workflow.Transitions;

// also as itself: the bulk office acts (issue 16) run its acts in their own transaction
@Component(service = {ApplicationService.class, ApplicationServiceImpl.class})
public class ApplicationServiceImpl implements ApplicationService {

    private final JpaTemplate jpa;
    private final SeriesCatalog seriesCatalog;
    private final CampaignService campaigns;
    private final WorkingDayCalendar calendar;
    private final SelfEvaluatingUniversities universities;
    private final FileHistory history;
    private final FileContents contents;
    private final FileOpening opening;
    private final Map<String, List<EligibilityRule>> rules = new ConcurrentHashMap<>();

    @Activate
    public ApplicationServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                                  @Reference SeriesCatalog seriesCatalog, @Reference CampaignService campaigns,
                                  @Reference WorkingDayCalendar calendar, @Reference SelfEvaluatingUniversities universities,
                                  @Reference AuditLogImpl audit) {
        this.jpa = jpa;
        this.history = new FileHistory(audit);
        this.contents = new FileContents(seriesCatalog);
        this.opening = new FileOpening(new HighSkillBridgeService(seriesCatalog));
        this.universities = universities;
        this.seriesCatalog = seriesCatalog;
        this.campaigns = campaigns;
        this.calendar = calendar;
    }

    private Campaign campaign(int year) {
        return campaigns.campaign(year).orElseThrow(() -> Refusals.noCampaign(year));
    }

    /** files are opened and first submitted on the platform inside the year's application window only. */
    private Campaign requireApplicationWindow(int year) {
        Campaign campaign = campaign(year);
        LocalDate today = campaigns.today();
        if (!campaign.applicationWindow().contains(today)) {
            throw Refusals.outsideApplicationWindow(campaign.applicationWindow(), today);
        }
        return campaign;
    }

    /** Series rules by series code, kept current as plugins come and go. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRule(EligibilityRule rule, Map<String, Object> properties) {
        Object series = properties.get(EligibilityRule.SERIES_PROPERTY);
        if (series != null) {
            rules.computeIfAbsent(series.toString(), code -> new CopyOnWriteArrayList<>()).add(rule);
        }
    }

    void removeRule(EligibilityRule rule) {
        rules.values().forEach(list -> list.remove(rule));
    }

    private List<EligibilityRule> rulesOf(String seriesCode) {
        return rules.getOrDefault(seriesCode, List.of());
    }

    @Override
    public Application createDraft(NewApplication request, Actor actor) {
        if (request == null) {
            throw Refusals.invalidInput("申报信息不能为空");
        }
        Access.requireActor(actor);
        Series series = seriesCatalog.find(request.seriesCode())
                .orElseThrow(() -> Refusals.unknownSeries(request.seriesCode()));
        if (!series.accepting()) {
            throw Refusals.seriesSuspended(series.name());
        }
        Specialty specialty = series.specialty(request.specialty())
                .orElseThrow(() -> Refusals.unknownSpecialty(series.name(), request.specialty()));
        LevelCommittee committee = specialty.committees().stream().filter(c -> c.level() == request.level())
                .findFirst().orElseThrow(() -> Refusals.levelNotEvaluated(specialty.name(), request.level().officialTerm()));
        if (committee.examOnly()) {
            throw Refusals.examOnly(specialty.name(), request.level().officialTerm());
        }
        if (request.channel() == Channel.C_PRIVATE_ENTERPRISE && !series.policy().privateEnterpriseChannel()) {
            throw Refusals.channelClosed(series.name());
        }
        Campaign campaign = requireApplicationWindow(request.evaluationYear());
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicantEntity applicant = em.find(ApplicantEntity.class, request.applicantId(), LockModeType.PESSIMISTIC_WRITE);
            if (applicant == null) {
                throw Refusals.unknownApplicant(request.applicantId());
            }
            Access.require(actor, Act.EDIT, new FileScope(applicant.getId(), applicant.getEmployer(), applicant.getCounty(),
                    series.code(), applicant.getUnitId()));
            UnitRules.requireMayApply(em, applicant, request.channel()); // a confirmed unit; R-06 from its type
            // the series' own rules may forbid or delay the application
            // issue 15: the rule gets the exam results it may need rather than reading them as the platform
            EligibilityRule.Request asked = new EligibilityRule.Request(applicant.toRecord(), series, specialty,
                    request.level(), request.channel(), request.evaluationYear(), ExamResultEntity.of(em, applicant.getId()));
            for (EligibilityRule rule : rulesOf(series.code())) {
                Optional<EligibilityRule.Veto> veto = rule.check(asked);
                if (veto.isPresent()) {
                    throw Refusals.vetoed(veto.get());
                }
            }
            if (applicant.bannedIn(request.evaluationYear())) {
                throw Refusals.banned(applicant.getBannedThroughYear());
            }
            universities.selfEvaluating(applicant.getEmployer()).filter(u -> series.policy().universitySelfEvaluation())
                    .ifPresent(university -> {
                        throw Refusals.selfEvaluation(university);
                    });
            // one application, in one channel, per applicant and evaluation year.
            boolean already = !em.createNamedQuery(ApplicationEntity.BY_APPLICANT_AND_YEAR, ApplicationEntity.class)
                    .setParameter("applicantId", request.applicantId()).setParameter("year", request.evaluationYear())
                    .getResultList().isEmpty();
            if (already) {
                throw Refusals.secondApplicationInYear(request.evaluationYear());
            }
            // ..R-32: the professional record opens the level (seniority, or the high-skill bridge)
            CareerRecord career = opening.check(em, applicant.getId(), series, request.level(), campaign.seniorityCutoff());
            Instant now = Instant.now();
            ApplicationEntity application = new ApplicationEntity(applicant, request.evaluationYear(), series.code(),
                    specialty.name(), request.level(), request.channel(), now);
            em.persist(application);
            em.flush(); // the id names the file in the audit log
            opening.fill(em, application.getId(), career, now, actor.username());
            history.record(em, application, null, ApplicationStatus.DRAFT, now, actor.username(), "创建申报", "APPLICATION_CREATED");
            return application.toRecord();
        });
    }

    @Override
    public Application submit(long applicationId, long expectedVersion, Actor actor) {
        // locked: a section saved or the commitment signed meanwhile waits, and is seen whole or not at all
        return change(applicationId, expectedVersion, actor, WorkflowAct.SUBMIT, "提交申报", true, (em, application) -> {
            if (!Transitions.allows(WorkflowAct.SUBMIT, application.getStatus())) {
                throw Refusals.notSubmittable(application.getStatus());
            }
            Campaign campaign;
            if (application.getStatus() == ApplicationStatus.DRAFT) {
                campaign = requireApplicationWindow(application.getEvaluationYear());
            } else {
                // a returned file comes back within the deadline, even after the application window closed
                campaign = campaign(application.getEvaluationYear());
                LocalDate deadline = application.getReturnedOn().plusDays(campaign.returnDeadlineDays());
                if (campaigns.today().isAfter(deadline)) {
                    throw Refusals.resubmissionLate(deadline);
                }
            }
            // a removed plugin (暂停受理) takes no submission; files already submitted go on through review
            seriesCatalog.find(application.getSeriesCode()).filter(s -> !s.accepting())
                    .ifPresent(s -> { throw Refusals.submissionSuspended(s.name()); });
            if (application.getSubmissionCount() >= campaign.maxSubmissions()) {
                throw Refusals.submissionLimit(campaign.maxSubmissions());
            }
            contents.requireComplete(em, application); // every required field, and the commitment signed
            application.countSubmission();
        });
    }

    @Override
    public Application withdraw(long applicationId, long expectedVersion, Actor actor) {
        // before the material is received; the file stays the year's one application
        return change(applicationId, expectedVersion, actor, WorkflowAct.WITHDRAW, "申报人撤回申报", true, (em, application) -> {
            if (!Transitions.allows(WorkflowAct.WITHDRAW, application.getStatus())) {
                throw Refusals.notWithdrawable(application.getStatus());
            }
        });
    }

    @Override
    public Application returnForRevision(long applicationId, long expectedVersion, Actor actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw Refusals.invalidInput("退回须说明理由");
        }
        return change(applicationId, expectedVersion, actor, WorkflowAct.RETURN, reason.trim(), application -> {
            ReviewChecks.requireReturnable(application, this::campaign, campaigns.today());
            application.returnedOn(campaigns.today());
        });
    }

    @Override
    public Application approveByEmployer(long applicationId, long expectedVersion, Actor actor, String opinion) {
        String explicit = requireText(opinion, "单位须填写明确的审核意见");
        return change(applicationId, expectedVersion, actor, WorkflowAct.APPROVE, "单位审核通过，开始公示：" + explicit, application -> {
            Campaign campaign = ReviewChecks.requireApprovable(application, this::campaign, campaigns.today());
            LocalDate first = campaigns.today();
            LocalDate last = calendar.endOfPeriod(first, campaign.publicityWorkingDays());
            application.startPublicity(first, last, explicit);
        });
    }

    @Override
    public Publicity recordObjection(long applicationId, Actor actor, String objection) {
        String text = requireText(objection, "异议内容不能为空");
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity application = em.find(ApplicationEntity.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
            if (application == null) {
                throw Refusals.unknownApplication(applicationId);
            }
            Access.require(actor, Act.OBJECT, FileScope.of(application));
            ReviewChecks.requireObjectable(application);
            Objectors.requireColleague(em, application, actor); // from colleagues only (issue 15)
            application.objectionRaised();
            // kept in the file's history: who objected, when, and what
            history.record(em, application, ApplicationStatus.IN_PUBLICITY, ApplicationStatus.IN_PUBLICITY, Instant.now(),
                    actor.username(), "公示异议：" + text, "APPLICATION_OBJECTION");
            return application.publicity().orElseThrow();
        });
    }

    @Override
    public Application resolveObjections(long applicationId, long expectedVersion, Actor actor, boolean upheld, String reason) {
        String why = requireText(reason, "处理异议须说明理由");
        WorkflowAct act = upheld ? WorkflowAct.UPHOLD_OBJECTION : WorkflowAct.DISMISS_OBJECTION;
        return change(applicationId, expectedVersion, actor, act, (upheld ? "异议成立，退回：" : "异议不成立：") + why, application -> {
            ReviewChecks.requireObjectionsToResolve(application);
            application.objectionsResolved();
            if (upheld) {
                application.returnedOn(campaigns.today());
            }
        });
    }

    @Override
    public Application recommend(long applicationId, long expectedVersion, Actor actor) {
        return change(applicationId, expectedVersion, actor, WorkflowAct.RECOMMEND, "公示期满无异议，单位推荐",
                application -> ReviewChecks.requireRecommendable(application, campaigns.today()));
    }

    @Override
    public Application recordEntrustmentLetter(long applicationId, long expectedVersion, Actor actor, String issuedBy,
                                               String letterNumber) {
        String issuer = requireText(issuedBy, "须填写出具委托评审函的人社部门");
        String number = requireText(letterNumber, "须填写委托评审函文号");
        return change(applicationId, expectedVersion, actor, WorkflowAct.RECORD_ENTRUSTMENT_LETTER, "委托评审函：" + issuer + " " + number, application -> {
            if (!application.getChannel().needsEntrustmentLetter()) {
                throw Refusals.noEntrustmentNeeded();
            }
            requireReviewWindow(application.getEvaluationYear()); // the letter comes with the file's review
            application.entrustedBy(issuer, number);
        });
    }

    @Override
    public Application acceptMaterial(long applicationId, long expectedVersion, Actor actor) {
        Access.requireActor(actor);
        return Transactions.refusingConflicts(jpa, em -> acceptMaterial(em, applicationId, expectedVersion, actor));
    }

    /** {@link #acceptMaterial(long, long, Actor)} in the caller's transaction (bulk acts, issue 16). */
    public Application acceptMaterial(EntityManager em, long applicationId, long expectedVersion, Actor actor) {
        return changeIn(em, applicationId, expectedVersion, actor, WorkflowAct.ACCEPT_MATERIAL, "已接收材料", false,
                (e, application) -> ReviewChecks.requireAcceptable(application, this::campaign, campaigns.today()));
    }

    @Override
    public int feeFor(long applicationId, Actor actor) {
        Application application = find(applicationId, actor).orElseThrow(() -> Refusals.unknownApplication(applicationId));
        return fee(application.seriesCode(), application.evaluationYear(), application.level());
    }

    /** senior levels pay the series' fee, the others the year's fee for their grade. */
    private int fee(String seriesCode, int year, TitleLevel level) {
        if (level.isSenior()) {
            return seriesCatalog.find(seriesCode).orElseThrow(() -> Refusals.unknownSeries(seriesCode)).seniorFee();
        }
        Campaign campaign = campaign(year);
        return level == TitleLevel.INTERMEDIATE ? campaign.intermediateFee() : campaign.juniorFee();
    }

    @Override
    public Application recordFeePayment(long applicationId, long expectedVersion, FeePayment payment, Actor actor) {
        Access.requireActor(actor);
        return Transactions.refusingConflicts(jpa, em -> recordFeePayment(em, applicationId, expectedVersion, payment, actor));
    }

    /** {@link #recordFeePayment(long, long, FeePayment, Actor)} in the caller's transaction (bulk acts, issue 16). */
    public Application recordFeePayment(EntityManager em, long applicationId, long expectedVersion, FeePayment payment,
                                        Actor actor) {
        if (payment == null || payment.applicationId() != applicationId) {
            throw Refusals.invalidInput("缴费记录与申报不符");
        }
        return changeIn(em, applicationId, expectedVersion, actor, WorkflowAct.PAY_FEE,
                "缴费" + payment.amountYuan() + "元，" + (payment.method() == FeePayment.Method.QR_CODE ? "扫码缴费" : "银行转账") + " " + payment.reference(), false, (e, application) -> {
                    Campaign campaign = ReviewChecks.requireFeeOpen(application, this::campaign, campaigns.today());
                    if (payment.paidOn().isAfter(campaign.feeDeadline())) {
                        throw Refusals.feeLate(campaign.feeDeadline());
                    }
                    int owed = fee(application.getSeriesCode(), application.getEvaluationYear(), application.getLevel());
                    if (payment.amountYuan() != owed) {
                        throw Refusals.wrongFee(owed, payment.amountYuan());
                    }
                    application.feePaid(payment, actor.username());
                });
    }

    @Override
    public Application refuseForFalsification(long applicationId, long expectedVersion, Actor actor, String finding) {
        String what = requireText(finding, "须写明材料造假的认定事实");
        return change(applicationId, expectedVersion, actor, WorkflowAct.REFUSE, "材料造假，不予受理：" + what, application -> {
            // final files stay final; a certified file's qualification is revoked through its certificate
            ReviewChecks.requireRefusable(application);
            application.getApplicant().banAfterFalsification(campaigns.today().getYear());
        });
    }

    @Override
    public Optional<Publicity> publicity(long applicationId, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> visible(em, applicationId, actor).publicity());
    }

    @Override
    public Optional<FeePayment> feePayment(long applicationId, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> visible(em, applicationId, actor).feePayment());
    }

    @Override
    public Optional<EntrustmentLetter> entrustmentLetter(long applicationId, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> visible(em, applicationId, actor).entrustment());
    }

    /** employers and bureaus review inside the year's review window. */
    private Campaign requireReviewWindow(int year) {
        Campaign campaign = campaign(year);
        LocalDate today = campaigns.today();
        if (!campaign.reviewWindow().contains(today)) {
            throw Refusals.outsideReviewWindow(campaign.reviewWindow(), today);
        }
        return campaign;
    }

    private static String requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw Refusals.invalidInput(message);
        }
        return text.trim();
    }

    /** The act's own checks and effects on the file; where the file goes is the workflow table's. */
    private interface Transition {
        void apply(ApplicationEntity application);
    }

    /** A transition that reads more of the file than its row, in the same transaction. */
    private interface FileTransition {
        void apply(EntityManager em, ApplicationEntity application);
    }

    private Application change(long applicationId, long expectedVersion, Actor actor, WorkflowAct act, String reason,
                               Transition transition) {
        return change(applicationId, expectedVersion, actor, act, reason, false, (em, application) -> transition.apply(application));
    }

    /** Every act of this service that changes a file: Access for the table row's act, the version, the act, the move. */
    private Application change(long applicationId, long expectedVersion, Actor actor, WorkflowAct act, String reason,
                               boolean lock, FileTransition transition) {
        Access.requireActor(actor);
        return Transactions.refusingConflicts(jpa,
                em -> changeIn(em, applicationId, expectedVersion, actor, act, reason, lock, transition));
    }

    /** {@link #change} in the caller's transaction. */
    private Application changeIn(EntityManager em, long applicationId, long expectedVersion, Actor actor, WorkflowAct act,
                                 String reason, boolean lock, FileTransition transition) {
        ApplicationEntity application = lock ? Guarded.lockedApplication(em, applicationId)
                : Guarded.application(em, applicationId);
        Access.require(actor, Transitions.securityAct(act), FileScope.of(application));
        if (application.getVersion() != expectedVersion) {
            throw Refusals.staleVersion();
        }
        transition.apply(em, application);
        history.move(em, application, act, actor.username(), reason); // the table decides, and guards, the move
        return application.toRecord();
    }

    /** The file, refused unless the actor may see it. */
    private static ApplicationEntity visible(EntityManager em, long applicationId, Actor actor) {
        Access.requireActor(actor);
        return Guarded.application(em, applicationId, actor, Act.VIEW);
    }

    @Override
    public Optional<Application> find(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(ApplicationEntity.class, applicationId))
                .map(application -> {
                    Access.require(actor, Act.VIEW, FileScope.of(application));
                    return application.toRecord();
                }));
    }

    @Override
    public List<Application> forApplicant(long applicantId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            Guarded.applicant(em, applicantId, actor, Act.VIEW);
            return em.createNamedQuery(ApplicationEntity.BY_APPLICANT, ApplicationEntity.class)
                    .setParameter("applicantId", applicantId).getResultList().stream()
                    .filter(application -> Access.permits(actor, Act.VIEW, FileScope.of(application)))
                    .map(ApplicationEntity::toRecord).toList();
        });
    }

    @Override
    public List<Application> search(ApplicationFilter filter, int offset, int limit, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> page(em, filter, offset, limit, actor).stream()
                .map(ApplicationEntity::toRecord).toList());
    }

    @Override
    public List<ApplicationRow> searchRows(ApplicationFilter filter, int offset, int limit, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> page(em, filter, offset, limit, actor).stream()
                .map(p -> new ApplicationRow(p.toRecord(), p.getApplicant().getFullName())).toList());
    }

    /**
     * A page of the queue with each file's applicant fetched in the same query: one statement for the page instead
     * of one more per applicant not yet cached (the applicant is an eager relation, and weaving is off).
     */
    private static List<ApplicationEntity> page(EntityManager em, ApplicationFilter filter, int offset, int limit,
                                                Actor actor) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw Refusals.invalidPage(offset, limit);
        }
        return queue(em, filter, actor, "p", " JOIN FETCH p.applicant", " ORDER BY p.lastChange DESC, p.id DESC",
                ApplicationEntity.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(ApplicationFilter filter, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> queue(em, filter, actor, "COUNT(p)", "", "", Long.class)
                .getSingleResult());
    }

    /** The reviewer's queue: the filter's conditions and the actor's scope, both in the database. */
    private static <T> TypedQuery<T> queue(EntityManager em, ApplicationFilter filter, Actor actor, String select,
                                           String fetch, String order, Class<T> type) {
        ApplicationFilter wanted = filter == null ? ApplicationFilter.all() : filter;
        ScopeQuery scope = ScopeQuery.of(actor, "p.applicant", "p");
        StringBuilder jpql = new StringBuilder("SELECT ").append(select).append(" FROM ApplicationEntity p").append(fetch)
                .append(" WHERE ").append(scope.condition());
        if (wanted.evaluationYear() != null) {
            jpql.append(" AND p.evaluationYear = :year");
        }
        if (wanted.seriesCode() != null) {
            jpql.append(" AND p.seriesCode = :series");
        }
        if (wanted.status() != null) {
            jpql.append(" AND p.status = :status");
        }
        if (wanted.employer() != null) {
            jpql.append(" AND p.applicant.employer = :employer");
        }
        TypedQuery<T> query = scope.bind(em.createQuery(jpql.append(order).toString(), type));
        if (wanted.evaluationYear() != null) {
            query.setParameter("year", wanted.evaluationYear());
        }
        if (wanted.seriesCode() != null) {
            query.setParameter("series", wanted.seriesCode());
        }
        if (wanted.status() != null) {
            query.setParameter("status", wanted.status());
        }
        if (wanted.employer() != null) {
            query.setParameter("employer", wanted.employer());
        }
        return query;
    }

    @Override
    public long countForSeries(String seriesCode) {
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(ApplicationEntity.COUNT_FOR_SERIES, Long.class)
                .setParameter("seriesCode", seriesCode).getSingleResult());
    }

    @Override
    public List<StatusChange> history(long applicationId, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            visible(em, applicationId, actor);
            return em.createNamedQuery(StatusChangeEntity.FOR_APPLICATION, StatusChangeEntity.class)
                    .setParameter("applicationId", applicationId).getResultList().stream()
                    .map(StatusChangeEntity::toRecord).toList();
        });
    }
}
