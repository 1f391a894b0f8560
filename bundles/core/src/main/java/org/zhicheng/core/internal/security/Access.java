package org.zhicheng.core.internal.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.Refusals;

/**
 * Who may do what to which file: the one place core decides it, whatever the caller (web UI, REST, shell).
 * A role may do some acts (the table below) and only to the files it covers (its scope).
 */
public final class Access {

    private static final Map<Role, Set<Act>> ACTS = Map.of(
            Role.APPLICANT, EnumSet.of(Act.VIEW, Act.EDIT, Act.SIGN, Act.PAY, Act.OBJECT),
            Role.EMPLOYER, EnumSet.of(Act.VIEW, Act.EMPLOYER_REVIEW, Act.OBJECT, Act.RETURN),
            Role.COUNTY_BUREAU, EnumSet.of(Act.VIEW, Act.RETURN, Act.BUREAU_REVIEW, Act.PAY, Act.REFUSE),
            Role.SERIES_DEPARTMENT, EnumSet.of(Act.VIEW, Act.RETURN, Act.BUREAU_REVIEW, Act.PAY, Act.REFUSE),
            Role.COMMITTEE_OFFICE, EnumSet.of(Act.VIEW, Act.EVALUATE, Act.REFUSE),
            Role.ADMIN, EnumSet.of(Act.VIEW),
            Role.EXPERT, EnumSet.noneOf(Act.class),
            Role.INTEGRATION, EnumSet.allOf(Act.class),
            Role.SYSTEM, EnumSet.allOf(Act.class));

    private Access() {
    }

    public static boolean permits(Actor actor, Act act, FileScope file) {
        return CoreActors.trusted(actor) && accountMay(actor, act, file);
    }

    /**
     * Whether an account that core read from its own table would be permitted the act (e.g. who is told of a file); for
     * such accounts only, never for a caller, whose actor must be one core issued ({@link #permits}).
     */
    public static boolean accountMay(Actor account, Act act, FileScope file) {
        return account != null && ACTS.get(account.role()).contains(act) && covers(account, act, file);
    }

    /** Refuses with {@code FORBIDDEN} unless the actor may do the act to the file; changes nothing either way. */
    public static void require(Actor actor, Act act, FileScope file) {
        requireActor(actor);
        if (!permits(actor, act, file)) {
            throw forbidden(actor, act, file);
        }
    }

    /** Refuses unless the actor may do at least one of the acts to the file; the first act names the refusal. */
    public static void requireAny(Actor actor, FileScope file, Act first, Act... others) {
        requireActor(actor);
        if (!permitsAny(actor, file, first, others)) {
            throw forbidden(actor, first, file);
        }
    }

    /** Whether the actor may do at least one of the acts to the file. */
    public static boolean permitsAny(Actor actor, FileScope file, Act first, Act... others) {
        if (permits(actor, first, file)) {
            return true;
        }
        for (Act act : others) {
            if (permits(actor, act, file)) {
                return true;
            }
        }
        return false;
    }

    /**
     * the anonymised part of a file (what is not identity) is read by an expert only when assigned to it, and by
     * everybody else as {@link Act#VIEW} allows; {@code assignedExpert} says whether the actor is an expert assigned to
     * the file (the assignment lives in the database).
     */
    public static void requireAnonymisedRead(Actor actor, FileScope file, boolean assignedExpert) {
        requireActor(actor);
        if (actor.role() == Role.EXPERT) {
            if (!assignedExpert) {
                throw Refusals.notAssigned(actor.username());
            }
            return;
        }
        require(actor, Act.VIEW, file);
    }

    /** Refuses unless the actor has one of the roles; for acts not tied to one file. */
    public static void requireRole(Actor actor, Set<Role> roles, String what) {
        requireActor(actor);
        if (!roles.contains(actor.role())) {
            throw Refusal.FORBIDDEN.refuse(actor.role().officialTerm(), what, Refusals.words(actor.role()));
        }
    }

    public static void requireActor(Actor actor) {
        if (actor == null) {
            throw Refusal.INVALID_INPUT.variant("actorRequired").refuse();
        }
        if (!CoreActors.trusted(actor)) {
            // issue 15: an actor that core's authentication did not issue (built by a plugin, REST or UI) is nobody
            throw Refusal.FORBIDDEN.refuse(actor.role().officialTerm(), "以未经平台认证的身份操作", Refusals.words(actor.role()));
        }
    }

    private static boolean covers(Actor actor, Act act, FileScope file) {
        return switch (actor.role()) {
            case INTEGRATION, SYSTEM, ADMIN -> true;
            case APPLICANT -> act == Act.OBJECT
                    ? sameUnit(actor, file)
                    : actor.applicantId() != null && actor.applicantId() == file.applicantId();
            case EMPLOYER -> sameUnit(actor, file);
            case COUNTY_BUREAU -> Objects.equals(actor.county(), file.county());
            case SERIES_DEPARTMENT -> file.seriesCode() != null && actor.seriesCodes().contains(file.seriesCode());
            case COMMITTEE_OFFICE -> actor.seriesCodes().isEmpty()
                    || file.seriesCode() != null && actor.seriesCodes().contains(file.seriesCode());
            case EXPERT -> false;
        };
    }

    /** By the unit's id; by name only where neither side is a unit on record (registered before units were records). */
    private static boolean sameUnit(Actor actor, FileScope file) {
        if (actor.unitId() != null || file.unitId() != null) {
            return Objects.equals(actor.unitId(), file.unitId());
        }
        return Objects.equals(actor.employer(), file.employer());
    }

    private static ZhichengException forbidden(Actor actor, Act act, FileScope file) {
        return Refusal.FORBIDDEN.variant("file").refuse(actor.role().officialTerm(), actor.username(), act.chineseName(),
                file.subject(), Refusals.words(actor.role()), Refusals.words(act), file.seriesCode() == null ? "applicant" : "file");
    }

    /**
     * Issue 15: an expert's profile (real name, employer) is read by the committee office, admins and the expert
     * themself; never by applicants, reviewers or other experts.
     */
    public static void requireExpertProfileRead(Actor actor, String expertId) {
        requireActor(actor);
        if (actor.role() == Role.EXPERT && Objects.equals(actor.expertId(), expertId)) {
            return;
        }
        requireRole(actor, Set.of(Role.COMMITTEE_OFFICE, Role.ADMIN, Role.INTEGRATION, Role.SYSTEM), "查看评审专家的身份信息");
    }
}
