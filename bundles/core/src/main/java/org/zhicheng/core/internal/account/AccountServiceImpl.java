package org.zhicheng.core.internal.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.ApplicantServiceImpl;
import org.zhicheng.core.internal.RegistrationChecks;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.persistence.ApplicantEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Guarded;
import org.zhicheng.core.internal.unit.UnitEntity;
import org.zhicheng.core.internal.unit.Units;

@Component(service = AccountService.class)
public class AccountServiceImpl implements AccountService {

    private static final Set<Role> ACCOUNT_MANAGERS = Set.of(Role.ADMIN, Role.SYSTEM);

    private final JpaTemplate jpa;
    private final AuditLogImpl audit;

    @Activate
    public AccountServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa, @Reference AuditLogImpl audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public Optional<Actor> authenticate(String username, char[] password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity account = em.find(AccountEntity.class, username.trim());
            boolean matches = PasswordHashing.matches(password, account == null ? null : account.getPasswordHash());
            if (!matches || !account.isEnabled()) {
                return Optional.empty();
            }
            return Optional.of(actor(em, account));
        });
    }

    static Actor actor(EntityManager em, AccountEntity account) {
        if (account.getRole() != Role.APPLICANT) {
            return account.toActor(null, null, null);
        }
        ApplicantEntity applicant = em.find(ApplicantEntity.class, account.getApplicantId());
        return account.toActor(applicant.getEmployer(), applicant.getCounty(), applicant.getUnitId());
    }

    @Override
    public Actor registerApplicant(NewApplicant applicant, String username, char[] password) {
        if (applicant == null) {
            throw Refusals.invalidInput("申报人信息不能为空");
        }
        requirePassword(password);
        RegistrationChecks.requireTierMatchesCounty(applicant); // 地直 has no county; 县市 and 乡镇 one of the prefecture's
        Actor probe = newActor(() -> Actor.applicant(username, applicant.fullName(), 0, applicant.employer(), applicant.county()));
        return jpa.txExpr(TransactionType.Required, em -> register(em, applicant, probe.username(), password, ""));
    }

    @Override
    public Actor registerApplicantProposingUnit(NewApplicant applicant, NewUnit unit, String username, char[] password) {
        if (applicant == null || unit == null) {
            throw Refusals.invalidInput(applicant == null ? "申报人信息不能为空" : "单位信息不能为空");
        }
        requirePassword(password);
        Actor probe = newActor(() -> Actor.applicant(username, applicant.fullName(), 0, unit.name(), unit.county()));
        return jpa.txExpr(TransactionType.Required, em -> {
            UnitEntity proposed = Units.propose(em, unit, probe.username());
            NewApplicant ofUnit = NewApplicant.ofUnit(applicant.fullName(), applicant.idNumber(), proposed.getId(),
                    applicant.phone());
            Actor account = register(em, ofUnit, probe.username(), password, "，提议新单位" + proposed.getName());
            audit.record(em, account.username(), "UNIT_PROPOSED", "unit:" + proposed.getId(), proposed.getName() + "，"
                    + proposed.getType().officialTerm() + "，待" + (proposed.getCounty() == null ? "系统管理员"
                    : proposed.getCounty() + "人社局") + "确认");
            return account;
        });
    }

    private Actor register(EntityManager em, NewApplicant applicant, String username, char[] password, String note) {
        requireFree(em, username);
        ApplicantEntity registered = ApplicantServiceImpl.insert(em, applicant);
        Actor account = new Actor(username, applicant.fullName(), Role.APPLICANT, registered.getId(), registered.getEmployer(),
                registered.getCounty(), Set.of(), null, registered.getUnitId());
        em.persist(new AccountEntity(account, PasswordHashing.hash(password), Instant.now()));
        em.flush();
        audit.record(em, account.username(), "ACCOUNT_REGISTERED", "account:" + account.username(),
                "申报人自行注册，申报人" + registered.getId() + note);
        return account;
    }

    @Override
    public Actor createAccount(Actor account, char[] password, Actor admin) {
        Access.requireRole(admin, ACCOUNT_MANAGERS, "管理账号");
        if (account == null) {
            throw Refusals.invalidInput("账号信息不能为空");
        }
        if (account.role() == Role.SYSTEM) {
            throw Refusals.invalidInput("不能创建系统角色的账号");
        }
        requirePassword(password);
        return jpa.txExpr(TransactionType.Required, em -> {
            requireFree(em, account.username());
            Actor created = account;
            if (account.role() == Role.APPLICANT) {
                ApplicantEntity applicant = Guarded.applicant(em, account.applicantId());
                boolean hasAccount = !em.createNamedQuery(AccountEntity.FOR_APPLICANT, AccountEntity.class)
                        .setParameter("applicantId", applicant.getId()).getResultList().isEmpty();
                if (hasAccount) {
                    throw new ZhichengException("APPLICANT_HAS_ACCOUNT", "该申报人已有账号",
                            "applicant " + applicant.getId() + " already has an account");
                }
                created = new Actor(account.username(), applicant.getFullName(), Role.APPLICANT, applicant.getId(),
                        applicant.getEmployer(), applicant.getCounty(), Set.of(), null, applicant.getUnitId());
            } else if (account.role() == Role.EMPLOYER) {
                // an employer account points to a confirmed unit on record: the one named by id, or the one of its name
                UnitEntity unit = account.unitId() != null ? Units.requireConfirmed(em, account.unitId())
                        : Units.confirmedByName(em, account.employer()).orElse(null);
                if (unit != null) {
                    created = account.withUnit(unit.getId(), unit.getName());
                }
            }
            em.persist(new AccountEntity(created, PasswordHashing.hash(password), Instant.now()));
            em.flush();
            audit.record(em, admin.username(), "ACCOUNT_CREATED", "account:" + created.username(), created.role().officialTerm()
                    + scopeText(created));
            return created;
        });
    }

    @Override
    public void resetPassword(String username, char[] newPassword, Actor admin) {
        Access.requireRole(admin, ACCOUNT_MANAGERS, "重置密码");
        requirePassword(newPassword);
        jpa.tx(TransactionType.Required, em -> {
            AccountEntity account = existing(em, username);
            account.setPasswordHash(PasswordHashing.hash(newPassword));
            audit.record(em, admin.username(), "ACCOUNT_PASSWORD_RESET", "account:" + username.trim(), "管理员重置密码");
        });
    }

    @Override
    public void setEnabled(String username, boolean enabled, Actor admin) {
        Access.requireRole(admin, ACCOUNT_MANAGERS, "停用或启用账号");
        jpa.tx(TransactionType.Required, em -> {
            AccountEntity account = existing(em, username);
            if (admin.username().equals(username.trim()) && !enabled) {
                throw Refusals.invalidInput("不能停用自己的账号");
            }
            account.setEnabled(enabled);
            audit.record(em, admin.username(), enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account:" + username.trim(),
                    enabled ? "启用账号" : "停用账号");
        });
    }

    @Override
    public List<Actor> accounts(int offset, int limit, Actor admin) {
        Access.requireRole(admin, ACCOUNT_MANAGERS, "查看账号");
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw Refusals.invalidInput("分页参数无效：offset=" + offset + ", limit=" + limit);
        }
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(AccountEntity.PAGE, AccountEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(a -> actor(em, a)).toList());
    }

    @Override
    public long countAccounts(Actor admin) {
        Access.requireRole(admin, ACCOUNT_MANAGERS, "查看账号");
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(AccountEntity.COUNT, Long.class).getSingleResult());
    }

    @Override
    public List<Actor> accounts(String text, int offset, int limit, Actor admin) {
        Access.requireRole(admin, ACCOUNT_MANAGERS, "查看账号");
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw Refusals.invalidInput("分页参数无效：offset=" + offset + ", limit=" + limit);
        }
        return jpa.txExpr(TransactionType.Required, em -> matching(em, text, "a", " ORDER BY a.username", AccountEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(a -> actor(em, a)).toList());
    }

    @Override
    public long countAccounts(String text, Actor admin) {
        Access.requireRole(admin, ACCOUNT_MANAGERS, "查看账号");
        return jpa.txExpr(TransactionType.Required, em -> matching(em, text, "COUNT(a)", "", Long.class).getSingleResult());
    }

    /** Accounts whose user name or display name contains the text, case-insensitively; all for a blank text. */
    private static <T> javax.persistence.TypedQuery<T> matching(EntityManager em, String text, String select, String order,
                                                                Class<T> type) {
        String wanted = text == null ? "" : text.trim().replace("%", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) {
            return em.createQuery("SELECT " + select + " FROM AccountEntity a" + order, type);
        }
        return em.createQuery("SELECT " + select + " FROM AccountEntity a WHERE LOWER(a.username) LIKE :text"
                + " OR LOWER(a.displayName) LIKE :text" + order, type).setParameter("text", "%" + wanted + "%");
    }

    private static AccountEntity existing(EntityManager em, String username) {
        AccountEntity account = username == null ? null : em.find(AccountEntity.class, username.trim());
        if (account == null) {
            throw new ZhichengException("UNKNOWN_ACCOUNT", "账号不存在：" + username, "no account " + username);
        }
        return account;
    }

    private static void requireFree(EntityManager em, String username) {
        if (em.find(AccountEntity.class, username) != null) {
            throw new ZhichengException("USERNAME_TAKEN", "用户名已被使用：" + username, "user name " + username + " is taken");
        }
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw Refusals.invalidInput("密码至少" + MIN_PASSWORD_LENGTH + "位");
        }
    }

    /** The record's own checks (user name, scope) as a clear refusal. */
    private static Actor newActor(Supplier<Actor> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw Refusals.invalidInput(e.getMessage());
        }
    }

    private static String scopeText(Actor actor) {
        return switch (actor.role()) {
            case APPLICANT -> "，申报人" + actor.applicantId();
            case EMPLOYER -> "，" + actor.employer();
            case COUNTY_BUREAU -> "，" + actor.county();
            case SERIES_DEPARTMENT, COMMITTEE_OFFICE -> actor.seriesCodes().isEmpty() ? "，全部系列"
                    : "，" + String.join("、", new TreeSet<>(actor.seriesCodes()));
            case EXPERT -> "，专家" + actor.expertId();
            default -> "";
        };
    }
}
