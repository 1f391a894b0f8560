package org.zhicheng.core.internal.workflow;

import static org.zhicheng.api.domain.ApplicationStatus.CERTIFIED;
import static org.zhicheng.api.domain.ApplicationStatus.DRAFT;
import static org.zhicheng.api.domain.ApplicationStatus.FAILED;
import static org.zhicheng.api.domain.ApplicationStatus.FEE_PAID;
import static org.zhicheng.api.domain.ApplicationStatus.IN_PUBLICITY;
import static org.zhicheng.api.domain.ApplicationStatus.MATERIAL_RECEIVED;
import static org.zhicheng.api.domain.ApplicationStatus.PASSED;
import static org.zhicheng.api.domain.ApplicationStatus.RECOMMENDED;
import static org.zhicheng.api.domain.ApplicationStatus.REFUSED;
import static org.zhicheng.api.domain.ApplicationStatus.RETURNED;
import static org.zhicheng.api.domain.ApplicationStatus.REVOKED;
import static org.zhicheng.api.domain.ApplicationStatus.SUBMITTED;
import static org.zhicheng.api.domain.ApplicationStatus.UNDER_EVALUATION;
import static org.zhicheng.api.domain.ApplicationStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.workflow.Transition;
import org.zhicheng.api.workflow.WorkflowAct;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;

/**
 * The file's workflow in one table: for each act, the statuses it may start from, the status it leads to, the rules
 * and the roles (those whose {@link Act} in {@code Access} allows it). Written from what the services do; the services'
 * status checks ask it ({@code ReviewChecks}), every status change goes through it ({@code FileHistory.move} refuses
 * a move the table lacks) and {@code docs/workflow.md} is generated from it (TransitionsTest).
 */
public final class Transitions {

    private static final Set<Role> ANY_CALLER = EnumSet.of(Role.INTEGRATION, Role.SYSTEM);

    /** Files that stay as they are: refused, withdrawn, revoked, and certified (revoked only through the certificate). */
    public static final Set<ApplicationStatus> FINAL = Collections.unmodifiableSet(
            EnumSet.of(REFUSED, WITHDRAWN, REVOKED, CERTIFIED));

    private static final Map<WorkflowAct, Act> SECURITY_ACT = new EnumMap<>(WorkflowAct.class);
    private static final Map<WorkflowAct, Transition> ROWS = new EnumMap<>(WorkflowAct.class);

    static {
        Set<Role> applicant = roles(Role.APPLICANT);
        Set<Role> employer = roles(Role.EMPLOYER);
        Set<Role> bureaus = roles(Role.COUNTY_BUREAU, Role.SERIES_DEPARTMENT);
        Set<Role> committee = roles(Role.COMMITTEE_OFFICE);
        Set<ApplicationStatus> editable = EnumSet.of(DRAFT, RETURNED);

        row(EnumSet.noneOf(ApplicationStatus.class), WorkflowAct.CREATE, DRAFT, Act.EDIT, applicant,
                "R-01", "R-02", "R-03", "R-06", "R-07", "R-08", "R-12", "R-30", "R-31", "R-32", "R-37");
        row(editable, WorkflowAct.EDIT, null, Act.EDIT, applicant, "R-13", "R-14");
        row(editable, WorkflowAct.SUBMIT, SUBMITTED, Act.EDIT, applicant, "R-08", "R-13", "R-14");
        row(EnumSet.of(SUBMITTED), WorkflowAct.RETURN, RETURNED, Act.RETURN,
                roles(Role.EMPLOYER, Role.COUNTY_BUREAU, Role.SERIES_DEPARTMENT), "R-14", "R-09");
        row(EnumSet.of(SUBMITTED), WorkflowAct.APPROVE, IN_PUBLICITY, Act.EMPLOYER_REVIEW, employer, "R-20", "R-09");
        row(EnumSet.of(IN_PUBLICITY), WorkflowAct.OBJECT, null, Act.OBJECT, roles(Role.APPLICANT, Role.EMPLOYER), "R-20");
        row(EnumSet.of(IN_PUBLICITY), WorkflowAct.UPHOLD_OBJECTION, RETURNED, Act.EMPLOYER_REVIEW, employer, "R-20", "R-14");
        row(EnumSet.of(IN_PUBLICITY), WorkflowAct.DISMISS_OBJECTION, null, Act.EMPLOYER_REVIEW, employer, "R-20");
        row(EnumSet.of(IN_PUBLICITY), WorkflowAct.RECOMMEND, RECOMMENDED, Act.EMPLOYER_REVIEW, employer, "R-20", "R-19");
        // the letter is checked for its channel and the review window only, whatever the file's status
        row(EnumSet.allOf(ApplicationStatus.class), WorkflowAct.RECORD_ENTRUSTMENT_LETTER, null, Act.BUREAU_REVIEW, bureaus,
                "R-05", "R-09");
        row(EnumSet.of(RECOMMENDED), WorkflowAct.ACCEPT_MATERIAL, MATERIAL_RECEIVED, Act.BUREAU_REVIEW, bureaus,
                "R-19", "R-05", "R-09");
        row(EnumSet.of(MATERIAL_RECEIVED), WorkflowAct.PAY_FEE, FEE_PAID, Act.PAY,
                roles(Role.APPLICANT, Role.COUNTY_BUREAU, Role.SERIES_DEPARTMENT), "R-29", "R-09");
        row(EnumSet.of(FEE_PAID), WorkflowAct.START_EVALUATION, UNDER_EVALUATION, Act.EVALUATE, committee, "R-29");
        row(EnumSet.of(UNDER_EVALUATION), WorkflowAct.ASSIGN_EXPERTS, null, Act.EVALUATE, committee, "R-17", "R-26");
        row(EnumSet.of(UNDER_EVALUATION), WorkflowAct.RECORD_DEFENSE, null, Act.EVALUATE, committee, "R-22", "R-23");
        row(EnumSet.of(UNDER_EVALUATION), WorkflowAct.PASS, PASSED, Act.EVALUATE, committee, "R-10", "R-22", "R-34");
        row(EnumSet.of(UNDER_EVALUATION), WorkflowAct.FAIL, FAILED, Act.EVALUATE, committee, "R-10", "R-34");
        row(EnumSet.of(PASSED), WorkflowAct.ISSUE_CERTIFICATE, CERTIFIED, Act.EVALUATE, committee, "R-11", "R-38");
        row(EnumSet.of(CERTIFIED), WorkflowAct.REVOKE_CERTIFICATE, REVOKED, Act.EVALUATE, committee, "R-37");
        Set<ApplicationStatus> open = EnumSet.complementOf(EnumSet.copyOf(FINAL));
        row(open, WorkflowAct.REFUSE, REFUSED, Act.REFUSE,
                roles(Role.COUNTY_BUREAU, Role.SERIES_DEPARTMENT, Role.COMMITTEE_OFFICE), "R-37");
        // taken back before the material is received; still the year's one application
        row(EnumSet.of(DRAFT, SUBMITTED, RETURNED, IN_PUBLICITY, RECOMMENDED), WorkflowAct.WITHDRAW, WITHDRAWN, Act.EDIT,
                applicant, "R-07");
    }

    private Transitions() {
    }

    /** Every row, in the order of {@link WorkflowAct}. */
    public static List<Transition> all() {
        return List.copyOf(ROWS.values());
    }

    /** The row of an act; each act has exactly one. */
    public static Transition of(WorkflowAct act) {
        return ROWS.get(act);
    }

    /** Whether the act may be done to a file in {@code status}. */
    public static boolean allows(WorkflowAct act, ApplicationStatus status) {
        return of(act).startsFrom(status);
    }

    /** The act in {@code Access}'s terms, which decides the file scope. */
    public static Act securityAct(WorkflowAct act) {
        return SECURITY_ACT.get(act);
    }

    /** The acts that may be done to a file in {@code status}, in table order. */
    public static List<WorkflowAct> actsFrom(ApplicationStatus status) {
        List<WorkflowAct> acts = new ArrayList<>();
        ROWS.forEach((act, row) -> {
            if (row.startsFrom(status)) {
                acts.add(act);
            }
        });
        return acts;
    }

    /** The acts from {@code status} whose security act Access lets the actor do to the file ({@code scope}). */
    public static List<WorkflowAct> permittedFrom(ApplicationStatus status, Actor actor, FileScope scope) {
        return actsFrom(status).stream().filter(act -> Access.permits(actor, securityAct(act), scope)).toList();
    }

    private static Set<Role> roles(Role... roles) {
        Set<Role> set = EnumSet.copyOf(ANY_CALLER);
        set.addAll(List.of(roles));
        return set;
    }

    private static void row(Set<ApplicationStatus> from, WorkflowAct act, ApplicationStatus to, Act securityAct,
                            Set<Role> roles, String... rules) {
        if (ROWS.put(act, new Transition(from, act, to, List.of(rules), roles)) != null) {
            throw new IllegalStateException("two rows for " + act);
        }
        SECURITY_ACT.put(act, securityAct);
    }
}
