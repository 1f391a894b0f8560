package org.zhicheng.core.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.ExamResult;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.core.internal.persistence.ApplicantEntity;
import org.zhicheng.core.internal.persistence.ExamResultEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;
import org.zhicheng.core.internal.security.Guarded;
import org.zhicheng.core.internal.security.ScopeQuery;
import org.zhicheng.core.internal.unit.UnitEntity;
import org.zhicheng.core.internal.unit.Units;

@Component(service = ApplicantService.class)
public class ApplicantServiceImpl implements ApplicantService {

    private final JpaTemplate jpa;

    @Activate
    public ApplicantServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** Who registers applicants on their behalf; applicants register themselves through the account service. */
    private static final Set<Role> REGISTRARS = Set.of(Role.EMPLOYER, Role.COUNTY_BUREAU, Role.ADMIN, Role.INTEGRATION,
            Role.SYSTEM);

    @Override
    public Applicant register(NewApplicant applicant, Actor actor) {
        if (applicant == null) {
            throw Refusal.INVALID_INPUT.variant("applicantRequired").refuse();
        }
        Access.requireRole(actor, REGISTRARS, "代为注册申报人");
        return jpa.txExpr(TransactionType.Required, em -> insert(em, applicant, actor).toRecord());
    }

    /** Self-registration's insert (no registrar to check). */
    public static ApplicantEntity insert(EntityManager em, NewApplicant applicant) {
        return insert(em, applicant, null);
    }

    /**
     * Inserts the applicant, refusing a second registration of the same ID number; for the account service too. The
     * employer's name, county and tier come from the unit on record: the one named by id, or the confirmed one of the
     * given name; only a name not on record is kept as given.
     *
     * @param registrar who registers someone else (an employer its own staff, a county bureau the staff of its county's
     *                  units), checked against the unit; null for self-registration
     */
    public static ApplicantEntity insert(EntityManager em, NewApplicant applicant, Actor registrar) {
        RegistrationChecks.requirePerson(applicant); // the phone's form and a plausible birth date
        UnitEntity unit = applicant.unitId() != null ? Units.require(em, applicant.unitId())
                : Units.confirmedByName(em, applicant.employer()).orElse(null);
        String employer = unit == null ? applicant.employer() : unit.getName();
        String county = unit == null ? applicant.county() : unit.getCounty();
        Tier tier = unit == null ? applicant.tier() : unit.getTier();
        if (registrar != null) {
            Access.require(registrar, Act.VIEW, new FileScope(-1, employer, county, null, unit == null ? null : unit.getId()));
        }
        boolean taken = !em.createNamedQuery(ApplicantEntity.BY_ID_NUMBER, ApplicantEntity.class)
                .setParameter("idNumber", applicant.idNumber().value()).getResultList().isEmpty();
        if (taken) {
            throw Refusals.duplicateIdNumber();
        }
        ApplicantEntity entity = new ApplicantEntity(applicant.fullName(), applicant.idNumber().value(),
                unit == null ? null : unit.getId(), employer, county, tier, applicant.phone(), Instant.now());
        em.persist(entity);
        em.flush();
        return entity;
    }

    @Override
    public Optional<Applicant> find(long applicantId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(ApplicantEntity.class, applicantId))
                .map(applicant -> {
                    // series staff see the applicants with a file in their series, as in their lists
                    if (!Access.permits(actor, Act.VIEW, FileScope.of(applicant)) && !inScope(em, applicantId, actor)) {
                        Access.require(actor, Act.VIEW, FileScope.of(applicant));
                    }
                    return applicant.toRecord();
                }));
    }

    private static boolean inScope(EntityManager em, long applicantId, Actor actor) {
        ScopeQuery scope = ScopeQuery.of(actor, "a", null);
        return scope.bind(em.createQuery("SELECT COUNT(a) FROM ApplicantEntity a WHERE a.id = :id AND " + scope.condition(),
                Long.class)).setParameter("id", applicantId).getSingleResult() > 0;
    }

    @Override
    public List<Applicant> list(int offset, int limit, Actor actor) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw Refusals.invalidPage(offset, limit);
        }
        ScopeQuery scope = ScopeQuery.of(actor, "a", null);
        return jpa.txExpr(TransactionType.Required, em -> scope.bind(em.createQuery(
                        "SELECT a FROM ApplicantEntity a WHERE " + scope.condition() + " ORDER BY a.id", ApplicantEntity.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(ApplicantEntity::toRecord).toList());
    }

    @Override
    public long count(Actor actor) {
        ScopeQuery scope = ScopeQuery.of(actor, "a", null);
        return jpa.txExpr(TransactionType.Required, em -> scope.bind(em.createQuery(
                "SELECT COUNT(a) FROM ApplicantEntity a WHERE " + scope.condition(), Long.class)).getSingleResult());
    }

    @Override
    public ExamResult recordExamResult(ExamResult result, Actor actor) {
        if (result == null) {
            throw Refusal.INVALID_INPUT.variant("examResultRequired").refuse();
        }
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            // the series department reaches an applicant (who has no series) through their files, as for education
            ApplicantEntity applicant = Guarded.applicantForAny(em, result.applicantId(), actor, Act.EDIT, Act.BUREAU_REVIEW);
            ExamResultEntity entity = new ExamResultEntity(applicant, result, Instant.now());
            em.persist(entity);
            em.flush();
            return entity.toRecord();
        });
    }

    @Override
    public List<ExamResult> examResults(long applicantId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            Guarded.applicantForAny(em, applicantId, actor, Act.VIEW);
            return ExamResultEntity.of(em, applicantId);
        });
    }
}
