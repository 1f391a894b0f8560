package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.StatusChange;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.workflow.Transition;
import org.zhicheng.api.workflow.WorkflowAct;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.file.FileContentServiceImpl;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;
import org.zhicheng.core.internal.workflow.WorkflowServiceImpl;

/** Withdrawal, the guard on every move, and the acts the table lets each role do now; on Derby, 2023. */
class WorkflowServiceTest {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    private static final String UNIT = "阿克苏地区水利局";
    private static final Actor SHUILI = CoreActors.issue(Actor.employer("unit-shuili", UNIT));
    private static final Actor DEPARTMENT = CoreActors.issue(Actor.seriesDepartment("dept-water", Set.of("water")));
    private static final Actor OFFICE = CoreActors.issue(Actor.committeeOffice("office-water", Set.of("water")));

    private DerbyJpa jpa;
    private CampaignRegistry campaigns;
    private ApplicantServiceImpl applicants;
    private ApplicationServiceImpl applications;
    private FileContentServiceImpl contents;
    private AuditLogImpl audit;
    private WorkflowServiceImpl workflow;
    private int nextId = 500;

    @BeforeEach
    void open() throws Exception {
        jpa = new DerbyJpa();
        SeriesStore store = new SeriesStore(jpa);
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
        campaigns = TestCampaigns.registry("2023-08-14", 2023);
        applicants = new TestCareers(jpa);
        applications = TestServices.applications(jpa, store, campaigns);
        contents = TestServices.fileContents(jpa, store);
        audit = new AuditLogImpl(jpa);
        workflow = new WorkflowServiceImpl(jpa);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private Applicant applicant(String name) {
        return applicants.register(new NewApplicant(name, ResidentIdNumber.completing("65290119800101" + nextId++), UNIT,
                Tier.PREFECTURE_DIRECT, ""), TESTER);
    }

    private static Actor self(Applicant applicant) {
        return CoreActors.issue(Actor.applicant("shenbao-" + applicant.id(), applicant.fullName(), applicant.id(), UNIT, null));
    }

    private Application draft(Applicant applicant) {
        return applications.createDraft(new NewApplication(applicant.id(), 2023, "water", "水利专业",
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), APPLICANT);
    }

    private Application materialReceived(Applicant applicant) {
        Application submitted = CompleteFiles.submit(applications, contents, draft(applicant), APPLICANT);
        Application approved = applications.approveByEmployer(submitted.id(), submitted.version(), SHUILI, "同意推荐");
        TestCampaigns.setToday(campaigns, "2023-08-21"); // after the five working days of publicity
        Application recommended = applications.recommend(approved.id(), approved.version(), SHUILI);
        return applications.acceptMaterial(recommended.id(), recommended.version(), DEPARTMENT);
    }

    private static List<WorkflowAct> acts(List<Transition> rows) {
        return rows.stream().map(Transition::act).toList();
    }

    @Test
    void aWithdrawnFileStillCountsAsTheYearsOneApplication_R07() {
        Applicant applicant = applicant("撤回者");
        Actor me = self(applicant);
        Application submitted = CompleteFiles.submit(applications, contents, draft(applicant), APPLICANT);

        Application withdrawn = applications.withdraw(submitted.id(), submitted.version(), me);

        assertEquals(ApplicationStatus.WITHDRAWN, withdrawn.status());
        List<StatusChange> history = applications.history(submitted.id(), me);
        StatusChange last = history.get(history.size() - 1);
        assertEquals(ApplicationStatus.SUBMITTED, last.from());
        assertEquals(ApplicationStatus.WITHDRAWN, last.to());
        assertTrue(audit.entries(FileHistory.subject(submitted.id())).stream()
                .anyMatch(e -> e.action().equals("APPLICATION_WITHDRAWN") && e.actor().equals(me.username())), "audited (R-36)");
        ZhichengException second = assertThrows(ZhichengException.class, () -> draft(applicant));
        assertEquals("ONE_CHANNEL_PER_YEAR", second.code());
        assertEquals(List.of(), acts(workflow.allowedActs(submitted.id(), me)), "final: nothing more to do");
        ZhichengException again = assertThrows(ZhichengException.class,
                () -> applications.withdraw(submitted.id(), withdrawn.version(), me));
        assertEquals("NOT_WITHDRAWABLE", again.code());
    }

    @Test
    void aDraftCanBeWithdrawnToo_R07() {
        Applicant applicant = applicant("草稿撤回");
        Application draft = draft(applicant);
        assertEquals(ApplicationStatus.WITHDRAWN, applications.withdraw(draft.id(), draft.version(), self(applicant)).status());
    }

    @Test
    void noWithdrawalOnceTheMaterialIsReceivedAndNothingChanges_R07() {
        Applicant applicant = applicant("已接收");
        Actor me = self(applicant);
        Application received = materialReceived(applicant);
        int changes = applications.history(received.id(), me).size();

        ZhichengException refused = assertThrows(ZhichengException.class,
                () -> applications.withdraw(received.id(), received.version(), me));

        assertEquals("NOT_WITHDRAWABLE", refused.code());
        assertTrue(refused.chineseMessage().contains("已接收材料") && !refused.chineseMessage().contains("MATERIAL_RECEIVED"),
                refused.chineseMessage());
        Application after = applications.find(received.id(), me).orElseThrow();
        assertEquals(ApplicationStatus.MATERIAL_RECEIVED, after.status());
        assertEquals(received.version(), after.version());
        assertEquals(changes, applications.history(received.id(), me).size());
        assertTrue(!acts(workflow.allowedActs(received.id(), me)).contains(WorkflowAct.WITHDRAW));
    }

    @Test
    void onlyTheApplicantWithdrawsTheirOwnFile_R07() {
        Application draft = draft(applicant("本人"));
        Actor other = self(applicant("他人"));
        for (Actor notTheirs : List.of(other, SHUILI, DEPARTMENT, OFFICE)) {
            ZhichengException refused = assertThrows(ZhichengException.class,
                    () -> applications.withdraw(draft.id(), draft.version(), notTheirs));
            assertEquals("FORBIDDEN", refused.code(), notTheirs.username());
        }
        assertEquals(ApplicationStatus.DRAFT, applications.find(draft.id(), TESTER).orElseThrow().status());
    }

    /** The guard: a move the table lacks is refused in the one place statuses change, and nothing is written. */
    @Test
    void theGuardRefusesAMoveTheTableLacks() {
        Application draft = draft(applicant("跳步"));
        int entries = audit.entries(FileHistory.subject(draft.id())).size();

        ZhichengException refused = assertThrows(ZhichengException.class, () -> jpa.tx(em -> new FileHistory(audit)
                .move(em, em.find(ApplicationEntity.class, draft.id()), WorkflowAct.PASS, "office", "越级")));

        assertEquals("NOT_IN_WORKFLOW", refused.code());
        assertTrue(refused.chineseMessage().contains("草稿") && refused.chineseMessage().contains("评审通过"),
                refused.chineseMessage());
        assertEquals(ApplicationStatus.DRAFT, applications.find(draft.id(), TESTER).orElseThrow().status());
        assertEquals(entries, audit.entries(FileHistory.subject(draft.id())).size());
    }

    @Test
    void eachRoleIsOfferedItsOwnActsFromTheTable_R07_R14_R20_R37() {
        Applicant applicant = applicant("按角色");
        Actor me = self(applicant);
        Application draft = draft(applicant);
        assertEquals(List.of(WorkflowAct.EDIT, WorkflowAct.SUBMIT, WorkflowAct.WITHDRAW), acts(workflow.allowedActs(draft.id(), me)));
        assertEquals(List.of(), acts(workflow.allowedActs(draft.id(), SHUILI)), "the unit has nothing to do to a draft");

        Application submitted = CompleteFiles.submit(applications, contents, draft, APPLICANT);
        assertEquals(List.of(WorkflowAct.WITHDRAW), acts(workflow.allowedActs(submitted.id(), me)));
        assertEquals(List.of(WorkflowAct.RETURN, WorkflowAct.APPROVE), acts(workflow.allowedActs(submitted.id(), SHUILI)));
        assertEquals(List.of(WorkflowAct.RETURN, WorkflowAct.REFUSE), acts(workflow.allowedActs(submitted.id(), DEPARTMENT)));
        assertEquals(List.of(WorkflowAct.REFUSE), acts(workflow.allowedActs(submitted.id(), OFFICE)));

        // in publicity: recommending, not resolving, while no objection is open; then the other way round
        Application approved = applications.approveByEmployer(submitted.id(), submitted.version(), SHUILI, "同意推荐");
        assertEquals(List.of(WorkflowAct.OBJECT, WorkflowAct.RECOMMEND), acts(workflow.allowedActs(approved.id(), SHUILI)));
        applications.recordObjection(approved.id(), CoreActors.issue(Actor.employer("unit-shuili-2", UNIT)), "论文系代写"); // not the approver
        assertEquals(List.of(WorkflowAct.OBJECT, WorkflowAct.UPHOLD_OBJECTION, WorkflowAct.DISMISS_OBJECTION),
                acts(workflow.allowedActs(approved.id(), SHUILI)));
        Transition withdraw = workflow.allowedActs(approved.id(), me).stream()
                .filter(row -> row.act() == WorkflowAct.WITHDRAW).findFirst().orElseThrow();
        assertEquals(ApplicationStatus.WITHDRAWN, withdraw.to());
    }

    @Test
    void theActsAreReadAsTheFileIs() {
        Application draft = draft(applicant("别人的"));
        for (Actor mayNotRead : List.of(self(applicant("旁人")), CoreActors.issue(Actor.employer("unit-other", "阿克苏地区林业和草原局")),
                CoreActors.issue(Actor.expert("zhuanjia", "X1")))) {
            ZhichengException refused = assertThrows(ZhichengException.class,
                    () -> workflow.allowedActs(draft.id(), mayNotRead));
            assertEquals("FORBIDDEN", refused.code(), mayNotRead.username());
        }
        assertEquals("UNKNOWN_APPLICATION", assertThrows(ZhichengException.class,
                () -> workflow.allowedActs(987654L, TESTER)).code());
        assertEquals(WorkflowAct.values().length, workflow.transitions().size());
    }
}
