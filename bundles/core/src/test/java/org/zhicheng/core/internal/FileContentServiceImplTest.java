package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.zhicheng.api.attachment.AttachmentType;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.file.Commitment;
import org.zhicheng.api.file.FieldType;
import org.zhicheng.api.file.FileSection;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.attachment.AttachmentServiceImpl;
import org.zhicheng.core.internal.series.TestDescriptors;

/**
 * The applicant's file section by section and the personal commitment (R-13, R-17, R-36, Annex 3), through the real
 * services on a real Derby database; the series' own section comes from its descriptor, as from a plugin.
 */
class FileContentServiceImplTest extends CoreTestSupport {

    private static final String WATER = TestDescriptors.series("water", "水利系列", """
              <specialty name="水利专业"><committee levels="中级" unit="地区水利局" phone="0997-2129001"/></specialty>
              <section id="hydrology" title="水文测验工作">
                <field id="stations" label="负责测站数" type="number" required="true"/>
                <field id="method" label="主要测验方法" type="choice" required="false" choices="流速仪法;走航式ADCP;比降面积法"/>
                <field id="station-name" label="所在测站" type="text" identity="true" hint="不向评审专家显示"/>
              </section>""");
    private static final String KUQA = "库车市";
    private static final String KUQA_WATER = "库车市水利局";

    private int nextId = 500;

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-14", 2023);
        TestDescriptors.declare(store, WATER, List.of("中"));
    }

    @Test
    void theFileHasCoreCommonSectionsThenTheSeriesOwnFromItsDescriptor_R13() {
        Application file = draft(applicant("分栏"));
        List<FileSection> sections = contents.sections(file.id(), self(file));
        assertEquals(List.of("basic", "work-history", "achievements", "papers", "awards", "hydrology"),
                sections.stream().map(FileSection::id).toList());
        FileSection hydrology = sections.get(5);
        assertTrue(hydrology.seriesSpecific());
        assertFalse(sections.get(0).seriesSpecific());
        assertEquals("水文测验工作", hydrology.title());
        assertEquals(FieldType.NUMBER, hydrology.field("stations").orElseThrow().type());
        assertEquals(List.of("流速仪法", "走航式ADCP", "比降面积法"), hydrology.field("method").orElseThrow().choices());
        assertTrue(hydrology.field("station-name").orElseThrow().identity());
        assertTrue(sections.get(0).field("employer").orElseThrow().identity(), "工作单位 is identity (R-17)");
    }

    @Test
    void invalidValuesAreRefusedInChineseAndLeaveTheSectionAsItWas_R13() {
        Application file = draft(applicant("校验"));
        Actor owner = self(file);
        Map<String, String> basic = Map.of("education", "大学本科", "school", "新疆农业大学", "graduated", "2008-07-01");
        contents.save(file.id(), "basic", basic, owner);
        int entries = audit.entries("application:" + file.id()).size();

        assertEquals("UNKNOWN_SECTION", refused(() -> contents.save(file.id(), "hobbies", Map.of("x", "y"), owner)));
        assertRefused("基本情况没有“salary”一项", () -> contents.save(file.id(), "basic", with(basic, "salary", "1"), owner));
        assertRefused("基本情况：毕业时间须为日期，格式如2010-07-01，不是“2008/07/01”",
                () -> contents.save(file.id(), "basic", with(basic, "graduated", "2008/07/01"), owner));
        assertRefused("基本情况：最高学历须为以下之一：博士研究生、硕士研究生、大学本科、大学专科、中专（中技）、高中及以下",
                () -> contents.save(file.id(), "basic", with(basic, "education", "博士后"), owner));
        assertRefused("基本情况：毕业院校不得超过200字",
                () -> contents.save(file.id(), "basic", with(basic, "school", "长".repeat(201)), owner));
        assertRefused("基本情况：毕业院校含有不可见的控制字符",
                () -> contents.save(file.id(), "basic", with(basic, "school", "新疆\u0000大学"), owner));
        assertRefused("水文测验工作：负责测站数须为不小于0的数字，不是“三个”",
                () -> contents.save(file.id(), "hydrology", Map.of("stations", "三个"), owner));
        assertRefused("水文测验工作：负责测站数须为不小于0的数字，不是“-1”",
                () -> contents.save(file.id(), "hydrology", Map.of("stations", "-1"), owner));
        assertRefused("专业技术工作业绩：任现职以来主要专业技术工作业绩不得超过4000字",
                () -> contents.save(file.id(), "achievements", Map.of("summary", "业".repeat(4001)), owner));

        assertEquals(withCareer(basic), new HashMap<>(contents.values(file.id(), "basic", owner)), "the refusals changed nothing");
        assertTrue(contents.values(file.id(), "hydrology", owner).isEmpty());
        assertTrue(contents.values(file.id(), "achievements", owner).isEmpty());
        assertEquals(entries, audit.entries("application:" + file.id()).size(), "nothing audited either");

        // long texts keep their lines; blanks empty a field; the whole section is replaced
        contents.save(file.id(), "achievements", Map.of("summary", "第一项\n第二项", "representative", "  "), owner);
        assertEquals(Map.of("summary", "第一项\n第二项"), contents.values(file.id(), "achievements", owner));
        contents.save(file.id(), "basic", Map.of("school", "新疆大学"), owner);
        assertEquals(withCareer(Map.of("school", "新疆大学")), contents.values(file.id(), "basic", owner));
    }

    @Test
    void submissionIsRefusedWhileAFieldIsEmptyTheEducationUnprovenOrTheCommitmentUnsignedThenAccepted_R13_R15() {
        Application draft = draft(applicant("不完整"));
        Actor owner = self(draft);
        ZhichengException incomplete = assertThrows(ZhichengException.class,
                () -> applications.submit(draft.id(), draft.version(), owner));
        assertEquals("INCOMPLETE_FILE", incomplete.code());
        assertTrue(incomplete.chineseMessage().startsWith("申报材料不完整，请补充后再提交：基本情况：毕业院校；"),
                incomplete.chineseMessage());
        assertTrue(incomplete.chineseMessage().contains("工作经历：工作经历（起止时间、单位、岗位）"));
        assertTrue(incomplete.chineseMessage().contains("水文测验工作：负责测站数"), "the series' required field too");
        assertTrue(incomplete.chineseMessage().contains("缺少学历（学位）证书"), "R-15 blocks the submission too");
        assertTrue(incomplete.chineseMessage().endsWith("个人承诺书未签署"));
        assertFalse(incomplete.chineseMessage().contains("论文论著"), "optional sections are not required");
        assertUnchanged(draft);

        for (FileSection section : contents.sections(draft.id(), owner)) {
            contents.save(draft.id(), section.id(), CompleteFiles.sample(section), owner);
        }
        assertEquals(List.of("缺少学历（学位）证书", "个人承诺书未签署"), contents.missing(draft.id(), owner));
        // a degree without its CHSI record (or graduate registration form) does not prove the education
        AttachmentServiceImpl attachments = TestServices.attachments(contents);
        attachments.upload(draft.id(), AttachmentType.EDUCATION_CERTIFICATE, "本科毕业证书.pdf", CompleteFiles.SCAN, true, owner);
        String unproven = "每份学历证书须附学信网电子注册备案表或学籍在线验证报告，无法提供的附毕业生登记表（还缺1份）";
        assertEquals(List.of(unproven, "个人承诺书未签署"), contents.missing(draft.id(), owner));
        assertEquals("申报材料不完整，请补充后再提交：" + unproven + "；个人承诺书未签署", assertThrows(ZhichengException.class,
                () -> applications.submit(draft.id(), draft.version(), owner)).chineseMessage());
        assertUnchanged(draft);
        attachments.upload(draft.id(), AttachmentType.GRADUATE_REGISTRATION_FORM, "毕业生登记表.pdf", CompleteFiles.SCAN, true,
                owner);
        assertEquals(List.of("个人承诺书未签署"), contents.missing(draft.id(), owner));
        ZhichengException unsigned = assertThrows(ZhichengException.class,
                () -> applications.submit(draft.id(), draft.version(), owner));
        assertEquals("申报材料不完整，请补充后再提交：个人承诺书未签署", unsigned.chineseMessage());
        assertUnchanged(draft);

        contents.signCommitment(draft.id(), owner);
        contents.save(draft.id(), "hydrology", Map.of("method", "流速仪法"), owner);
        assertEquals(List.of("水文测验工作：负责测站数"), contents.missing(draft.id(), owner), "emptied again");
        assertEquals("INCOMPLETE_FILE", refused(() -> applications.submit(draft.id(), draft.version(), owner)));
        contents.save(draft.id(), "hydrology", Map.of("stations", "3"), owner);
        assertTrue(contents.missing(draft.id(), owner).isEmpty());

        Application submitted = applications.submit(draft.id(), draft.version(), owner);
        assertEquals(ApplicationStatus.SUBMITTED, submitted.status());
        // submitted: neither the sections nor the commitment change any more
        assertEquals("NOT_EDITABLE", refused(() -> contents.save(draft.id(), "hydrology", Map.of("stations", "4"), owner)));
        assertEquals("NOT_EDITABLE", refused(() -> contents.signCommitment(draft.id(), owner)));
        assertEquals(Map.of("stations", "3"), contents.values(draft.id(), "hydrology", owner));
    }

    @Test
    void onlyTheApplicantSignsTheirCommitmentAndReviewersReadIt_R37() {
        Application file = draft(applicant("承诺"));
        Application other = draft(applicant("他人"));
        Actor owner = self(file);
        for (Actor notTheApplicant : List.of(self(other), CoreActors.issue(Actor.employer("unit", KUQA_WATER)), CoreActors.issue(Actor.countyBureau("kuqa-hr", KUQA)),
                CoreActors.issue(Actor.seriesDepartment("dept-water", Set.of("water"))), CoreActors.issue(Actor.committeeOffice("office", Set.of())),
                CoreActors.issue(Actor.admin("admin")), TestActors.expert("blind-1"))) {
            assertEquals("FORBIDDEN", refused(() -> contents.signCommitment(file.id(), notTheApplicant)),
                    notTheApplicant.role().name());
            assertEquals("FORBIDDEN", refused(() -> contents.save(file.id(), "basic", Map.of("school", "x"), notTheApplicant)),
                    notTheApplicant.role().name());
        }
        assertTrue(contents.commitment(file.id(), TESTER).isEmpty());

        Commitment signed = contents.signCommitment(file.id(), owner);
        assertEquals(contents.commitmentText(), signed.text());
        assertTrue(signed.text().startsWith("本人承诺以上填报的内容和提交的材料完全真实有效"), "Annex 3");
        assertEquals(owner.username(), signed.signedBy());
        assertEquals("承诺", signed.signerName(), "the signature line names the person, not the account");
        assertEquals(signed, contents.commitment(file.id(), CoreActors.issue(Actor.employer("unit", KUQA_WATER))).orElseThrow());
        assertEquals("FORBIDDEN", refused(() -> contents.commitment(file.id(), self(other))));
    }

    @Test
    void anAssignedExpertNeverReceivesIdentityFields_R17() {
        Application draft = draft(applicant("盲评"));
        Actor owner = self(draft);
        CompleteFiles.complete(contents, draft.id(), owner);
        contents.save(draft.id(), "basic", with(CompleteFiles.sample(contents.sections(draft.id(), owner).get(0)),
                "employer", KUQA_WATER), owner);
        contents.save(draft.id(), "hydrology", Map.of("stations", "3", "station-name", "阿克苏河西大桥水文站"), owner);
        Application file = TestFiles.underEvaluation(applications, contents, evaluation, campaigns, draft);
        TestFiles.assign(evaluation, file.id(), "water", "blind-1");
        Actor expert = TestActors.expert("blind-1");

        Map<String, Map<String, String>> blind = contents.anonymisedValues(file.id(), expert);
        assertEquals("大学本科", blind.get("basic").get("education"), "from the professional record (R-12)");
        assertEquals("3", blind.get("hydrology").get("stations"));
        assertFalse(blind.get("basic").containsKey("employer"));
        assertFalse(blind.get("hydrology").containsKey("station-name"));
        assertFalse(blind.containsKey("work-history"), "a section of identity fields only is left out");
        assertFalse(blind.toString().contains(KUQA_WATER), blind.toString());
        assertFalse(blind.toString().contains("水文站"), blind.toString());
        assertEquals(6, contents.sections(file.id(), expert).size(), "labels to read it by");

        // the full values are not the expert's, nor is a file assigned to someone else
        assertEquals("FORBIDDEN", refused(() -> contents.values(file.id(), "basic", expert)));
        assertEquals("NOT_ASSIGNED", refused(() -> contents.anonymisedValues(file.id(), TestActors.expert("blind-9"))));
        assertEquals("NOT_ASSIGNED", refused(() -> contents.sections(file.id(), TestActors.expert("blind-9"))));
        assertEquals(KUQA_WATER, contents.values(file.id(), "basic", CoreActors.issue(Actor.committeeOffice("office", Set.of()))).get("employer"));
    }

    @Test
    void everySectionIsReadInOneQueryAsEachAloneWithTheSameRefusals_R13_R17() {
        Application file = draft(applicant("整份"));
        Application other = draft(applicant("别人"));
        Actor owner = self(file);
        contents.save(file.id(), "basic", Map.of("education", "大学本科", "employer", KUQA_WATER), owner);
        contents.save(file.id(), "hydrology", Map.of("stations", "3", "station-name", "阿克苏河西大桥水文站"), owner);
        contents.save(file.id(), "papers", Map.of("papers", "《塔里木河洪水预报》"), owner);

        Map<String, Map<String, String>> all = contents.allValues(file.id(), owner);
        assertEquals(List.of("basic", "papers", "hydrology"), List.copyOf(all.keySet()), "sections' order, empty ones left out");
        for (FileSection section : contents.sections(file.id(), owner)) {
            Map<String, String> one = contents.values(file.id(), section.id(), owner);
            assertEquals(one, all.getOrDefault(section.id(), Map.of()), section.id());
            assertEquals(List.copyOf(one.keySet()), List.copyOf(all.getOrDefault(section.id(), Map.of()).keySet()),
                    "fields' order");
        }
        assertEquals(KUQA_WATER, all.get("basic").get("employer"), "the full file, identity included, for its readers");
        int oneSection = jpa.statements(() -> contents.values(file.id(), "basic", owner));
        assertEquals(oneSection, jpa.statements(() -> contents.allValues(file.id(), owner)),
                "six sections cost what one costs");

        // refused where values() is refused: other applicants, and experts, who read anonymisedValues
        assertEquals("FORBIDDEN", refused(() -> contents.allValues(file.id(), self(other))));
        assertEquals("FORBIDDEN", refused(() -> contents.allValues(file.id(), TestActors.expert("blind-1"))));
        assertEquals("FORBIDDEN", refused(() -> contents.allValues(file.id(), CoreActors.issue(Actor.employer("unit", "新和县水利局")))));
        assertEquals("UNKNOWN_APPLICATION", refused(() -> contents.allValues(-1, owner)));
        assertEquals(all, contents.allValues(file.id(), CoreActors.issue(Actor.countyBureau("kuqa-hr", KUQA))));
    }

    @Test
    void savingAndSigningAreAuditedWithWhoAndWhatButNotTheValues_R36() {
        Application file = draft(applicant("审计"));
        Actor owner = self(file);
        contents.save(file.id(), "basic", Map.of("education", "大学本科", "major", "水文与水资源工程"), owner);
        contents.save(file.id(), "basic", Map.of("education", "大学本科", "major", "水文与水资源工程"), owner);
        contents.signCommitment(file.id(), owner);
        List<AuditEntry> entries = audit.entries("application:" + file.id()).stream()
                .filter(e -> !e.action().startsWith("APPLICATION_")).toList();
        assertEquals(List.of("FILE_SECTION_SAVED", "COMMITMENT_SIGNED"), entries.stream().map(AuditEntry::action).toList(),
                "saving the same values again changes and records nothing");
        assertEquals(owner.username(), entries.get(0).actor());
        assertEquals("基本情况：所学专业", entries.get(0).detail(), "the record's fields were there already");
        assertFalse(entries.get(0).detail().contains("水文与水资源工程"));
        assertTrue(entries.get(1).detail().startsWith("签署个人承诺书（附件3）："), entries.get(1).detail());
        assertTrue(audit.verify().intact());
    }

    // ------------------------------------------------------------------ helpers

    private Applicant applicant(String name) {
        return applicants.register(new NewApplicant(name, ResidentIdNumber.completing("65290119800101" + nextId++), KUQA_WATER,
                KUQA, Tier.COUNTY_CITY, ""), TESTER);
    }

    private Application draft(Applicant applicant) {
        return applications.createDraft(new NewApplication(applicant.id(), 2023, "water", "水利专业", TitleLevel.INTERMEDIATE,
                Channel.A_PREFECTURE_DIRECTED), TESTER);
    }

    /** The file's applicant logged in to their own account. */
    private Actor self(Application file) {
        Applicant applicant = applicants.find(file.applicantId(), TESTER).orElseThrow();
        return CoreActors.issue(Actor.applicant("applicant-" + applicant.id(), applicant.fullName(), applicant.id(), applicant.employer(),
                applicant.county()));
    }

    private void assertUnchanged(Application draft) {
        Application now = applications.find(draft.id(), TESTER).orElseThrow();
        assertEquals(ApplicationStatus.DRAFT, now.status());
        assertEquals(draft.version(), now.version());
        assertEquals(0, now.submissionCount());
        assertEquals(1, applications.history(draft.id(), TESTER).size());
    }

    private static Map<String, String> with(Map<String, String> values, String field, String value) {
        Map<String, String> changed = new HashMap<>(values);
        changed.put(field, value);
        return changed;
    }

    private static String refused(Executable call) {
        return assertThrows(ZhichengException.class, call).code();
    }

    private static void assertRefused(String chineseMessage, Executable call) {
        ZhichengException e = assertThrows(ZhichengException.class, call);
        assertEquals("INVALID_INPUT", e.code());
        assertEquals(chineseMessage, e.chineseMessage());
    }

    /** The values plus the 基本情况 fields the applicants' professional record fills (TestCareers, R-12). */
    private static Map<String, String> withCareer(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.putAll(Map.of("education", "大学本科", "current-title", "工程师", "appointed", "2012-07-01",
                "started-work", "2005-07-01"));
        return all;
    }
}
