package org.zhicheng.core.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.attachment.AttachmentService;
import org.zhicheng.api.attachment.AttachmentType;
import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.career.CareerService;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.series.SeriesEvents;
import org.zhicheng.api.meeting.MeetingService;
import org.zhicheng.api.scoring.ScoringService;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.unit.CreditCode;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.unit.UnitService;
import org.zhicheng.api.unit.UnitType;
import org.zhicheng.core.internal.account.DemoAccounts;

/**
 * Fills an empty database with the 2023 campaign's demo: an account for every role (README, "Demo accounts"), a
 * few fictitious applicants who registered themselves, expert pools, and for each applicant a file in the series
 * that fits their employer once that series' plugin runs (some of them submitted, so that reviewers' queues are
 * not empty). Runs only with the pid {@code org.zhicheng.demo} (from the zhicheng-demo feature alone). Follows
 * the catalog through Event Admin rather than a service reference, which would make a cycle with the catalog.
 */
@Component(configurationPid = "org.zhicheng.demo", configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = EventHandler.class, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + SeriesEvents.ACCEPTING)
public class DemoDataLoader implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    static final int DEMO_YEAR = 2023;
    /** Every demo account's password (README). */
    static final String DEMO_PASSWORD = "zhicheng";
    private static final Actor DEMO = CoreActors.system("demo-data");

    /**
     * A demo applicant, their account and the file they open: submitted (every section filled, the commitment
     * signed, R-13) or left a draft with only what {@code content} holds.
     */
    private record DemoFile(String username, NewApplicant applicant, String seriesCode, String specialty, TitleLevel level,
                            boolean submitted, Map<String, Map<String, String>> content, Channel channel) {

        DemoFile(String username, NewApplicant applicant, String seriesCode, String specialty, TitleLevel level,
                 boolean submitted, Map<String, Map<String, String>> content) {
            this(username, applicant, seriesCode, specialty, level, submitted, content, Channel.A_PREFECTURE_DIRECTED);
        }
    }

    /**
     * The demo employers as units on record (the credit codes' check characters computed, GB 32100), and a private
     * enterprise whose engineer applies in channel C. Recorded first, so that applicants and employer accounts
     * named by a unit's name point to it; in a database of an older demo, recording them links the staff already there.
     */
    private static final List<NewUnit> DEMO_UNITS = List.of(
            unit("阿克苏地区水利局", "11652900MB0154321", UnitType.PARTY_GOVERNMENT, null, Tier.PREFECTURE_DIRECT),
            unit("库车市住房和城乡建设局", "11652902MB1320874", UnitType.PARTY_GOVERNMENT, "库车市", Tier.COUNTY_CITY),
            unit("阿克苏地区第一人民医院", "12652900457600213", UnitType.PUBLIC_INSTITUTION, null, Tier.PREFECTURE_DIRECT),
            unit("温宿县托乎拉乡农业技术推广站", "12652922MB1786542", UnitType.PUBLIC_INSTITUTION, "温宿县", Tier.TOWNSHIP),
            unit("新和县第二中学", "12652925458801367", UnitType.PUBLIC_INSTITUTION, "新和县", Tier.COUNTY_CITY),
            unit("阿克苏新丝路建筑工程有限公司", "91652901MA78KQ2D3", UnitType.PRIVATE_ENTERPRISE, "阿克苏市", Tier.COUNTY_CITY));

    /** A unit proposed at self-registration, waiting for 库车市's bureau (kuqa-hr) to confirm it. */
    private static final NewUnit PROPOSED_UNIT = unit("库车市丝路农业科技有限公司", "91652902MA7A1TN55",
            UnitType.PRIVATE_ENTERPRISE, "库车市", Tier.COUNTY_CITY);

    private static final List<DemoFile> DEMO_FILES = List.of(
            new DemoFile("ayigul", applicant("阿依古丽·买买提", "65290119850312002", "阿克苏地区水利局", null, Tier.PREFECTURE_DIRECT),
                    "engineering", "水利专业", TitleLevel.INTERMEDIATE, true, complete(
                            basic("大学本科", "新疆农业大学", "水利水电工程", "2008-07-01", "助理工程师", "2013-09-01",
                                    "2008-08-01", "阿克苏地区水利局"),
                            "2008.08—2013.08 阿克苏地区水利局 水利工程技术员\n2013.09至今 阿克苏地区水利局 助理工程师",
                            "负责灌区节水改造工程的设计复核和施工技术管理，参与防洪工程的运行调度。",
                            Map.of("engineering-projects", Map.of("project-name", "多浪渠灌区续建配套与节水改造工程",
                                    "role", "技术负责人", "scale", "中型", "investment", "8600", "completed", "2021-10-30",
                                    "work", "承担渠系建筑物设计复核、施工质量控制和竣工验收资料整理。")))),
            new DemoFile("wangjianguo", applicant("王建国", "65290119800507001", "库车市住房和城乡建设局", "库车市", Tier.COUNTY_CITY),
                    "engineering", "建筑专业", TitleLevel.SENIOR_ASSOCIATE, true, complete(
                            basic("大学本科", "新疆大学", "土木工程", "2002-07-01", "工程师", "2011-12-01",
                                    "2002-08-01", "库车市住房和城乡建设局"),
                            "2002.08—2011.11 库车市建筑设计室 技术员、助理工程师\n2011.12至今 库车市住房和城乡建设局 工程师",
                            "主持城区老旧小区改造和保障性住房项目的技术审查与质量监督。",
                            Map.of("engineering-projects", Map.of("project-name", "城区老旧小区综合改造工程",
                                    "role", "项目负责人", "scale", "大型", "investment", "32000", "completed", "2022-09-15")))),
            new DemoFile("lina", applicant("李娜", "65292219900823004", "温宿县托乎拉乡农业技术推广站", "温宿县", Tier.TOWNSHIP),
                    "agriculture", "农艺专业", TitleLevel.INTERMEDIATE, false, Map.of("basic", basic("大学专科",
                            "新疆农业职业技术学院", "作物生产技术", "2011-07-01", "助理农艺师", "2016-10-01", "2011-09-01",
                            "温宿县托乎拉乡农业技术推广站"))),
            new DemoFile("erkin", applicant("艾尔肯·吐尔逊", "65290119880615003", "阿克苏地区第一人民医院", null, Tier.PREFECTURE_DIRECT),
                    "health", "卫生健康系列高级专业", TitleLevel.SENIOR_ASSOCIATE, false, Map.of("clinical-workload",
                            Map.of("outpatients", "6200", "operations", "310"))),
            new DemoFile("zhangmin", applicant("张敏", "65292519920304002", "新和县第二中学", "新和县", Tier.COUNTY_CITY),
                    "school-teachers", "中小学教师专业", TitleLevel.INTERMEDIATE, false, Map.of()),
            // issue 14: taken to the committee and decided in its meeting, with signed minutes (DemoCommittee)
            new DemoFile("reyila", applicant("热依拉·吐尔洪", "65290119870415006", "库车市住房和城乡建设局", "库车市",
                    Tier.COUNTY_CITY), "engineering", DemoCommittee.DECIDED_SPECIALTY, TitleLevel.INTERMEDIATE, true, complete(
                            basic("大学本科", "新疆大学", "环境工程", "2009-07-01", "助理工程师", "2014-09-01",
                                    "2009-08-01", "库车市住房和城乡建设局"),
                            "2009.08—2014.08 库车市住房和城乡建设局 环保技术员\n2014.09至今 库车市住房和城乡建设局 助理工程师",
                            "负责城区污水处理和建筑垃圾资源化项目的环境影响评价复核与运行监测。",
                            Map.of("engineering-projects", Map.of("project-name", "库车市城区污水处理厂提标改造工程",
                                    "role", "技术负责人", "scale", "中型", "investment", "5400", "completed", "2022-06-30",
                                    "work", "承担工艺方案比选、环境监测方案编制和竣工环保验收资料整理。")))),
            new DemoFile("zhaolei", applicant("赵磊", "65290119890921005", "阿克苏新丝路建筑工程有限公司", "阿克苏市",
                    Tier.COUNTY_CITY), "engineering", "建筑专业", TitleLevel.INTERMEDIATE, false, Map.of(),
                    Channel.C_PRIVATE_ENTERPRISE));

    /**
     * The demo applicants' professional records (start of work, title, appointment, education), each enough for the
     * level of their file (R-12; the series' sample minimums).
     */
    private static final Map<String, List<String>> CAREERS = Map.of(
            "ayigul", List.of("2008-08-01", "助理工程师", "2013-09-01", "大学本科"),
            "wangjianguo", List.of("2002-08-01", "工程师", "2011-12-01", "大学本科"),
            "lina", List.of("2011-09-01", "助理农艺师", "2016-10-01", "大学专科"),
            "erkin", List.of("2011-08-01", "主治医师", "2017-09-01", "大学本科"),
            "zhangmin", List.of("2014-09-01", "二级教师", "2018-09-01", "大学本科"),
            "reyila", List.of("2009-08-01", "助理工程师", "2014-09-01", "大学本科"),
            "zhaolei", List.of("2012-07-01", "助理工程师", "2016-08-01", "大学本科"));

    /** Staff accounts of every role but the applicants'. */
    private static final List<Actor> STAFF = List.of(
            Actor.admin("admin"),
            Actor.integration("integration"),
            new Actor("office", "地区职称办", Role.COMMITTEE_OFFICE, null, null, null,
                    Set.of(), null),
            new Actor("dept-engineering", "工程系列行业主管部门", Role.SERIES_DEPARTMENT, null, null,
                    null, Set.of("engineering"), null),
            new Actor("dept-health", "地区卫生健康委员会", Role.SERIES_DEPARTMENT, null, null, null,
                    Set.of("health"), null),
            new Actor("kuqa-hr", "库车市人社局", Role.COUNTY_BUREAU, null, null, "库车市", Set.of(), null),
            new Actor("wensu-hr", "温宿县人社局", Role.COUNTY_BUREAU, null, null, "温宿县", Set.of(), null),
            new Actor("xinhe-edu", "新和县教科局", Role.COUNTY_BUREAU, null, null, "新和县", Set.of(), null),
            Actor.employer("unit-shuili", "阿克苏地区水利局"),
            Actor.employer("unit-kuqa-zhujian", "库车市住房和城乡建设局"),
            Actor.employer("unit-yiyuan", "阿克苏地区第一人民医院"),
            Actor.employer("unit-tuohula", "温宿县托乎拉乡农业技术推广站"),
            Actor.employer("unit-xinhe-erzhong", "新和县第二中学"),
            Actor.employer("unit-xinsilu", "阿克苏新丝路建筑工程有限公司"),
            Actor.expert("expert1", "expert1"),
            Actor.expert("expert2", "expert2"),
            Actor.expert("expert3", "expert3"));

    /** The experts' pools; none works for a demo applicant's employer. */
    private static final List<Expert> EXPERTS = List.of(
            new Expert("expert1", "周志刚", "阿克苏地区勘察设计院", Set.of("engineering", "agriculture"), Set.of()),
            new Expert("expert2", "古丽娜尔·艾买提", "阿克苏职业技术学院", Set.of("engineering", "school-teachers"), Set.of()),
            new Expert("expert3", "陈卫东", "阿克苏地区人民医院", Set.of("health", "engineering"), Set.of()));

    /** The demo's committee office account (in STAFF): its presence says the demo was loaded. */
    private static final String DEMO_OFFICE = "office";

    private final ApplicantService applicants;
    private final ApplicationService applications;
    private final SeriesCatalog catalog;
    private final FileContentService contents;
    private final AttachmentService attachments;
    private final CareerService careers;
    private final DemoCommittee committee;
    /**
     * The demo is loaded, and series that start accepting are filed into, on this one thread (issue 16, item 4): the
     * accounts' password hashing took seconds on the thread that activated core's services; one thread keeps the
     * first load and the series events in order, as on the activating thread before.
     */
    private final ExecutorService loading = Executors.newSingleThreadExecutor(r -> new Thread(r, "zhicheng-demo-data"));

    @Activate
    public DemoDataLoader(@Reference ApplicantService applicants, @Reference ApplicationService applications,
                          @Reference SeriesCatalog catalog, @Reference DemoAccounts accounts,
                          @Reference EvaluationService evaluation, @Reference FileContentService contents,
                          @Reference AttachmentService attachments, @Reference CareerService careers,
                          @Reference UnitService units, @Reference MeetingService meetings,
                          @Reference CampaignService campaigns, @Reference ScoringService scoring) {
        this.applicants = applicants;
        this.careers = careers;
        this.applications = applications;
        this.contents = contents;
        this.attachments = attachments;
        this.catalog = catalog;
        // issue 14: a committee with members and a meeting, and one meeting carried to signed minutes
        this.committee = new DemoCommittee(meetings, campaigns, applications, evaluation, scoring);
        later("loaded", () -> load(accounts, evaluation, units));
    }

    /** Runs on the loading thread; a failure is logged as activation failures were (the thread goes on). */
    private void later(String what, Runnable task) {
        try {
            loading.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("Demo data not {}", what, e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the demo is being deactivated: what it missed comes at its next start
        }
    }

    private void load(DemoAccounts accounts, EvaluationService evaluation, UnitService units) {
        if (units.count(null, DEMO) == 0) {
            DEMO_UNITS.forEach(unit -> units.create(unit, DEMO));
        }
        // loaded once: while the demo's own office account is missing (not "no account at all": an administrator
        // created with zhicheng:admin-create before the demo feature came must not keep the demo out)
        if (accounts.accounts(DEMO_OFFICE, 0, 10, DEMO).stream().noneMatch(a -> a.username().equals(DEMO_OFFICE))) {
            EXPERTS.forEach(expert -> evaluation.registerExpert(expert, DEMO));
            DemoCommittee.register(evaluation, accounts, DEMO, DEMO_PASSWORD.toCharArray());
            STAFF.forEach(account -> accounts.createDemoAccount(account, DEMO_PASSWORD.toCharArray(), DEMO));
            for (DemoFile file : DEMO_FILES) {
                try {
                    accounts.registerDemoApplicant(file.applicant(), file.username(), DEMO_PASSWORD.toCharArray());
                } catch (ZhichengException e) {
                    LOG.warn("Demo applicant {} not registered: {}", file.username(), e.getMessage());
                }
            }
            try {
                // the applicant's unit is the one proposed (the id given here is replaced by the proposal's)
                accounts.registerDemoApplicantProposingUnit(NewApplicant.ofUnit("哈桑·阿不都",
                        ResidentIdNumber.completing("65290219910212003"), 0, ""), PROPOSED_UNIT, "hasan",
                        DEMO_PASSWORD.toCharArray());
            } catch (ZhichengException e) {
                LOG.warn("Demo proposal not registered: {}", e.getMessage());
            }
            LOG.info("Demo data: {} staff accounts, {} applicants, {} experts", STAFF.size(), DEMO_FILES.size(), EXPERTS.size());
        }
        catalog.acceptingSeries().forEach(this::seriesAccepting);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        loading.shutdown(); // a load under way ends first: half a demo would not be loaded again
        loading.awaitTermination(60, TimeUnit.SECONDS);
    }

    private static Map<String, String> basic(String education, String school, String major, String graduated,
                                             String currentTitle, String appointed, String startedWork, String employer) {
        return Map.of("education", education, "school", school, "major", major, "graduated", graduated,
                "current-title", currentTitle, "appointed", appointed, "started-work", startedWork, "employer", employer);
    }

    /** Every common section and the series' own. */
    private static Map<String, Map<String, String>> complete(Map<String, String> basic, String workHistory,
                                                             String achievements, Map<String, Map<String, String>> series) {
        Map<String, Map<String, String>> content = new LinkedHashMap<>();
        content.put("basic", basic);
        content.put("work-history", Map.of("history", workHistory));
        content.put("achievements", Map.of("summary", achievements));
        content.putAll(series);
        return content;
    }

    private static NewApplicant applicant(String name, String first17, String employer, String county, Tier tier) {
        return new NewApplicant(name, ResidentIdNumber.completing(first17), employer, county, tier, "");
    }

    private static NewUnit unit(String name, String first17, UnitType type, String county, Tier tier) {
        return new NewUnit(name, CreditCode.completing(first17), type, county, tier);
    }

    @Override
    public void handleEvent(Event event) {
        String code = (String) event.getProperty(SeriesEvents.SERIES_CODE);
        later("filed into series " + code, () -> catalog.find(code).ifPresent(this::seriesAccepting));
    }

    private void seriesAccepting(Series series) {
        committee.seriesAccepting(series);
        for (DemoFile file : DEMO_FILES) {
            if (!file.seriesCode().equals(series.code())) {
                continue;
            }
            // the demo applicant as registered; a real applicant with the same name is left alone
            applicants.list(0, 1000, DEMO).stream()
                    .filter(a -> a.fullName().equals(file.applicant().fullName())
                            && a.maskedIdNumber().equals(file.applicant().idNumber().masked()))
                    .findFirst()
                    .filter(a -> applications.forApplicant(a.id(), DEMO).isEmpty())
                    .ifPresent(a -> file(a, file));
        }
        if ("engineering".equals(series.code())) {
            applicants.list(0, 1000, DEMO).stream().filter(a -> a.fullName().equals("热依拉·吐尔洪"))
                    .flatMap(a -> applications.forApplicant(a.id(), DEMO).stream()).findFirst()
                    .ifPresent(file -> committee.carryToMinutes(file, DEMO));
        }
    }

    /** Opened and submitted as the applicant would, so that the history shows them. */
    private void file(Applicant applicant, DemoFile file) {
        Actor owner = CoreActors.issue(new Actor(file.username(), applicant.fullName(), Role.APPLICANT, applicant.id(),
                applicant.employer(), applicant.county(), Set.of(), null, applicant.unitId()));
        try {
            List<String> career = CAREERS.get(file.username());
            if (careers.find(applicant.id(), owner).isEmpty()) {
                // the record comes before the file, which takes its dates from it
                careers.record(new CareerRecord(applicant.id(), LocalDate.parse(career.get(0)), career.get(1),
                        LocalDate.parse(career.get(2)), career.get(3), null, null, 0, true), owner);
            }
            Application draft = applications.createDraft(new NewApplication(applicant.id(), DEMO_YEAR, file.seriesCode(),
                    file.specialty(), file.level(), file.channel()), owner);
            file.content().forEach((section, values) -> contents.save(draft.id(), section, values, owner));
            if (file.submitted()) {
                // the degree with its CHSI record, masked for the experts
                attachments.upload(draft.id(), AttachmentType.EDUCATION_CERTIFICATE, "学历证书.png",
                        scan("degree-certificate.png"), true, owner);
                attachments.upload(draft.id(), AttachmentType.CHSI_RECORD, "学信网电子注册备案表.png",
                        scan("chsi-record.png"), true, owner);
                contents.signCommitment(draft.id(), owner);
                applications.submit(draft.id(), draft.version(), owner);
            }
        } catch (ZhichengException e) {
            LOG.warn("Demo application for {} not created: {}", applicant.fullName(), e.getMessage());
        }
    }

    /** A fictitious scan shipped with the demo. */
    private static byte[] scan(String name) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo scan missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
