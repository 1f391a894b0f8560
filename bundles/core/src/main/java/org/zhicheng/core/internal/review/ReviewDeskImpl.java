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
import org.zhicheng.api.workflow.WorkflowAct;
import org.zhicheng.core.internal.Objectors;
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
import org.zhicheng.core.internal.workflow.Transitions;

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
            // the table decides which acts start from the status and whom Access lets do them; the desk shows its own
            List<WorkflowAct> permitted = Transitions.permittedFrom(file.getStatus(), actor, scope);
            for (ReviewAct act : ReviewAct.values()) {
                if (!act.belongsTo(file.getStatus()) || !permitted.contains(act.workflowAct()) || !onUnitsBehalf(actor, act, scope)) {
                    continue;
                }
                LocalDate resubmitBy = returnsTheFile(act) ? campaigns.campaign(file.getEvaluationYear())
                        .map(c -> today.plusDays(c.returnDeadlineDays())).orElse(null) : null;
                try {
                    check(act, file, this::campaign, today);
                    if (act == ReviewAct.OBJECT) {
                        Objectors.requireColleague(em, file, actor); // the approver is not a colleague (issue 15)
                    }
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

    /** An objection is recorded here on the unit's behalf: by who reviews for the unit, beyond the table's OBJECT. */
    private static boolean onUnitsBehalf(Actor actor, ReviewAct act, FileScope scope) {
        return act != ReviewAct.OBJECT || Access.permits(actor, Act.EMPLOYER_REVIEW, scope);
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
            throw Refusals.invalidPage(offset, limit);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ReviewQuery wanted = query == null ? ReviewQuery.pending() : query;
            List<ApplicationEntity> page = wanted.pendingOnly() ? pendingPage(em, wanted, actor, offset, limit)
                    : allPage(em, wanted, actor, offset, limit);
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

    /**
     * A page of the pending queue, oldest change first. The role waits on several statuses (and series staff on several
     * series); one query over all of them would read and sort every pending file of the scope for one page. Instead each
     * status (and series) is read in the order of its index (status, scope, last change, id), so that the database
     * stops after offset + limit rows of each, and the few rows are merged here (issue 16 item 7).
     */
    private static List<ApplicationEntity> pendingPage(EntityManager em, ReviewQuery query, Actor actor, int offset, int limit) {
        return mergedPage(em, query, actor, slices(query, actor), " ORDER BY p.lastChange ASC, p.id ASC", OLDEST_FIRST, offset,
                limit);
    }

    private static final Comparator<ApplicationEntity> OLDEST_FIRST = Comparator.comparing(ApplicationEntity::getLastChange)
            .thenComparingLong(ApplicationEntity::getId);
    private static final Comparator<ApplicationEntity> NEWEST_FIRST = OLDEST_FIRST.reversed();

    /**
     * A page of all the scope's files, newest change first. Each slice (the county's files, one series of series staff,
     * or all) is read in the order of its index (scope, last change descending, id descending: change set 10), so that
     * the database stops after the page instead of sorting the whole scope; series staff's slices are merged here, as
     * the pending queue's are (issue 16 item 7).
     */
    private static List<ApplicationEntity> allPage(EntityManager em, ReviewQuery query, Actor actor, int offset, int limit) {
        return mergedPage(em, query, actor, allSlices(query, actor), " ORDER BY p.lastChange DESC, p.id DESC", NEWEST_FIRST,
                offset, limit);
    }

    /**
     * A page over disjoint slices, each read in its index's order ({@code order}, which {@code inOrder} repeats): the
     * database pages a single slice itself; of several, each stops after offset + limit rows, merged here.
     */
    private static List<ApplicationEntity> mergedPage(EntityManager em, ReviewQuery query, Actor actor, List<Slice> slices,
                                                      String order, Comparator<ApplicationEntity> inOrder, int offset, int limit) {
        if (slices.size() == 1) {
            return select(em, query, actor, slices.get(0), "p", " JOIN FETCH p.applicant", order, ApplicationEntity.class)
                    .setFirstResult(offset).setMaxResults(limit).getResultList();
        }
        List<ApplicationEntity> merged = new ArrayList<>();
        for (Slice slice : slices) {
            merged.addAll(select(em, query, actor, slice, "p", " JOIN FETCH p.applicant", order, ApplicationEntity.class)
                    .setMaxResults(offset + limit).getResultList());
        }
        merged.sort(inOrder);
        return merged.subList(Math.min(offset, merged.size()), Math.min(offset + limit, merged.size()));
    }

    /** One status of the role's pending ones (null: any), and for series staff one of their series (null: the scope as it is). */
    private record Slice(ApplicationStatus status, String seriesCode) {
    }

    /** Series staff with series read one series at a time (an IN list of series cannot come from the index in order). */
    private static boolean bySeries(Actor actor) {
        return (actor.role() == Role.SERIES_DEPARTMENT || actor.role() == Role.COMMITTEE_OFFICE) && !actor.seriesCodes().isEmpty();
    }

    /** The all-files list's slices: the series of series staff that the query keeps, else the scope as one; the actor checked first. */
    private static List<Slice> allSlices(ReviewQuery query, Actor actor) {
        ScopeQuery.of(actor, "p.applicant", "p");
        if (!bySeries(actor)) {
            return List.of(new Slice(null, null));
        }
        return actor.seriesCodes().stream().filter(series -> query.seriesCode() == null || query.seriesCode().equals(series))
                .sorted().map(series -> new Slice(null, series)).toList();
    }

    /**
     * The pending statuses the query keeps, times the series of series staff: disjoint, together the whole queue. The
     * actor is checked first (who may list files at all), so that a refusal does not depend on a slice being left.
     */
    private static List<Slice> slices(ReviewQuery query, Actor actor) {
        ScopeQuery.of(actor, "p.applicant", "p");
        List<Slice> slices = new ArrayList<>();
        boolean bySeries = bySeries(actor);
        for (ApplicationStatus status : PENDING.getOrDefault(actor.role(), Set.of())) {
            if (query.status() != null && query.status() != status) {
                continue;
            }
            if (!bySeries) {
                slices.add(new Slice(status, null));
                continue;
            }
            for (String series : actor.seriesCodes()) {
                if (query.seriesCode() == null || query.seriesCode().equals(series)) {
                    slices.add(new Slice(status, series));
                }
            }
        }
        return slices;
    }

    @Override
    public long count(ReviewQuery query, Actor actor) {
        ReviewQuery wanted = query == null ? ReviewQuery.pending() : query;
        return jpa.txExpr(TransactionType.Required, em -> {
            if (!wanted.pendingOnly()) {
                return select(em, wanted, actor, null, "COUNT(p)", "", "", Long.class).getSingleResult();
            }
            // the slices' counts: each one range of its index (the index holds the ids: no row is read), where one count
            // over all pending statuses read every index entry of the scope (11,112 of a county at 100,000 files)
            long count = 0;
            for (Slice slice : slices(wanted, actor)) {
                count += select(em, wanted, actor, slice, "COUNT(p)", "", "", Long.class).getSingleResult();
            }
            return count;
        });
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

    /**
     * The actor's queue: the scope, the pending statuses of the role (or the slice's one status and series), the filter
     * and the search, in the database.
     */
    private static <T> TypedQuery<T> select(EntityManager em, ReviewQuery query, Actor actor, Slice slice, String select,
                                            String fetch, String order, Class<T> type) {
        ScopeQuery actorsScope = ScopeQuery.of(actor, "p.applicant", "p");
        // a slice's series is one of the actor's own (slices()): it narrows the scope's series to that one
        ScopeQuery scope = slice != null && slice.seriesCode() != null
                ? new ScopeQuery("p.seriesCode = :scopeSeries", Map.of("scopeSeries", slice.seriesCode())) : actorsScope;
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder jpql = new StringBuilder("SELECT ").append(select).append(" FROM ApplicationEntity p").append(fetch)
                .append(" WHERE ").append(scope.condition());
        if (slice != null && slice.status() != null) {
            jpql.append(" AND p.status = :pendingStatus");
            parameters.put("pendingStatus", slice.status());
        } else if (slice == null && query.pendingOnly()) {
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
            QueueSearch.of(query.text()).appendTo(em, jpql, parameters);
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
