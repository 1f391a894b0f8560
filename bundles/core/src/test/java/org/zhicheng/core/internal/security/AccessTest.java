package org.zhicheng.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.ZhichengException;

/** The role table of {@link Access}: which role may do which act, and to which files (no database). */
class AccessTest {

    private static final String WATER_BUREAU = "库车市水利局";
    private static final String SCHOOL = "新和县第二中学";
    private static final String KUQA = "库车市";
    private static final String XINHE = "新和县";

    /** Applicant 1 of Kuqa's water bureau, in engineering. */
    private static final FileScope OWN = new FileScope(1, WATER_BUREAU, KUQA, "engineering");
    /** Applicant 2, a colleague in the same unit, in engineering. */
    private static final FileScope COLLEAGUE = new FileScope(2, WATER_BUREAU, KUQA, "engineering");
    /** Applicant 3 of a school in Xinhe, in the teachers' series. */
    private static final FileScope OTHER_UNIT = new FileScope(3, SCHOOL, XINHE, "school-teachers");
    /** Applicant 4 of a unit directly under the prefecture (no county), in health. */
    private static final FileScope PREFECTURE_DIRECT = new FileScope(4, "阿克苏地区第一人民医院", null, "health");
    /** Applicant 1 as an applicant record, without a file (no series). */
    private static final FileScope OWN_APPLICANT = new FileScope(1, WATER_BUREAU, KUQA, null);

    private static final Actor APPLICANT = CoreActors.issue(Actor.applicant("ayigul", "阿依古丽", 1, WATER_BUREAU, KUQA));
    private static final Actor EMPLOYER = CoreActors.issue(Actor.employer("unit-water", WATER_BUREAU));
    private static final Actor KUQA_BUREAU = CoreActors.issue(Actor.countyBureau("kuqa-hr", KUQA));
    private static final Actor ENGINEERING_DEPARTMENT = CoreActors.issue(Actor.seriesDepartment("dept-engineering", Set.of("engineering")));
    private static final Actor OFFICE_ALL_SERIES = CoreActors.issue(Actor.committeeOffice("office", Set.of()));
    private static final Actor OFFICE_HEALTH = CoreActors.issue(Actor.committeeOffice("office-health", Set.of("health")));
    private static final Actor EXPERT = CoreActors.issue(Actor.expert("expert1", "expert1"));
    private static final Actor ADMIN = CoreActors.issue(Actor.admin("admin"));
    private static final Actor INTEGRATION = CoreActors.issue(Actor.integration("integration"));
    private static final Actor SYSTEM = CoreActors.system("demo-data");

    private static final Set<FileScope> EVERY_FILE = Set.of(OWN, COLLEAGUE, OTHER_UNIT, PREFECTURE_DIRECT, OWN_APPLICANT,
            FileScope.ofSeries("engineering"));

    // ------------------------------------------------------------------ applicant

    @Test
    void anApplicantWorksOnTheirOwnFileOnly() {
        for (Act act : EnumSet.of(Act.VIEW, Act.EDIT, Act.PAY)) {
            assertTrue(Access.permits(APPLICANT, act, OWN), act.name());
            assertTrue(Access.permits(APPLICANT, act, OWN_APPLICANT), act.name());
            assertFalse(Access.permits(APPLICANT, act, COLLEAGUE), act + " on a colleague's file");
            assertFalse(Access.permits(APPLICANT, act, OTHER_UNIT), act + " on another unit's file");
        }
        forbidden(APPLICANT, Act.VIEW, COLLEAGUE);
        forbidden(APPLICANT, Act.EDIT, OTHER_UNIT);
    }

    @Test
    void anApplicantTakesNoReviewerDecisionEvenOnTheirOwnFile() {
        for (Act act : EnumSet.of(Act.EMPLOYER_REVIEW, Act.RETURN, Act.BUREAU_REVIEW, Act.REFUSE, Act.EVALUATE)) {
            assertFalse(Access.permits(APPLICANT, act, OWN), act.name());
        }
        forbidden(APPLICANT, Act.EMPLOYER_REVIEW, OWN);
    }

    @Test
    void anApplicantObjectsToFilesPublicisedInTheirOwnUnit_R20() {
        assertTrue(Access.permits(APPLICANT, Act.OBJECT, COLLEAGUE));
        assertFalse(Access.permits(APPLICANT, Act.OBJECT, OTHER_UNIT));
        forbidden(APPLICANT, Act.OBJECT, OTHER_UNIT);
    }

    // ------------------------------------------------------------------ employer

    @Test
    void anEmployerReviewsItsOwnStaffsFilesOnly_R20() {
        for (Act act : EnumSet.of(Act.VIEW, Act.EMPLOYER_REVIEW, Act.OBJECT, Act.RETURN)) {
            assertTrue(Access.permits(EMPLOYER, act, OWN), act.name());
            assertTrue(Access.permits(EMPLOYER, act, COLLEAGUE), act.name());
            assertFalse(Access.permits(EMPLOYER, act, OTHER_UNIT), act + " on another unit's file");
            assertFalse(Access.permits(EMPLOYER, act, PREFECTURE_DIRECT), act + " on another unit's file");
        }
        forbidden(EMPLOYER, Act.EMPLOYER_REVIEW, OTHER_UNIT);
        forbidden(EMPLOYER, Act.VIEW, OTHER_UNIT);
    }

    @Test
    void anEmployerNeitherFillsInAcceptsNorEvaluatesItsStaffsFiles_R20() {
        for (Act act : EnumSet.of(Act.EDIT, Act.BUREAU_REVIEW, Act.PAY, Act.REFUSE, Act.EVALUATE)) {
            assertFalse(Access.permits(EMPLOYER, act, OWN), act.name());
        }
        forbidden(EMPLOYER, Act.BUREAU_REVIEW, OWN);
    }

    // ------------------------------------------------------------------ county bureau and series department

    @Test
    void aCountyBureauReviewsTheFilesOfItsCountyOnly_R19() {
        for (Act act : EnumSet.of(Act.VIEW, Act.RETURN, Act.BUREAU_REVIEW, Act.PAY, Act.REFUSE)) {
            assertTrue(Access.permits(KUQA_BUREAU, act, OWN), act.name());
            assertTrue(Access.permits(KUQA_BUREAU, act, OWN_APPLICANT), act.name());
            assertFalse(Access.permits(KUQA_BUREAU, act, OTHER_UNIT), act + " in another county");
            assertFalse(Access.permits(KUQA_BUREAU, act, PREFECTURE_DIRECT), act + " on a prefecture-direct unit's file");
        }
        for (Act act : EnumSet.of(Act.EDIT, Act.EMPLOYER_REVIEW, Act.OBJECT, Act.EVALUATE)) {
            assertFalse(Access.permits(KUQA_BUREAU, act, OWN), act.name());
        }
        forbidden(KUQA_BUREAU, Act.BUREAU_REVIEW, OTHER_UNIT);
        forbidden(KUQA_BUREAU, Act.EVALUATE, OWN);
    }

    @Test
    void aSeriesDepartmentReviewsTheFilesOfItsSeriesOnly_R19() {
        for (Act act : EnumSet.of(Act.VIEW, Act.RETURN, Act.BUREAU_REVIEW, Act.PAY, Act.REFUSE)) {
            assertTrue(Access.permits(ENGINEERING_DEPARTMENT, act, OWN), act.name());
            assertTrue(Access.permits(ENGINEERING_DEPARTMENT, act, COLLEAGUE), act.name());
            assertFalse(Access.permits(ENGINEERING_DEPARTMENT, act, OTHER_UNIT), act + " in another series");
            assertFalse(Access.permits(ENGINEERING_DEPARTMENT, act, PREFECTURE_DIRECT), act + " in another series");
            assertFalse(Access.permits(ENGINEERING_DEPARTMENT, act, OWN_APPLICANT), act + " on an applicant without a file");
        }
        assertFalse(Access.permits(ENGINEERING_DEPARTMENT, Act.EVALUATE, OWN));
        assertFalse(Access.permits(ENGINEERING_DEPARTMENT, Act.EMPLOYER_REVIEW, OWN));
        forbidden(ENGINEERING_DEPARTMENT, Act.BUREAU_REVIEW, OTHER_UNIT);
    }

    // ------------------------------------------------------------------ committee office

    @Test
    void aCommitteeOfficeOfEverySeriesEvaluatesEveryFile() {
        for (FileScope file : EVERY_FILE) {
            for (Act act : EnumSet.of(Act.VIEW, Act.EVALUATE, Act.REFUSE)) {
                assertTrue(Access.permits(OFFICE_ALL_SERIES, act, file), act + " " + file);
            }
        }
        for (Act act : EnumSet.of(Act.EDIT, Act.EMPLOYER_REVIEW, Act.OBJECT, Act.RETURN, Act.BUREAU_REVIEW, Act.PAY)) {
            assertFalse(Access.permits(OFFICE_ALL_SERIES, act, OWN), act.name());
        }
        forbidden(OFFICE_ALL_SERIES, Act.BUREAU_REVIEW, OWN);
    }

    @Test
    void aCommitteeOfficeOfSomeSeriesEvaluatesOnlyThose() {
        assertTrue(Access.permits(OFFICE_HEALTH, Act.EVALUATE, PREFECTURE_DIRECT));
        assertTrue(Access.permits(OFFICE_HEALTH, Act.VIEW, PREFECTURE_DIRECT));
        assertTrue(Access.permits(OFFICE_HEALTH, Act.EVALUATE, FileScope.ofSeries("health")));
        assertFalse(Access.permits(OFFICE_HEALTH, Act.EVALUATE, OWN));
        assertFalse(Access.permits(OFFICE_HEALTH, Act.VIEW, OWN));
        assertFalse(Access.permits(OFFICE_HEALTH, Act.EVALUATE, FileScope.ofSeries("engineering")));
        forbidden(OFFICE_HEALTH, Act.EVALUATE, OWN);
        forbidden(OFFICE_HEALTH, Act.EVALUATE, FileScope.ofSeries("engineering"));
    }

    // ------------------------------------------------------------------ expert, admin, integration, system

    @Test
    void anExpertMayNotEvenViewAFile_R17() {
        for (FileScope file : EVERY_FILE) {
            for (Act act : Act.values()) {
                assertFalse(Access.permits(EXPERT, act, file), act + " " + file);
            }
        }
        forbidden(EXPERT, Act.VIEW, OWN);
        forbidden(EXPERT, Act.EVALUATE, OWN);
    }

    @Test
    void anAssignedExpertReadsOnlyTheAnonymisedPartAndNobodyElsesFiles_R17() {
        assertDoesNotThrow(() -> Access.requireAnonymisedRead(EXPERT, OWN, true));
        ZhichengException unassigned = assertThrows(ZhichengException.class,
                () -> Access.requireAnonymisedRead(EXPERT, OWN, false));
        assertEquals("NOT_ASSIGNED", unassigned.code());
        // everybody else reads it as they read the file; being "assigned" means nothing outside the expert pool
        assertDoesNotThrow(() -> Access.requireAnonymisedRead(EMPLOYER, OWN, false));
        assertDoesNotThrow(() -> Access.requireAnonymisedRead(ADMIN, OTHER_UNIT, false));
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                () -> Access.requireAnonymisedRead(EMPLOYER, OTHER_UNIT, true)).code());
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                () -> Access.requireAnonymisedRead(APPLICANT, COLLEAGUE, true)).code());
    }

    // ------------------------------------------------------------------ the file's content and commitment

    @Test
    void onlyTheApplicantFillsAndSignsTheirOwnFile_R13_R37() {
        assertTrue(Access.permits(APPLICANT, Act.EDIT, OWN));
        assertTrue(Access.permits(APPLICANT, Act.SIGN, OWN));
        forbidden(APPLICANT, Act.SIGN, COLLEAGUE);
        for (Actor reviewer : Set.of(EMPLOYER, KUQA_BUREAU, ENGINEERING_DEPARTMENT, OFFICE_ALL_SERIES, ADMIN, EXPERT)) {
            for (Act act : EnumSet.of(Act.EDIT, Act.SIGN)) {
                assertFalse(Access.permits(reviewer, act, OWN), reviewer.role() + " " + act);
            }
            forbidden(reviewer, Act.SIGN, OWN);
        }
        // reviewers read the filled file within their scope
        for (Actor reviewer : Set.of(EMPLOYER, KUQA_BUREAU, ENGINEERING_DEPARTMENT, OFFICE_ALL_SERIES, ADMIN)) {
            assertTrue(Access.permits(reviewer, Act.VIEW, OWN), reviewer.role().name());
        }
        assertFalse(Access.permits(KUQA_BUREAU, Act.VIEW, OTHER_UNIT));
    }

    @Test
    void anAdministratorViewsEveryFileButTakesNoDecision() {
        for (FileScope file : EVERY_FILE) {
            assertTrue(Access.permits(ADMIN, Act.VIEW, file), file.toString());
            for (Act act : EnumSet.complementOf(EnumSet.of(Act.VIEW))) {
                assertFalse(Access.permits(ADMIN, act, file), act + " " + file);
            }
        }
        forbidden(ADMIN, Act.EDIT, OWN);
        forbidden(ADMIN, Act.EVALUATE, OWN);
    }

    @Test
    void theIntegrationAndThePlatformItselfMayDoEverything() {
        for (Actor actor : Set.of(INTEGRATION, SYSTEM)) {
            for (FileScope file : EVERY_FILE) {
                for (Act act : Act.values()) {
                    assertTrue(Access.permits(actor, act, file), actor.role() + " " + act + " " + file);
                    assertDoesNotThrow(() -> Access.require(actor, act, file));
                }
            }
        }
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void aRefusalIsForbiddenWithAChineseMessage() {
        ZhichengException e = forbidden(APPLICANT, Act.EDIT, COLLEAGUE);
        assertEquals("申报人“ayigul”无权填报该申报", e.chineseMessage());
        assertTrue(e.getMessage().contains("applicant 'ayigul' may not edit"), e.getMessage());

        ZhichengException applicantRecord = forbidden(KUQA_BUREAU, Act.VIEW, new FileScope(3, SCHOOL, XINHE, null));
        assertEquals("县（市）人社局/教科局“kuqa-hr”无权查看申报人3", applicantRecord.chineseMessage());

        ZhichengException series = forbidden(OFFICE_HEALTH, Act.EVALUATE, FileScope.ofSeries("engineering"));
        assertEquals("评委会办公室“office-health”无权组织评审engineering系列", series.chineseMessage());
    }

    @Test
    void requireAnyLetsOneOfTheActsDoAndNamesTheFirstWhenNoneDoes() {
        assertDoesNotThrow(() -> Access.requireAny(APPLICANT, OWN_APPLICANT, Act.EDIT, Act.BUREAU_REVIEW));
        assertDoesNotThrow(() -> Access.requireAny(KUQA_BUREAU, OWN_APPLICANT, Act.EDIT, Act.BUREAU_REVIEW));
        ZhichengException e = assertThrows(ZhichengException.class,
                () -> Access.requireAny(EMPLOYER, OWN_APPLICANT, Act.EDIT, Act.BUREAU_REVIEW));
        assertEquals("FORBIDDEN", e.code());
        assertEquals("用人单位“unit-water”无权填报申报人1", e.chineseMessage());
    }

    @Test
    void requireRoleRefusesOtherRolesInChinese() {
        assertDoesNotThrow(() -> Access.requireRole(ADMIN, Set.of(Role.ADMIN, Role.SYSTEM), "管理账号"));
        ZhichengException e = assertThrows(ZhichengException.class,
                () -> Access.requireRole(EMPLOYER, Set.of(Role.ADMIN, Role.SYSTEM), "管理账号"));
        assertEquals("FORBIDDEN", e.code());
        assertEquals("用人单位无权管理账号", e.chineseMessage());
    }

    @Test
    void noActorIsInvalidInputNotAPermission() {
        assertFalse(Access.permits(null, Act.VIEW, OWN));
        ZhichengException e = assertThrows(ZhichengException.class, () -> Access.require(null, Act.VIEW, OWN));
        assertEquals("INVALID_INPUT", e.code());
        assertEquals("操作人不能为空", e.chineseMessage());
    }

    /** Refused with FORBIDDEN and a message in Chinese that names the role and the act. */
    private static ZhichengException forbidden(Actor actor, Act act, FileScope file) {
        assertFalse(Access.permits(actor, act, file), actor.role() + " " + act + " " + file);
        ZhichengException e = assertThrows(ZhichengException.class, () -> Access.require(actor, act, file));
        assertEquals("FORBIDDEN", e.code());
        assertTrue(e.chineseMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                e.chineseMessage());
        assertTrue(e.chineseMessage().startsWith(actor.role().officialTerm()), e.chineseMessage());
        assertTrue(e.chineseMessage().contains("无权" + act.chineseName()), e.chineseMessage());
        return e;
    }
}
