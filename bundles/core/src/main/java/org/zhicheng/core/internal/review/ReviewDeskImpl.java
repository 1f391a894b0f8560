package org.zhicheng.core.internal.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.review.AvailableAct;
import org.zhicheng.api.review.ExpertCandidate;
import org.zhicheng.api.review.ReviewAct;
import org.zhicheng.api.review.ReviewDesk;
import org.zhicheng.api.review.ReviewQuery;
import org.zhicheng.api.review.ReviewRow;
import org.zhicheng.api.review.ReviewRow.DeadlineKind;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.ReviewChecks;
import org.zhicheng.core.internal.evaluation.ExpertAssignmentEntity;
import org.zhicheng.core.internal.evaluation.ExpertConflicts;
import org.zhicheng.core.internal.evaluation.ExpertEntity;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;
import org.zhicheng.core.internal.security.Guarded;
import org.zhicheng.core.internal.security.ScopeQuery;

/** The reviewers' desk: core's answers to "what can I do now, and why not" and "what waits for me". */
@Component(service = ReviewDesk.class)
public class ReviewDeskImpl implements ReviewDesk {

    /** 待我办理: the statuses in which a file waits for an act of the role. */
    private static final Map<Role, Set<ApplicationStatus>> PENDING = Map.of(
            Role.EMPLOYER, EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_PUBLICITY),
            Role.COUNTY_BUREAU, EnumSet.of(ApplicationStatus.RECOMMENDED, ApplicationStatus.MATERIAL_RECEIVED),
            Role.SERIES_DEPARTMENT, EnumSet.of(ApplicationStatus.RECOMMENDED, ApplicationStatus.MATERIAL_RECEIVED),
            Role.COMMITTEE_OFFICE, EnumSet.of(ApplicationStatus.FEE_PAID, ApplicationStatus.UNDER_EVALUATION,
                    ApplicationStatus.PASSED),
            Role.INTEGRATION, EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_PUBLICITY,
                    ApplicationStatus.RECOMMENDED, ApplicationStatus.MATERIAL_RECEIVED, ApplicationStatus.FEE_PAID,
                    ApplicationStatus.UNDER_EVALUATION, ApplicationStatus.PASSED));

    private static final Map<String, String> GRADE_WORDS = Map.of("SENIOR", "正高、副高", "INTERMEDIATE", "中级",
            "JUNIOR", "初级");

    private final JpaTemplate jpa;
    private final CampaignService campaigns;
    private final SeriesCatalog catalog;

    @Activate
    public ReviewDeskImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa, @Reference CampaignService campaigns,
                          @Reference SeriesCatalog catalog) {
        this.jpa = jpa;
        this.campaigns = campaigns;
        this.catalog = catalog;
    }

    private Campaign campaign(int year) {
        return campaigns.campaign(year).orElseThrow(() -> Refusals.noCampaign(year));
    }

    @Override
    public List<AvailableAct> availableActs(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = Guarded.application(em, applicationId, actor, Act.VIEW);
            FileScope scope = FileScope.of(file);
            LocalDate today = campaigns.today();
            List<AvailableAct> acts = new ArrayList<>();
            for (ReviewAct act : ReviewAct.values()) {
                if (!act.belongsTo(file.getStatus()) || !mayDo(actor, act, scope)) {
                    continue;
                }
                LocalDate resubmitBy = returnsTheFile(act) ? campaigns.campaign(file.getEvaluationYear())
                        .map(c -> today.plusDays(c.returnDeadlineDays())).orElse(null) : null;
                try {
                    check(act, file, this::campaign, today);
                    acts.add(new AvailableAct(act, true, null, null, null, resubmitBy));
                } catch (ZhichengException refused) {
                    acts.add(new AvailableAct(act, false, refused.code(), refused.chineseMessage(), refused.getMessage(),
                            resubmitBy));
                }
            }
            return acts;
        });
    }

    private static boolean returnsTheFile(ReviewAct act) {
        return act == ReviewAct.RETURN || act == ReviewAct.UPHOLD_OBJECTIONS;
    }

    /** The role's permission as the act checks it; an objection is recorded here on the unit's behalf. */
    private static boolean mayDo(Actor actor, ReviewAct act, FileScope scope) {
        return switch (act) {
            case APPROVE, DISMISS_OBJECTIONS, UPHOLD_OBJECTIONS, RECOMMEND -> Access.permits(actor, Act.EMPLOYER_REVIEW, scope);
            case OBJECT -> Access.permits(actor, Act.OBJECT, scope) && Access.permits(actor, Act.EMPLOYER_REVIEW, scope);
            case RETURN -> Access.permits(actor, Act.RETURN, scope);
            case ACCEPT_MATERIAL -> Access.permits(actor, Act.BUREAU_REVIEW, scope);
            case RECORD_FEE -> Access.permits(actor, Act.PAY, scope);
            case REFUSE -> Access.permits(actor, Act.REFUSE, scope);
        };
    }

    /** The same checks the acts make (ReviewChecks), in the same order. */
    private static void check(ReviewAct act, ApplicationEntity file, IntFunction<Campaign> years, LocalDate today) {
        switch (act) {
            case APPROVE -> ReviewChecks.requireApprovable(file, years, today);
            case RETURN -> ReviewChecks.requireReturnable(file, years, today);
            case OBJECT -> ReviewChecks.requireObjectable(file);
            case DISMISS_OBJECTIONS, UPHOLD_OBJECTIONS -> ReviewChecks.requireObjectionsToResolve(file);
            case RECOMMEND -> ReviewChecks.requireRecommendable(file, today);
            case ACCEPT_MATERIAL -> ReviewChecks.requireAcceptable(file, years, today);
            case RECORD_FEE -> ReviewChecks.requireFeeOpen(file, years, today);
            case REFUSE -> ReviewChecks.requireRefusable(file);
        }
    }

    @Override
    public List<ReviewRow> queue(ReviewQuery query, int offset, int limit, Actor actor) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw Refusals.invalidInput("分页参数无效：offset=" + offset + ", limit=" + limit);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ReviewQuery wanted = query == null ? ReviewQuery.pending() : query;
            List<ApplicationEntity> page = select(em, wanted, actor, "p", " JOIN FETCH p.applicant",
                    wanted.pendingOnly() ? " ORDER BY p.lastChange ASC, p.id ASC" : " ORDER BY p.lastChange DESC, p.id DESC",
                    ApplicationEntity.class).setFirstResult(offset).setMaxResults(limit).getResultList();
            Map<Long, LocalDate> since = reachedCurrentStatus(em, page);
            LocalDate today = campaigns.today();
            Map<Integer, Campaign> years = new HashMap<>();
            return page.stream().map(file -> {
                LocalDate from = since.get(file.getId());
                Campaign campaign = years.computeIfAbsent(file.getEvaluationYear(), y -> campaigns.campaign(y).orElse(null));
                Deadline deadline = deadline(file, campaign);
                return new ReviewRow(file.toRecord(), file.getApplicant().getFullName(), file.getApplicant().toRecord().maskedIdNumber(),
                        from, from == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(from, today)),
                        deadline == null ? null : deadline.day(), deadline == null ? null : deadline.kind());
            }).toList();
        });
    }

    @Override
    public long count(ReviewQuery query, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> select(em, query == null ? ReviewQuery.pending() : query, actor,
                "COUNT(p)", "", "", Long.class).getSingleResult());
    }

    private record Deadline(LocalDate day, DeadlineKind kind) {
    }

    /** The next deadline of the file's stage, from the year's calendar. */
    private static Deadline deadline(ApplicationEntity file, Campaign campaign) {
        if (file.getStatus() == ApplicationStatus.IN_PUBLICITY) {
            return file.publicity().map(p -> new Deadline(p.lastDay(), DeadlineKind.PUBLICITY_END)).orElse(null);
        }
        if (campaign == null) {
            return null;
        }
        return switch (file.getStatus()) {
            case SUBMITTED, RECOMMENDED -> new Deadline(campaign.reviewWindow().last(), DeadlineKind.REVIEW_WINDOW);
            case MATERIAL_RECEIVED -> new Deadline(campaign.feeDeadline(), DeadlineKind.FEE_DEADLINE);
            case RETURNED -> file.getReturnedOn() == null ? null
                    : new Deadline(file.getReturnedOn().plusDays(campaign.returnDeadlineDays()), DeadlineKind.RESUBMISSION);
            case FEE_PAID, UNDER_EVALUATION -> new Deadline(campaign.meetingWindow().last(), DeadlineKind.MEETINGS_END);
            default -> null;
        };
    }

    /** The platform date on which each file reached its current status (the history keeps it, R-36). */
    private static Map<Long, LocalDate> reachedCurrentStatus(EntityManager em, List<ApplicationEntity> files) {
        if (files.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("SELECT c.application.id, MAX(c.platformDate) FROM StatusChangeEntity c"
                        + " WHERE c.application.id IN :ids AND c.toStatus = c.application.status"
                        + " AND (c.fromStatus IS NULL OR c.fromStatus <> c.toStatus) GROUP BY c.application.id", Object[].class)
                .setParameter("ids", files.stream().map(ApplicationEntity::getId).toList()).getResultList();
        Map<Long, LocalDate> since = new HashMap<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                since.put(((Number) row[0]).longValue(), (LocalDate) row[1]);
            }
        }
        return since;
    }

    /** The actor's queue: the scope, the pending statuses of the role, the filter and the search, in the database. */
    private static <T> TypedQuery<T> select(EntityManager em, ReviewQuery query, Actor actor, String select, String fetch,
                                            String order, Class<T> type) {
        ScopeQuery scope = ScopeQuery.of(actor, "p.applicant", "p");
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder jpql = new StringBuilder("SELECT ").append(select).append(" FROM ApplicationEntity p").append(fetch)
                .append(" WHERE ").append(scope.condition());
        if (query.pendingOnly()) {
            Set<ApplicationStatus> pending = PENDING.getOrDefault(actor.role(), Set.of());
            if (pending.isEmpty()) {
                jpql.append(" AND 1 = 0");
            } else {
                jpql.append(" AND p.status IN :pending");
                parameters.put("pending", List.copyOf(pending));
            }
        }
        if (query.status() != null) {
            jpql.append(" AND p.status = :status");
            parameters.put("status", query.status());
        }
        if (query.seriesCode() != null) {
            jpql.append(" AND p.seriesCode = :series");
            parameters.put("series", query.seriesCode());
        }
        if (query.text() != null) {
            // a name in part, an ID number in part, or the file's number
            String text = query.text().replace("%", "").replace("_", "").replaceFirst("^[#＃第]", "").replaceFirst("号$", "");
            jpql.append(" AND (p.applicant.fullName LIKE :name OR UPPER(p.applicant.idNumber) LIKE :idNumber");
            parameters.put("name", "%" + text + "%");
            parameters.put("idNumber", "%" + text.toUpperCase() + "%");
            if (text.matches("\\d{1,12}")) {
                jpql.append(" OR p.id = :fileId");
                parameters.put("fileId", Long.parseLong(text));
            }
            jpql.append(")");
        }
        TypedQuery<T> typed = scope.bind(em.createQuery(jpql.append(order).toString(), type));
        parameters.forEach(typed::setParameter);
        return typed;
    }

    @Override
    public List<ExpertCandidate> expertCandidates(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = Guarded.application(em, applicationId, actor, Act.EVALUATE);
            Set<String> assigned = em.createNamedQuery(ExpertAssignmentEntity.FOR_APPLICATION, ExpertAssignmentEntity.class)
                    .setParameter("applicationId", applicationId).getResultList().stream()
                    .map(a -> a.getExpert().toRecord().id()).collect(Collectors.toSet());
            return em.createNamedQuery(ExpertEntity.ALL, ExpertEntity.class).getResultList().stream()
                    .map(ExpertEntity::toRecord)
                    .filter(expert -> expert.seriesCodes().contains(file.getSeriesCode())) // the series' pool
                    .map(expert -> new ExpertCandidate(expert, assigned.contains(expert.id()),
                            ExpertConflicts.of(file, expert).stream().map(c -> new ExpertCandidate.Conflict(c.code(),
                                    c.chineseMessage(), c.getMessage())).toList()))
                    .sorted(Comparator.comparing((ExpertCandidate c) -> !c.conflicts().isEmpty())
                            .thenComparing(c -> c.expert().id()))
                    .toList();
        });
    }

    @Override
    public Map<String, String> subjectLabels(Collection<String> subjects, Actor actor) {
        Access.requireRole(actor, Set.of(Role.ADMIN, Role.INTEGRATION, Role.SYSTEM), "查看审计日志");
        if (subjects == null || subjects.isEmpty()) {
            return Map.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, String> labels = new LinkedHashMap<>();
            for (String subject : Set.copyOf(subjects)) {
                if (subject != null && subject.matches("application:\\d{1,18}")) {
                    ApplicationEntity file = em.find(ApplicationEntity.class, Long.parseLong(subject.substring(12)));
                    if (file != null) {
                        labels.put(subject, "第" + file.getId() + "号 " + file.getApplicant().getFullName() + " "
                                + catalog.find(file.getSeriesCode()).map(Series::name).orElse(file.getSeriesCode()));
                    }
                } else if (subject != null && subject.matches("committee:[^:]+:\\d{4}:(SENIOR|INTERMEDIATE|JUNIOR)")) {
                    // a meeting: the committee's series and specialty, the year and the grade in words
                    String[] parts = subject.split(":");
                    catalog.committee(parts[1]).ifPresent(committee -> labels.put(subject, parts[2] + "年 "
                            + catalog.find(committee.seriesCode()).map(Series::name).orElse(committee.seriesCode()) + " "
                            + committee.specialty() + " " + GRADE_WORDS.get(parts[3]) + "评审会议"));
                } else if (subject != null && subject.matches("applicant:\\d{1,18}")) {
                    var applicant = em.find(org.zhicheng.core.internal.persistence.ApplicantEntity.class,
                            Long.parseLong(subject.substring(10)));
                    if (applicant != null) {
                        labels.put(subject, "申报人 " + applicant.getFullName());
                    }
                }
            }
            return labels;
        });
    }

}
