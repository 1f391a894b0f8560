package org.zhicheng.core.internal.account;

import java.time.Clock;
import java.time.Duration;
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
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.ApplicantServiceImpl;
import org.zhicheng.core.internal.RegistrationChecks;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.persistence.ApplicantEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.core.internal.security.Guarded;
import org.zhicheng.core.internal.unit.UnitEntity;
import org.zhicheng.core.internal.unit.Units;

@Component(service = {AccountService.class, DemoAccounts.class}, configurationPid = AccountServiceImpl.LOGIN_PID)
@Designate(ocd = LoginConfiguration.class)
public class AccountServiceImpl implements AccountService, DemoAccounts {

    static final String LOGIN_PID = "org.zhicheng.login";
    private static final Set<Role> ACCOUNT_MANAGERS = Set.of(Role.ADMIN, Role.SYSTEM);
    /** Longest user name kept as a throttling key or audit subject: longer ones are no account anyway. */
    private static final int MAX_KEY = 64;

    private final JpaTemplate jpa;
    private final AuditLogImpl audit;
    private final Clock clock;
    private volatile LoginThrottle throttle;
    private volatile VerifiedCredentials verified;

    @Activate
    public AccountServiceImpl(LoginConfiguration login, @Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                              @Reference AuditLogImpl audit) {
        this(jpa, audit, new LoginThrottle(jpa, login), new VerifiedCredentials(Duration.ofSeconds(login.credentialSeconds())),
                Clock.systemUTC());
    }

    /** The default throttling (5 failures, 15 minutes), for tests that do not exercise it. */
    public AccountServiceImpl(JpaTemplate jpa, AuditLogImpl audit) {
        this(jpa, audit, new LoginThrottle(jpa, 5, 30, Duration.ofMinutes(15), Duration.ZERO, Duration.ZERO),
                new VerifiedCredentials(Duration.ofMinutes(5)), Clock.systemUTC());
    }

    AccountServiceImpl(JpaTemplate jpa, AuditLogImpl audit, LoginThrottle throttle, VerifiedCredentials verified, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.throttle = throttle;
        this.verified = verified;
        this.clock = clock;
    }

    /** New numbers apply at once (to the counts so far), without restarting the service its users hold. */
    @Modified
    void modified(LoginConfiguration login) {
        throttle = new LoginThrottle(jpa, login);
        verified = new VerifiedCredentials(Duration.ofSeconds(login.credentialSeconds()));
    }

    @Override
    public Optional<Actor> authenticate(String username, char[] password) {
        return authenticate(username, password, null);
    }

    @Override
    public Optional<Actor> authenticate(String username, char[] password, String clientAddress) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        String name = username.trim();
        String key = name.length() > MAX_KEY ? name.substring(0, MAX_KEY) : name;
        String address = clientAddress == null || clientAddress.isBlank() ? null : clientAddress.trim();
        Instant now = clock.instant();
        LoginThrottle limits = throttle;
        VerifiedCredentials cache = verified;
        limits.requireOpen(key, address, now); // locked: refused whatever the password (issue 15)
        Optional<Actor> result = jpa.txExpr(TransactionType.Required, em -> {
            AccountEntity account = name.length() > MAX_KEY ? null : em.find(AccountEntity.class, name);
            String stored = account == null ? null : account.getPasswordHash();
            // only an exact earlier match is served from memory; anything else pays the full hash
            boolean matches = account != null && cache.remembered(name, password, now)
                    || PasswordHashing.matches(password, stored);
            if (!matches || !account.isEnabled()) {
                return Optional.empty();
            }
            limits.succeeded(key);
            if (PasswordHashing.needsUpgrade(stored)) {
                account.setPasswordHash(PasswordHashing.hash(password)); // issue 15: older iteration counts upgraded
            }
            cache.remember(name, password, now);
            return Optional.of(CoreActors.issue(actor(em, account))); // issue 15: core alone mints a signed-in actor
        });
        if (result.isEmpty()) {
            // counted in the database in a transaction of its own, shared by every node (issue 15)
            LoginThrottle.Failure failure = limits.failed(key, address, now);
            String from = address == null ? "" : "，来自" + address;
            jpa.tx(TransactionType.Required, em -> {
                audit.record(em, "login", "LOGIN_FAILED", "account:" + key, "登录失败（连续第" + failure.count() + "次）" + from);
                if (failure.locked()) {
                    audit.record(em, "login", "LOGIN_LOCKED", "account:" + key, "登录失败次数过多，暂时锁定" + from);
                }
            });
            pause(failure.delay());
        }
        return result;
    }

    /** The growing delay of a failed login: slows guessing without refusing the right password afterwards. */
    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
            throw Refusal.INVALID_INPUT.variant("applicantRequired").refuse();
        }
        PasswordPolicy.requireAcceptable(password, username);
        return registerChecked(applicant, username, password, PasswordHashing.ITERATIONS);
    }

    @Override
    public Actor registerDemoApplicant(NewApplicant applicant, String username, char[] password) {
        requirePassword(password);
        return registerChecked(applicant, username, password, PasswordHashing.LEGACY_ITERATIONS);
    }

    private Actor registerChecked(NewApplicant applicant, String username, char[] password, int iterations) {
        if (applicant == null) {
            throw Refusals.invalidInput("申报人信息不能为空");
        }
        RegistrationChecks.requireTierMatchesCounty(applicant); // 地直 has no county; 县市 and 乡镇 one of the prefecture's
        Actor probe = newActor(() -> Actor.applicant(username, applicant.fullName(), 0, applicant.employer(), applicant.county()));
        // the new account is signed in at once (the UI goes on as it): an actor core issues
        return CoreActors.issue(jpa.txExpr(TransactionType.Required,
                em -> register(em, applicant, probe.username(), password, "", iterations)));
    }

    @Override
    public Actor registerApplicantProposingUnit(NewApplicant applicant, NewUnit unit, String username, char[] password) {
        if (applicant == null || unit == null) {
            throw Refusal.INVALID_INPUT.variant(applicant == null ? "applicantRequired" : "unitRequired").refuse();
        }
        PasswordPolicy.requireAcceptable(password, username);
        return proposingUnit(applicant, unit, username, password, PasswordHashing.ITERATIONS);
    }

    @Override
    public Actor registerDemoApplicantProposingUnit(NewApplicant applicant, NewUnit unit, String username, char[] password) {
        if (applicant == null || unit == null) {
            throw Refusals.invalidInput(applicant == null ? "申报人信息不能为空" : "单位信息不能为空");
        }
        requirePassword(password);
        return proposingUnit(applicant, unit, username, password, PasswordHashing.LEGACY_ITERATIONS);
    }

    private Actor proposingUnit(NewApplicant applicant, NewUnit unit, String username, char[] password, int iterations) {
        Actor probe = newActor(() -> Actor.applicant(username, applicant.fullName(), 0, unit.name(), unit.county()));
        return CoreActors.issue(jpa.txExpr(TransactionType.Required, em -> {
            UnitEntity proposed = Units.propose(em, unit, probe.username());
            NewApplicant ofUnit = NewApplicant.ofUnit(applicant.fullName(), applicant.idNumber(), proposed.getId(),
                    applicant.phone());
            Actor account = register(em, ofUnit, probe.username(), password, "，提议新单位" + proposed.getName(),
                    iterations);
            audit.record(em, account.username(), "UNIT_PROPOSED", "unit:" + proposed.getId(), proposed.getName() + "，"
                    + proposed.getType().officialTerm() + "，待" + (proposed.getCounty() == null ? "系统管理员"
                    : proposed.getCounty() + "人社局") + "确认");
            return account;
        }));
    }

    private Actor register(EntityManager em, NewApplicant applicant, String username, char[] password, String note,
                           int iterations) {
        requireFree(em, username);
        ApplicantEntity registered = ApplicantServiceImpl.insert(em, applicant);
        Actor account = new Actor(username, applicant.fullName(), Role.APPLICANT, registered.getId(), registered.getEmployer(),
                registered.getCounty(), Set.of(), null, registered.getUnitId());
        em.persist(new AccountEntity(account, PasswordHashing.hash(password, iterations), Instant.now()));
        em.flush();
        audit.record(em, account.username(), "ACCOUNT_REGISTERED", "account:" + account.username(),
                "申报人自行注册，申报人" + registered.getId() + note);
        return account;
    }

    @Override
    public Actor createAccount(Actor account, char[] password, Actor admin) {
        Access.requireRole(admin, ACCOUNT_MANAGERS, "管理账号");
        PasswordPolicy.requireAcceptable(password, account == null ? null : account.username());
        if (account != null) {
            jpa.tx(TransactionType.Required, em -> AccountReferences.require(em, account));
        }
        return create(account, password, admin, PasswordHashing.ITERATIONS);
    }

    @Override
    public Actor createDemoAccount(Actor account, char[] password, Actor admin) {
        Access.requireRole(admin, Set.of(Role.SYSTEM), "创建演示账号");
        requirePassword(password);
        return create(account, password, admin, PasswordHashing.LEGACY_ITERATIONS);
    }

    private Actor create(Actor account, char[] password, Actor admin, int iterations) {
        if (account == null) {
            throw Refusal.INVALID_INPUT.variant("accountRequired").refuse();
        }
        if (account.role() == Role.SYSTEM) {
            throw Refusal.INVALID_INPUT.variant("systemAccount").refuse();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            requireFree(em, account.username());
            Actor created = account;
            if (account.role() == Role.APPLICANT) {
                ApplicantEntity applicant = Guarded.applicant(em, account.applicantId());
                boolean hasAccount = !em.createNamedQuery(AccountEntity.FOR_APPLICANT, AccountEntity.class)
                        .setParameter("applicantId", applicant.getId()).getResultList().isEmpty();
                if (hasAccount) {
                    throw Refusal.APPLICANT_HAS_ACCOUNT.refuse(applicant.getId());
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
            em.persist(new AccountEntity(created, PasswordHashing.hash(password, iterations), Instant.now()));
            em.flush();
            audit.record(em, admin.username(), "ACCOUNT_CREATED", "account:" + created.username(), created.role().officialTerm()
                    + scopeText(created));
            return created;
        });
    }

    @Override
    public void resetPassword(String username, char[] newPassword, Actor admin) {
        Access.requireRole(admin, ACCOUNT_MANAGERS, "重置密码");
        PasswordPolicy.requireAcceptable(newPassword, username);
        jpa.tx(TransactionType.Required, em -> {
            AccountEntity account = existing(em, username);
            account.setPasswordHash(PasswordHashing.hash(newPassword));
            verified.forget(username.trim()); // the old password no longer answers from memory
            audit.record(em, admin.username(), "ACCOUNT_PASSWORD_RESET", "account:" + username.trim(), "管理员重置密码");
        });
    }

    @Override
    public void setEnabled(String username, boolean enabled, Actor admin) {
        Access.requireRole(admin, ACCOUNT_MANAGERS, "停用或启用账号");
        jpa.tx(TransactionType.Required, em -> {
            AccountEntity account = existing(em, username);
            if (admin.username().equals(username.trim()) && !enabled) {
                throw Refusal.INVALID_INPUT.variant("disableSelf").refuse();
            }
            account.setEnabled(enabled);
            verified.forget(username.trim());
            audit.record(em, admin.username(), enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account:" + username.trim(),
                    enabled ? "启用账号" : "停用账号");
        });
    }

    @Override
    public List<Actor> accounts(int offset, int limit, Actor admin) {
        Access.requireRole(admin, ACCOUNT_MANAGERS, "查看账号");
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw Refusals.invalidPage(offset, limit);
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
            throw Refusals.invalidPage(offset, limit);
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
            throw Refusal.UNKNOWN_ACCOUNT.refuse(username);
        }
        return account;
    }

    private static void requireFree(EntityManager em, String username) {
        if (em.find(AccountEntity.class, username) != null) {
            throw Refusal.USERNAME_TAKEN.refuse(username);
        }
    }

    /** The length only: the demo's seeded password predates the policy for new passwords (issue 15). */
    private static void requirePassword(char[] password) {
        if (password == null || password.length < 8) {
            throw Refusal.INVALID_INPUT.variant("passwordTooShort").refuse(8);
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
