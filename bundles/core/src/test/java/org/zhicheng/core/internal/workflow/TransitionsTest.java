package org.zhicheng.core.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.workflow.Transition;
import org.zhicheng.api.workflow.WorkflowAct;
import org.zhicheng.core.internal.ReviewChecks;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.FileScope;
import org.zhicheng.core.internal.security.Guarded;

/** The workflow table against itself, the rules, Access, and the status checks the services make today. */
class TransitionsTest {

    private static final FileScope FILE = new FileScope(1L, "阿克苏第一中学", "温宿县", "GC", null);

    /** One actor of each role that covers {@link #FILE}, so only the role's acts decide. */
    private static final Map<Role, Actor> COVERING = Map.of(
            Role.APPLICANT, CoreActors.issue(Actor.applicant("shenbao", "申报人", 1L, "阿克苏第一中学", "温宿县")),
            Role.EMPLOYER, CoreActors.issue(Actor.employer("danwei", "阿克苏第一中学")),
            Role.COUNTY_BUREAU, CoreActors.issue(Actor.countyBureau("xianju", "温宿县")),
            Role.SERIES_DEPARTMENT, CoreActors.issue(Actor.seriesDepartment("xilie", Set.of("GC"))),
            Role.COMMITTEE_OFFICE, CoreActors.issue(Actor.committeeOffice("pingwei", Set.of("GC"))),
            Role.ADMIN, CoreActors.issue(Actor.admin("admin")),
            Role.EXPERT, CoreActors.issue(Actor.expert("zhuanjia", "X1")),
            Role.INTEGRATION, CoreActors.issue(Actor.integration("jicheng")),
            Role.SYSTEM, CoreActors.system("sys"));

    @Test
    void everyActHasOneRowWithKnownRulesAndRoles() {
        assertEquals(List.of(WorkflowAct.values()), Transitions.all().stream().map(Transition::act).toList());
        Pattern ruleId = Pattern.compile("R-(0[1-9]|[12]\\d|3[0-9])");
        for (Transition row : Transitions.all()) {
            assertTrue(!row.rules().isEmpty() && row.rules().stream().allMatch(r -> ruleId.matcher(r).matches()),
                    row.act() + " " + row.rules());
            assertTrue(row.roles().contains(Role.INTEGRATION), row.act() + ": integration does every act");
        }
    }

    /** The roles written in the table are exactly those Access lets do the row's act to a file they cover. */
    @Test
    void rolesAreThoseAccessPermits() {
        for (Transition row : Transitions.all()) {
            Set<Role> permitted = EnumSet.noneOf(Role.class);
            COVERING.forEach((role, actor) -> {
                if (Access.permits(actor, Transitions.securityAct(row.act()), FILE)) {
                    permitted.add(role);
                }
            });
            assertEquals(EnumSet.copyOf(row.roles()), permitted, row.act().name());
        }
    }

    /** every status is reached from a new file, WITHDRAWN by the applicant's withdrawal. */
    @Test
    void everyStatusIsReachableFromDraft_R07() {
        Set<ApplicationStatus> reached = EnumSet.noneOf(ApplicationStatus.class);
        Deque<ApplicationStatus> todo = new ArrayDeque<>();
        Transitions.all().stream().filter(row -> row.from().isEmpty()).forEach(row -> todo.add(row.to()));
        while (!todo.isEmpty()) {
            ApplicationStatus status = todo.pop();
            if (reached.add(status)) {
                Transitions.all().stream().filter(row -> row.startsFrom(status)).forEach(row -> todo.add(row.after(status)));
            }
        }
        assertEquals(EnumSet.allOf(ApplicationStatus.class), reached);
    }

    /** final files leave only by a certificate's revocation; a certified file is revoked, never refused. */
    @Test
    void finalFilesStayFinal_R37() {
        for (ApplicationStatus status : Transitions.FINAL) {
            List<WorkflowAct> moving = Transitions.actsFrom(status).stream()
                    .filter(act -> Transitions.of(act).to() != null).toList();
            assertEquals(status == ApplicationStatus.CERTIFIED ? List.of(WorkflowAct.REVOKE_CERTIFICATE) : List.of(),
                    moving, status.name());
        }
    }

    /** Guarded's editable statuses are the EDIT row's. */
    @Test
    void editableStatusesAreTheEditRow_R13_R14() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertEquals(Transitions.allows(WorkflowAct.EDIT, status), Guarded.isEditable(status), status.name());
        }
    }

    /** each of ReviewChecks' status checks lets through exactly the row's statuses. */
    @Test
    void reviewChecksPassExactlyTheRowsStatuses_R14_R19_R20_R29_R37() {
        LocalDate today = LocalDate.of(2023, 7, 1);
        Map<WorkflowAct, Consumer<ApplicationEntity>> checks = Map.of(
                WorkflowAct.APPROVE, file -> ReviewChecks.requireApprovable(file, TransitionsTest::noCampaign, today),
                WorkflowAct.RETURN, file -> ReviewChecks.requireReturnable(file, TransitionsTest::noCampaign, today),
                WorkflowAct.OBJECT, ReviewChecks::requireObjectable,
                WorkflowAct.UPHOLD_OBJECTION, ReviewChecks::requireObjectionsToResolve,
                WorkflowAct.DISMISS_OBJECTION, ReviewChecks::requireObjectionsToResolve,
                WorkflowAct.RECOMMEND, file -> ReviewChecks.requireRecommendable(file, today),
                WorkflowAct.ACCEPT_MATERIAL, file -> ReviewChecks.requireAcceptable(file, TransitionsTest::noCampaign, today),
                WorkflowAct.PAY_FEE, file -> ReviewChecks.requireFeeOpen(file, TransitionsTest::noCampaign, today),
                WorkflowAct.REFUSE, ReviewChecks::requireRefusable);
        List<String> wrong = new ArrayList<>();
        checks.forEach((act, check) -> {
            String statusRefusal = refusalCode(check, ApplicationStatus.REVOKED); // final: no check lets it through
            for (ApplicationStatus status : ApplicationStatus.values()) {
                boolean passes = !statusRefusal.equals(refusalCode(check, status));
                if (passes != Transitions.allows(act, status)) {
                    wrong.add(act + " from " + status + ": the check " + (passes ? "passes" : "refuses"));
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    /** The code the check refuses a file in {@code status} with; "" when it gets past the status. */
    private static String refusalCode(Consumer<ApplicationEntity> check, ApplicationStatus status) {
        ApplicationEntity file = new ApplicationEntity(null, 2023, "GC", "中小学教师", TitleLevel.INTERMEDIATE,
                Channel.values()[0], Instant.EPOCH);
        file.moveTo(status, Instant.EPOCH);
        try {
            check.accept(file);
            return "";
        } catch (ZhichengException e) {
            return e.code();
        } catch (RuntimeException beyondTheStatus) {
            return ""; // it went on to the year, the publicity or the channel: the status passed
        }
    }

    private static org.zhicheng.api.campaign.Campaign noCampaign(int year) {
        throw new IllegalStateException("status passed; the year is not the point here");
    }
}
