package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.series.TestDescriptors;

/** Issue 15, item 7: reads and acts narrowed to who needs them, decided in core, on a real Derby database. */
class NarrowerReadsTest extends CoreTestSupport {

    private static final String UNIT = "阿克苏地区水利局";
    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    private static final Actor OFFICE = CoreActors.issue(Actor.committeeOffice("office", Set.of()));
    private static final Actor APPROVER = CoreActors.issue(Actor.employer("unit-shuili", UNIT));
    private static final Actor OTHER_REVIEWER = CoreActors.issue(Actor.employer("unit-shuili-2", UNIT));

    private int nextId = 900;

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-14", 2023);
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
        evaluation.registerExpert(new Expert("expert-zhou", "周志刚", "阿克苏地区勘察设计院", Set.of("water"), Set.of()), OFFICE);
    }

    private Applicant applicant(String name) {
        return applicants.register(new NewApplicant(name, ResidentIdNumber.completing("65290119800101" + nextId++), UNIT,
                Tier.PREFECTURE_DIRECT, ""), TESTER);
    }

    private static Actor self(Applicant applicant) {
        return CoreActors.issue(Actor.applicant("applicant-" + applicant.id(), applicant.fullName(), applicant.id(), UNIT, null));
    }

    private static String refused(Runnable act) {
        return assertThrows(ZhichengException.class, act::run).code();
    }

    @Test
    void anExpertsRealNameIsReadByTheOfficeAdminsAndTheExpertAlone_R17() {
        assertEquals("周志刚", evaluation.expert("expert-zhou", OFFICE).orElseThrow().name());
        assertEquals("阿克苏地区勘察设计院", evaluation.expert("expert-zhou", CoreActors.issue(Actor.admin("admin"))).orElseThrow().employer());
        assertEquals("周志刚", evaluation.expert("expert-zhou", CoreActors.issue(Actor.expert("zhou", "expert-zhou"))).orElseThrow().name());

        Applicant applicant = applicant("看专家");
        assertEquals("FORBIDDEN", refused(() -> evaluation.expert("expert-zhou", self(applicant))));
        assertEquals("FORBIDDEN", refused(() -> evaluation.expert("expert-zhou", APPROVER)));
        assertEquals("FORBIDDEN", refused(() -> evaluation.expert("expert-zhou", CoreActors.issue(Actor.expert("other", "expert-other")))));
        assertEquals("FORBIDDEN", refused(() -> evaluation.expert("expert-zhou", CoreActors.issue(Actor.seriesDepartment("dept", Set.of("water"))))));
        // refused before looking: an unknown id tells a stranger nothing either
        assertEquals("FORBIDDEN", refused(() -> evaluation.expert("nobody", self(applicant))));
        assertTrue(evaluation.expert("nobody", OFFICE).isEmpty());
    }

    @Test
    void objectionsComeFromColleaguesNotTheApplicantNorTheApprover_R20() {
        Applicant owner = applicant("被公示");
        Application draft = applications.createDraft(new NewApplication(owner.id(), 2023, "water", "水利专业",
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), APPLICANT);
        Application submitted = CompleteFiles.submit(applications, contents, draft, APPLICANT);
        Application inPublicity = applications.approveByEmployer(submitted.id(), submitted.version(), APPROVER, "同意推荐");
        int historyBefore = applications.history(inPublicity.id(), TESTER).size();

        ZhichengException own = assertThrows(ZhichengException.class,
                () -> applications.recordObjection(inPublicity.id(), self(owner), "我对自己有异议"));
        assertEquals("OBJECTION_BY_APPLICANT", own.code());
        assertTrue(own.chineseMessage().contains("申报人不能对本人的申报提出公示异议"));
        assertEquals("OBJECTION_BY_APPROVER",
                refused(() -> applications.recordObjection(inPublicity.id(), APPROVER, "审核人自己的异议")));
        // nothing changed: no objection open, no history, the same version
        assertEquals(0, applications.publicity(inPublicity.id(), TESTER).orElseThrow().openObjections());
        assertEquals(historyBefore, applications.history(inPublicity.id(), TESTER).size());
        assertEquals(inPublicity.version(), applications.find(inPublicity.id(), TESTER).orElseThrow().version());

        // a colleague (another applicant of the unit) and another reviewer of the unit may object
        Applicant colleague = applicant("同事");
        assertEquals(1, applications.recordObjection(inPublicity.id(), self(colleague), "论文系代写").openObjections());
        assertEquals(2, applications.recordObjection(inPublicity.id(), OTHER_REVIEWER, "业绩不实").openObjections());
    }
}
