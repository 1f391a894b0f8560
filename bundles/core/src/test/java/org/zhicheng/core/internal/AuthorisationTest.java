package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.COMMITTEE_OFFICE;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhicheng.api.attachment.Attachment;
import org.zhicheng.api.attachment.AttachmentType;
import org.zhicheng.api.attachment.BlindAttachment;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.ExamResult;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.AnonymisedFile;
import org.zhicheng.api.scoring.ScoreSheet;
import org.zhicheng.api.scoring.ScoringItem;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.ApplicationFilter;
import org.zhicheng.api.service.ApplicationRow;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.account.AccountServiceImpl;
import org.zhicheng.core.internal.attachment.AttachmentServiceImpl;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.series.TestDescriptors;

/**
 * Who may see and do what, proven through the real services on a real Derby database: every refusal is
 * {@code FORBIDDEN} (or, for an expert's unassigned file, {@code NOT_ASSIGNED}) and changes nothing. And the
 * accounts behind the actors.
 */
class AuthorisationTest extends CoreTestSupport {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    private static final String AGRICULTURE = TestDescriptors.series("agriculture", "农业系列",
            "<specialty name=\"农艺专业\"><committee levels=\"中级\" unit=\"地区农业农村局\" phone=\"0997-2125001\"/></specialty>");

    private static final String KUQA = "库车市";
    private static final String XINHE = "新和县";
    private static final String KUQA_WATER = "库车市水利局";
    private static final String KUQA_FARM = "库车市农业技术推广中心";
    private static final String XINHE_WATER = "新和县水利局";
    private static final char[] PASSWORD = "zhicheng-2023".toCharArray();
    private static final Actor ADMIN = CoreActors.issue(Actor.admin("admin"));
    private static final byte[] PDF = org.zhicheng.testfixtures.FileCompletion.SCAN;

    @TempDir
    Path scans;

    private AccountServiceImpl accounts;
    private int nextId = 200;

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-14", 2023);
        TestDescriptors.declare(store, WATER, List.of("高", "中"));
        TestDescriptors.declare(store, AGRICULTURE, List.of("中"));
        accounts = new AccountServiceImpl(jpa, audit);
    }

    // ------------------------------------------------------------------ applicants

    @Test
    void anApplicantCannotFindOrSubmitAnotherApplicantsFile() {
        Applicant ayigul = applicant("阿依古丽", KUQA_WATER, KUQA);
        Applicant colleague = applicant("同事", KUQA_WATER, KUQA);
        Application own = draft(ayigul, "water", "水利专业");
        Application theirs = draft(colleague, "water", "水利专业");

        forbidden(() -> applications.find(theirs.id(), self(ayigul)));
        forbidden(() -> applications.history(theirs.id(), self(ayigul)));
        forbidden(() -> applications.forApplicant(colleague.id(), self(ayigul)));
        forbidden(() -> applications.submit(theirs.id(), theirs.version(), self(ayigul)));
        Application after = applications.find(theirs.id(), TESTER).orElseThrow();
        assertEquals(ApplicationStatus.DRAFT, after.status());
        assertEquals(theirs.version(), after.version());
        assertEquals(0, after.submissionCount());
        assertEquals(1, applications.history(theirs.id(), TESTER).size());

        // nor open one in their name, nor read their record
        forbidden(() -> applications.createDraft(new NewApplication(colleague.id(), 2023, "agriculture", "农艺专业",
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), self(ayigul)));
        assertEquals(List.of(theirs.id()), applications.forApplicant(colleague.id(), TESTER).stream().map(Application::id).toList());
        forbidden(() -> applicants.find(colleague.id(), self(ayigul)));

        // their own file they read and submit
        assertEquals(ApplicationStatus.DRAFT, applications.find(own.id(), self(ayigul)).orElseThrow().status());
        assertEquals(ApplicationStatus.SUBMITTED, CompleteFiles.submit(applications, contents, own, self(ayigul)).status());
        assertEquals(List.of(ayigul), applicants.list(0, 100, self(ayigul)));
    }

    // ------------------------------------------------------------------ employer

    @Test
    void anEmployerSeesOnlyItsOwnStaffsFilesAndCannotApproveAnotherUnits_R20() {
        Application first = submitted(applicant("水利一", KUQA_WATER, KUQA), "water", "水利专业");
        Application second = submitted(applicant("水利二", KUQA_WATER, KUQA), "water", "水利专业");
        Application otherUnit = submitted(applicant("外单位", XINHE_WATER, XINHE), "water", "水利专业");
        Actor kuqaWater = CoreActors.issue(Actor.employer("unit-kuqa-water", KUQA_WATER));

        List<Application> queue = applications.search(ApplicationFilter.all(), 0, 100, kuqaWater);
        assertEquals(Set.of(first.id(), second.id()), Set.copyOf(queue.stream().map(Application::id).toList()));
        assertEquals(2, queue.size());
        assertEquals(2, applications.count(ApplicationFilter.all(), kuqaWater));
        // asking for another unit by filter does not widen the scope
        assertTrue(applications.search(new ApplicationFilter(null, null, null, XINHE_WATER), 0, 100, kuqaWater).isEmpty());
        assertEquals(3, applications.search(ApplicationFilter.all(), 0, 100, TESTER).size());

        forbidden(() -> applications.find(otherUnit.id(), kuqaWater));
        forbidden(() -> applications.approveByEmployer(otherUnit.id(), otherUnit.version(), kuqaWater, "同意推荐"));
        Application unchanged = applications.find(otherUnit.id(), TESTER).orElseThrow();
        assertEquals(ApplicationStatus.SUBMITTED, unchanged.status());
        assertEquals(otherUnit.version(), unchanged.version());

        assertEquals(ApplicationStatus.IN_PUBLICITY,
                applications.approveByEmployer(first.id(), first.version(), kuqaWater, "同意推荐").status());
        assertEquals("unit-kuqa-water", applications.history(first.id(), kuqaWater).get(2).actor());
    }

    @Test
    void aQueuePageCarriesItsApplicantsNamesInOneQueryWithinTheSameScope_R19_R20() {
        submitted(applicant("水利甲", KUQA_WATER, KUQA), "water", "水利专业");
        submitted(applicant("水利乙", KUQA_WATER, KUQA), "water", "水利专业");
        submitted(applicant("水利丙", KUQA_WATER, KUQA), "water", "水利专业");
        submitted(applicant("外单位", XINHE_WATER, XINHE), "water", "水利专业");
        submitted(applicant("农艺", KUQA_FARM, KUQA), "agriculture", "农艺专业");

        for (Actor reviewer : List.of(CoreActors.issue(Actor.employer("unit-kuqa-water", KUQA_WATER)), CoreActors.issue(Actor.countyBureau("kuqa-hr", KUQA)),
                CoreActors.issue(Actor.seriesDepartment("dept-water", Set.of("water"))), TESTER)) {
            ApplicationFilter filter = new ApplicationFilter(2023, null, ApplicationStatus.SUBMITTED, null);
            List<Application> page = applications.search(filter, 1, 3, reviewer);
            List<ApplicationRow> rows = applications.searchRows(filter, 1, 3, reviewer);
            assertEquals(page, rows.stream().map(ApplicationRow::application).toList(), reviewer.username());
            for (ApplicationRow row : rows) {
                assertEquals(applicants.find(row.application().applicantId(), reviewer).orElseThrow().fullName(),
                        row.applicantName());
            }
            // the page and its names in one statement, where a name per row used to cost a look-up each
            assertEquals(1, jpa.statements(() -> applications.searchRows(filter, 0, 50, reviewer)), reviewer.username());
            assertTrue(jpa.statements(() -> page.forEach(a -> applicants.find(a.applicantId(), reviewer))) >= page.size());
        }
        assertEquals(List.of("水利丙", "水利乙", "水利甲"), applications.searchRows(ApplicationFilter.all(), 0, 50,
                CoreActors.issue(Actor.employer("unit-kuqa-water", KUQA_WATER))).stream().map(ApplicationRow::applicantName).toList(),
                "only the unit's own staff, newest change first");
        forbidden(() -> applications.searchRows(ApplicationFilter.all(), 0, 50, TestActors.expert("blind-1")));
        assertEquals("INVALID_INPUT", assertThrows(ZhichengException.class,
                () -> applications.searchRows(ApplicationFilter.all(), 0, 1001, TESTER)).code());
    }

    @Test
    void anEmployerRegistersOnlyItsOwnStaff_R20() {
        Actor kuqaWater = CoreActors.issue(Actor.employer("unit-kuqa-water", KUQA_WATER));
        long before = applicants.count(TESTER);
        forbidden(() -> applicants.register(newApplicant("外单位", XINHE_WATER, XINHE), kuqaWater));
        assertEquals(before, applicants.count(TESTER));
        Applicant own = applicants.register(newApplicant("本单位", KUQA_WATER, KUQA), kuqaWater);
        assertEquals(List.of(own), applicants.list(0, 100, kuqaWater));
    }

    // ------------------------------------------------------------------ county bureau and series department

    @Test
    void aCountyBureauListsOnlyApplicantsOfItsCounty_R19() {
        Applicant water = applicant("库车水利", KUQA_WATER, KUQA);
        Applicant farm = applicant("库车农技", KUQA_FARM, KUQA);
        Applicant xinhe = applicant("新和水利", XINHE_WATER, XINHE);
        Applicant prefecture = applicant("地直", "阿克苏地区水利局", null);
        Actor kuqaBureau = CoreActors.issue(Actor.countyBureau("kuqa-hr", KUQA));

        assertEquals(List.of(water, farm), applicants.list(0, 100, kuqaBureau));
        assertEquals(2, applicants.count(kuqaBureau));
        assertEquals(List.of(xinhe), applicants.list(0, 100, CoreActors.issue(Actor.countyBureau("xinhe-edu", XINHE))));
        assertEquals(4, applicants.count(TESTER));
        assertEquals(water, applicants.find(water.id(), kuqaBureau).orElseThrow());
        forbidden(() -> applicants.find(xinhe.id(), kuqaBureau));
        forbidden(() -> applicants.find(prefecture.id(), kuqaBureau));
    }

    @Test
    void aSeriesDepartmentAcceptsMaterialOnlyInItsSeries_R19() {
        Application water = recommended(applicant("水利", KUQA_WATER, KUQA), "water", "水利专业");
        Application agriculture = recommended(applicant("农艺", KUQA_FARM, KUQA), "agriculture", "农艺专业");
        Actor waterDepartment = CoreActors.issue(Actor.seriesDepartment("dept-water", Set.of("water")));

        forbidden(() -> applications.acceptMaterial(agriculture.id(), agriculture.version(), waterDepartment));
        Application unchanged = applications.find(agriculture.id(), TESTER).orElseThrow();
        assertEquals(ApplicationStatus.RECOMMENDED, unchanged.status());
        assertEquals(agriculture.version(), unchanged.version());
        forbidden(() -> applications.find(agriculture.id(), waterDepartment));

        assertEquals(ApplicationStatus.MATERIAL_RECEIVED,
                applications.acceptMaterial(water.id(), water.version(), waterDepartment).status());
        assertEquals(List.of(water.id()), applications.search(ApplicationFilter.all(), 0, 100, waterDepartment).stream()
                .map(Application::id).toList());
    }

    @Test
    void aSeriesDepartmentRecordsAndReadsExamResultsOfApplicantsWithAFileInItsSeries_R19() {
        Applicant farmer = applicant("考试", KUQA_FARM, KUQA);
        draft(farmer, "agriculture", "农艺专业");
        Actor agricultureDepartment = CoreActors.issue(Actor.seriesDepartment("dept-agriculture", Set.of("agriculture")));
        Actor waterDepartment = CoreActors.issue(Actor.seriesDepartment("dept-water", Set.of("water")));
        ExamResult result = new ExamResult(farmer.id(), "agronomy-practice", 2022, true);

        forbidden(() -> applicants.recordExamResult(result, waterDepartment));
        forbidden(() -> applicants.examResults(farmer.id(), waterDepartment));
        assertTrue(applicants.examResults(farmer.id(), TESTER).isEmpty());

        applicants.recordExamResult(result, agricultureDepartment);
        assertEquals(List.of(result), applicants.examResults(farmer.id(), agricultureDepartment));
    }

    // ------------------------------------------------------------------ experts

    @Test
    void anExpertCannotFindFilesOrApplicantsNorSeeUnassignedFiles_R17() {
        Applicant applicant = applicant("盲评", KUQA_WATER, KUQA);
        Application assigned = underEvaluation(applicant);
        Application unassigned = underEvaluation(applicant("另一人", XINHE_WATER, XINHE));
        TestFiles.assign(evaluation, assigned.id(), "water", "blind-1");
        TestFiles.assign(evaluation, unassigned.id(), "water", "blind-2");
        Actor expert = TestActors.expert("blind-1");

        forbidden(() -> applications.find(assigned.id(), expert));
        forbidden(() -> applicants.find(applicant.id(), expert));
        forbidden(() -> applicants.list(0, 100, expert));
        forbidden(() -> applications.search(ApplicationFilter.all(), 0, 100, expert));
        forbidden(() -> evaluation.filesFor("blind-2", expert));

        AnonymisedFile seen = evaluation.anonymisedFile(assigned.id(), expert);
        assertEquals(assigned.id(), seen.applicationId());
        assertFalse(seen.toString().contains(applicant.fullName()), seen.toString());
        assertEquals(List.of(seen), evaluation.filesFor("blind-1", expert));
        ZhichengException refused = assertThrows(ZhichengException.class,
                () -> evaluation.anonymisedFile(unassigned.id(), expert));
        assertEquals("NOT_ASSIGNED", refused.code());
    }

    @Test
    void anAssignedExpertSeesTheScoreSheetsOnlyAfterSubmittingTheirOwn_R17() {
        Application file = underEvaluation(applicant("评分", KUQA_WATER, KUQA));
        TestFiles.assign(evaluation, file.id(), "water", "blind-1", "blind-2");
        Actor first = TestActors.expert("blind-1");
        Actor second = TestActors.expert("blind-2");

        assertTrue(scoring.scoreSheets(file.id(), first).isEmpty());
        ScoreSheet secondsSheet = scoring.submitScoreSheet(file.id(), second, fullMarks(file.id()));
        assertEquals("blind-2", secondsSheet.scorer());
        assertTrue(scoring.scoreSheets(file.id(), first).isEmpty(), "not swayed by another expert's scores");
        assertEquals(List.of(secondsSheet), scoring.scoreSheets(file.id(), second));

        ScoreSheet firstsSheet = scoring.submitScoreSheet(file.id(), first, fullMarks(file.id()));
        assertEquals(List.of(secondsSheet, firstsSheet), scoring.scoreSheets(file.id(), first));
        assertEquals(List.of(secondsSheet, firstsSheet), scoring.scoreSheets(file.id(), COMMITTEE_OFFICE));
        assertEquals("NOT_ASSIGNED", assertThrows(ZhichengException.class,
                () -> scoring.scoreSheets(file.id(), TestActors.expert("blind-9"))).code());
        // only experts score, as themselves
        forbidden(() -> scoring.submitScoreSheet(file.id(), COMMITTEE_OFFICE, fullMarks(file.id())));
    }

    @Test
    void anAssignedExpertDownloadsOnlyTheMaskedScansOfTheirFile_R17() {
        AttachmentServiceImpl attachments = attachmentStore();
        Applicant applicant = applicant("扫描件", KUQA_WATER, KUQA);
        Application draft = draftInWindow(applicant);
        Attachment masked = attachments.upload(draft.id(), AttachmentType.PERFORMANCE_EVIDENCE, "项目验收报告.pdf", PDF,
                true, self(applicant));
        Attachment unmasked = attachments.upload(draft.id(), AttachmentType.EDUCATION_CERTIFICATE, "毕业证书.pdf", PDF,
                false, self(applicant));
        assignedToBlindOne(draft);
        Actor expert = TestActors.expert("blind-1");

        assertArrayEquals(PDF, attachments.content(masked.id(), expert));
        // a scan that still shows the applicant's name, photo or employer is not for an expert's eyes
        forbidden(() -> attachments.content(unmasked.id(), expert));
        // nor is any scan of a file not assigned to the expert
        forbidden(() -> attachments.content(masked.id(), TestActors.expert("blind-2")));
        // the applicant, and whoever reviews the file, see both
        assertArrayEquals(PDF, attachments.content(unmasked.id(), self(applicant)));
        assertArrayEquals(PDF, attachments.content(unmasked.id(), COMMITTEE_OFFICE));
    }

    @Test
    void anAssignedExpertListsOnlyTheMaskedScansOfTheirFileWithoutFileNames_R17() {
        AttachmentServiceImpl attachments = attachmentStore();
        Applicant applicant = applicant("名字在文件名里", KUQA_WATER, KUQA);
        Application draft = draftInWindow(applicant);
        Attachment report = attachments.upload(draft.id(), AttachmentType.PERFORMANCE_EVIDENCE,
                applicant.fullName() + "-项目验收报告.pdf", PDF, true, self(applicant));
        attachments.upload(draft.id(), AttachmentType.EDUCATION_CERTIFICATE, applicant.fullName() + "-毕业证书.pdf", PDF,
                false, self(applicant));
        attachments.upload(draft.id(), AttachmentType.GRADUATE_REGISTRATION_FORM, applicant.fullName() + "-毕业生登记表.pdf",
                PDF, false, self(applicant)); // R-15, unmasked too
        Attachment drawing = attachments.upload(draft.id(), AttachmentType.PERFORMANCE_EVIDENCE,
                applicant.fullName() + "-设计图.pdf", PDF, true, self(applicant));
        Application file = assignedToBlindOne(draft);
        Actor expert = TestActors.expert("blind-1");

        List<BlindAttachment> listed = attachments.maskedAttachments(file.id(), expert);
        assertEquals(List.of(report.id(), drawing.id()), listed.stream().map(BlindAttachment::id).toList(),
                "the unmasked certificate is not even listed");
        assertEquals(List.of("业绩成果材料 1", "业绩成果材料 2"), listed.stream().map(BlindAttachment::label).toList());
        assertFalse(listed.toString().contains(applicant.fullName()), listed.toString());
        for (BlindAttachment scan : listed) {
            assertArrayEquals(PDF, attachments.content(scan.id(), expert));
        }
        // the full list with file names stays the reviewers'; another expert's file is not listed to them
        forbidden(() -> attachments.attachments(file.id(), expert));
        assertEquals("NOT_ASSIGNED", assertThrows(ZhichengException.class,
                () -> attachments.maskedAttachments(file.id(), TestActors.expert("blind-2"))).code());
        forbidden(() -> attachments.maskedAttachments(file.id(), CoreActors.issue(Actor.employer("unit-xinhe", XINHE_WATER))));
        assertEquals(listed, attachments.maskedAttachments(file.id(), COMMITTEE_OFFICE));
    }

    // ------------------------------------------------------------------ accounts

    @Test
    void registeringCreatesTheApplicantAndTheirAccount() {
        Actor registered = accounts.registerApplicant(newApplicant("阿依古丽·买买提", KUQA_WATER, KUQA), "ayigul", PASSWORD);
        assertEquals(Role.APPLICANT, registered.role());
        Applicant record = applicants.find(registered.applicantId(), TESTER).orElseThrow();
        assertEquals("阿依古丽·买买提", record.fullName());
        assertEquals(KUQA, record.county());

        Actor loggedIn = accounts.authenticate("ayigul", PASSWORD).orElseThrow();
        assertEquals(Role.APPLICANT, loggedIn.role());
        assertEquals("ayigul", loggedIn.username());
        assertEquals(record.id(), loggedIn.applicantId());
        assertEquals(KUQA_WATER, loggedIn.employer());
        assertEquals(KUQA, loggedIn.county());
        // the account works on its own record
        assertEquals(record, applicants.find(record.id(), loggedIn).orElseThrow());

        assertEquals(Optional.empty(), accounts.authenticate("ayigul", "zhicheng-2024".toCharArray()));
        assertEquals(Optional.empty(), accounts.authenticate("nobody", PASSWORD));
    }

    @Test
    void aTakenUserNameIsRefusedAndNothingIsCreated() {
        accounts.registerApplicant(newApplicant("第一人", KUQA_WATER, KUQA), "ayigul", PASSWORD);
        long applicantsBefore = applicants.count(TESTER);
        ZhichengException taken = assertThrows(ZhichengException.class,
                () -> accounts.registerApplicant(newApplicant("第二人", XINHE_WATER, XINHE), "ayigul", "another-pass".toCharArray()));
        assertEquals("USERNAME_TAKEN", taken.code());
        assertEquals(applicantsBefore, applicants.count(TESTER));
        assertEquals(Optional.empty(), accounts.authenticate("ayigul", "another-pass".toCharArray()));
        assertEquals(1, accounts.countAccounts(ADMIN));
    }

    @Test
    void aSecondRegistrationOfTheSameIdNumberCreatesNoAccount() {
        NewApplicant person = newApplicant("同一人", KUQA_WATER, KUQA);
        accounts.registerApplicant(person, "first-account", PASSWORD);
        ZhichengException twice = assertThrows(ZhichengException.class,
                () -> accounts.registerApplicant(person, "second-account", PASSWORD));
        assertEquals("DUPLICATE_ID_NUMBER", twice.code());
        assertEquals(Optional.empty(), accounts.authenticate("second-account", PASSWORD));
        assertEquals(1, applicants.count(TESTER));
    }

    @Test
    void aNewPasswordHasTenCharactersIsNotCommonAndNotTheUserName() {
        assertEquals(10, AccountService.MIN_PASSWORD_LENGTH);
        for (String weak : List.of("zhichen", "zhicheng", "123456789", "1234567890", "password123", "Qwertyuiop", "short-user")) {
            ZhichengException refused = assertThrows(ZhichengException.class,
                    () -> accounts.registerApplicant(newApplicant("弱密码", KUQA_WATER, KUQA), "short-user", weak.toCharArray()));
            assertEquals("WEAK_PASSWORD", refused.code(), weak);
            assertEquals("password", refused.field().orElseThrow(), weak);
        }
        assertEquals("密码至少10位", assertThrows(ZhichengException.class, () -> accounts.registerApplicant(
                newApplicant("弱密码", KUQA_WATER, KUQA), "short-user", "zhicheng".toCharArray())).chineseMessage());
        assertEquals("密码不能与用户名相同", assertThrows(ZhichengException.class, () -> accounts.registerApplicant(
                newApplicant("弱密码", KUQA_WATER, KUQA), "short-user", "SHORT-USER".toCharArray())).chineseMessage());
        assertEquals(0, applicants.count(TESTER));
        // account creation and a reset follow the same policy
        assertEquals("WEAK_PASSWORD", assertThrows(ZhichengException.class,
                () -> accounts.createAccount(Actor.admin("admin2"), "password1234".toCharArray(), ADMIN)).code());
        assertEquals(0, accounts.countAccounts(ADMIN));
        accounts.registerApplicant(newApplicant("好密码", KUQA_WATER, KUQA), "short-user", "tarim-river-7".toCharArray());
        assertTrue(accounts.authenticate("short-user", "tarim-river-7".toCharArray()).isPresent());
        assertEquals("WEAK_PASSWORD", assertThrows(ZhichengException.class,
                () -> accounts.resetPassword("short-user", "iloveyou123".toCharArray(), ADMIN)).code());
        assertTrue(accounts.authenticate("short-user", "tarim-river-7".toCharArray()).isPresent(), "the refused reset changed nothing");
    }

    /** Not even the integration, which may do every act on files: accounts are the administrator's. */
    @Test
    void onlyAnAdministratorCreatesAccounts() {
        Actor bureau = CoreActors.issue(Actor.countyBureau("kuqa-hr", KUQA));
        for (Actor notAdmin : List.of(TESTER, CoreActors.issue(Actor.employer("unit-kuqa-water", KUQA_WATER)), bureau,
                CoreActors.issue(Actor.committeeOffice("office", Set.of())))) {
            forbidden(() -> accounts.createAccount(bureau, PASSWORD, notAdmin));
        }
        assertEquals(Optional.empty(), accounts.authenticate("kuqa-hr", PASSWORD));
        assertEquals(0, accounts.countAccounts(ADMIN));
        forbidden(() -> accounts.countAccounts(bureau));

        assertEquals(bureau, accounts.createAccount(bureau, PASSWORD, ADMIN));
        assertEquals(bureau, accounts.authenticate("kuqa-hr", PASSWORD).orElseThrow());
        assertEquals(List.of(bureau), accounts.accounts(0, 10, ADMIN));
    }

    @Test
    void aPasswordResetByTheAdministratorReplacesTheOldOne() {
        Actor bureau = CoreActors.issue(accounts.createAccount(Actor.countyBureau("kuqa-hr", KUQA), PASSWORD, ADMIN));
        char[] fresh = "new-password-1".toCharArray();
        forbidden(() -> accounts.resetPassword("kuqa-hr", fresh, bureau));
        assertEquals(Optional.empty(), accounts.authenticate("kuqa-hr", fresh));

        accounts.resetPassword("kuqa-hr", fresh, ADMIN);
        assertEquals(bureau, accounts.authenticate("kuqa-hr", fresh).orElseThrow());
        assertEquals(Optional.empty(), accounts.authenticate("kuqa-hr", PASSWORD));
        assertEquals("UNKNOWN_ACCOUNT", assertThrows(ZhichengException.class,
                () -> accounts.resetPassword("nobody", fresh, ADMIN)).code());
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        Actor registered = accounts.registerApplicant(newApplicant("停用", KUQA_WATER, KUQA), "disabled-user", PASSWORD);
        forbidden(() -> accounts.setEnabled("disabled-user", false, registered));
        assertTrue(accounts.authenticate("disabled-user", PASSWORD).isPresent());

        accounts.setEnabled("disabled-user", false, ADMIN);
        assertEquals(Optional.empty(), accounts.authenticate("disabled-user", PASSWORD));
        accounts.setEnabled("disabled-user", true, ADMIN);
        assertEquals(registered.applicantId(), accounts.authenticate("disabled-user", PASSWORD).orElseThrow().applicantId());
    }

    // ------------------------------------------------------------------ helpers

    private NewApplicant newApplicant(String name, String employer, String county) {
        return new NewApplicant(name, ResidentIdNumber.completing("65290119800101" + nextId++), employer, county,
                Tier.COUNTY_CITY, "");
    }

    /** Registered by the integration. */
    private Applicant applicant(String name, String employer, String county) {
        return applicants.register(newApplicant(name, employer, county), TESTER);
    }

    /** The applicant logged in to their own account. */
    private static Actor self(Applicant applicant) {
        return CoreActors.issue(Actor.applicant("applicant-" + applicant.id(), applicant.fullName(), applicant.id(), applicant.employer(),
                applicant.county()));
    }

    private Application draft(Applicant applicant, String series, String specialty) {
        return applications.createDraft(new NewApplication(applicant.id(), 2023, series, specialty, TitleLevel.INTERMEDIATE,
                Channel.A_PREFECTURE_DIRECTED), self(applicant));
    }

    /** The attachment service on this test's scan directory. */
    private AttachmentServiceImpl attachmentStore() {
        return new AttachmentServiceImpl(jpa, new AuditLogImpl(jpa), TestCampaigns.configuration(
                AttachmentServiceImpl.Configuration.class, Map.of("directory", scans.toString())));
    }

    /** A water draft opened on 2023-08-14, inside the application window, to upload scans to. */
    private Application draftInWindow(Applicant applicant) {
        TestCampaigns.setToday(campaigns, "2023-08-14");
        return draft(applicant, "water", "水利专业");
    }

    /** The draft taken through the review chain to the committee, and assigned to expert blind-1. */
    private Application assignedToBlindOne(Application draft) {
        Application file = TestFiles.underEvaluation(applications, contents, evaluation, campaigns, draft);
        TestFiles.assign(evaluation, file.id(), "water", "blind-1");
        return file;
    }

    private Application submitted(Applicant applicant, String series, String specialty) {
        Application draft = draft(applicant, series, specialty);
        return CompleteFiles.submit(applications, contents, draft, self(applicant));
    }

    /** Approved by its employer on 08-14 and recommended after the publicity on 08-21. */
    private Application recommended(Applicant applicant, String series, String specialty) {
        TestCampaigns.setToday(campaigns, "2023-08-14");
        Application file = submitted(applicant, series, specialty);
        Actor employer = CoreActors.issue(Actor.employer("unit-" + applicant.id(), applicant.employer()));
        Application approved = applications.approveByEmployer(file.id(), file.version(), employer, "同意推荐");
        TestCampaigns.setToday(campaigns, "2023-08-21");
        return applications.recommend(approved.id(), approved.version(), employer);
    }

    private Application underEvaluation(Applicant applicant) {
        return TestFiles.underEvaluation(applications, contents, evaluation, campaigns, new NewApplication(applicant.id(), 2023, "water",
                "水利专业", TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED));
    }

    private Map<String, BigDecimal> fullMarks(long applicationId) {
        Map<String, BigDecimal> points = new HashMap<>();
        for (ScoringItem item : scoring.standardFor(applicationId).items()) {
            if (item.computed()) {
                continue; // the platform gives those from the file's seniority
            }
            points.put(item.id(), item.points());
        }
        return points;
    }

    private static void forbidden(Runnable act) {
        ZhichengException e = assertThrows(ZhichengException.class, act::run);
        assertEquals("FORBIDDEN", e.code(), e.getMessage());
    }
}
