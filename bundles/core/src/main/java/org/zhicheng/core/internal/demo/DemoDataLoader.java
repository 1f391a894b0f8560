package org.zhicheng.core.internal.demo;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.series.SeriesEvents;
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.api.service.ZhichengException;

/**
 * Fills an empty database with a few fictitious applicants of the 2023 campaign, each with a draft in the
 * series that fits their employer once that series' plugin runs. Runs only where
 * {@code etc/org.zhicheng.demo.cfg} exists (the demo distribution ships it). Follows the catalog through
 * Event Admin rather than a service reference, which would make a cycle with the catalog.
 */
@Component(configurationPid = "org.zhicheng.demo", configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = EventHandler.class, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + SeriesEvents.ACCEPTING)
public class DemoDataLoader implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    static final int DEMO_YEAR = 2023;

    /** A demo applicant and the draft they file. Names and places are fictitious; ID check characters are valid. */
    private record DemoFile(NewApplicant applicant, String seriesCode, String specialty, TitleLevel level) {
    }

    private static final List<DemoFile> DEMO_FILES = List.of(
            new DemoFile(applicant("阿依古丽·买买提", "65290119850312002", "阿克苏地区水利局", Tier.PREFECTURE_DIRECT),
                    "engineering", "水利专业", TitleLevel.INTERMEDIATE),
            new DemoFile(applicant("王建国", "65290119800507001", "库车市住房和城乡建设局", Tier.COUNTY_CITY),
                    "engineering", "建筑专业", TitleLevel.SENIOR_ASSOCIATE),
            new DemoFile(applicant("李娜", "65292219900823004", "温宿县托乎拉乡农业技术推广站", Tier.TOWNSHIP),
                    "agriculture", "农艺专业", TitleLevel.INTERMEDIATE),
            new DemoFile(applicant("艾尔肯·吐尔逊", "65290119880615003", "阿克苏地区第一人民医院", Tier.PREFECTURE_DIRECT),
                    "health", "卫生健康系列高级专业", TitleLevel.SENIOR_ASSOCIATE),
            new DemoFile(applicant("张敏", "65292519920304002", "新和县第二中学", Tier.COUNTY_CITY),
                    "school-teachers", "中小学教师专业", TitleLevel.INTERMEDIATE));

    private final ApplicantService applicants;
    private final ApplicationService applications;
    private final SeriesCatalog catalog;

    @Activate
    public DemoDataLoader(@Reference ApplicantService applicants, @Reference ApplicationService applications,
                          @Reference SeriesCatalog catalog) {
        this.applicants = applicants;
        this.applications = applications;
        this.catalog = catalog;
        if (applicants.count() == 0) {
            DEMO_FILES.forEach(file -> applicants.register(file.applicant()));
            LOG.info("Demo data: registered {} applicants", DEMO_FILES.size());
        }
        catalog.acceptingSeries().forEach(this::seriesAccepting);
    }

    private static NewApplicant applicant(String name, String first17, String employer, Tier tier) {
        return new NewApplicant(name, ResidentIdNumber.completing(first17), employer, tier, "");
    }

    @Override
    public void handleEvent(Event event) {
        catalog.find((String) event.getProperty(SeriesEvents.SERIES_CODE)).ifPresent(this::seriesAccepting);
    }

    private void seriesAccepting(Series series) {
        for (DemoFile file : DEMO_FILES) {
            if (!file.seriesCode().equals(series.code())) {
                continue;
            }
            // the demo applicant as registered; a real applicant with the same name is left alone
            applicants.list(0, 1000).stream()
                    .filter(a -> a.fullName().equals(file.applicant().fullName())
                            && a.maskedIdNumber().equals(file.applicant().idNumber().masked()))
                    .findFirst()
                    .filter(a -> applications.forApplicant(a.id()).isEmpty())
                    .ifPresent(a -> draft(a, file));
        }
    }

    private void draft(Applicant applicant, DemoFile file) {
        try {
            applications.createDraft(new NewApplication(applicant.id(), DEMO_YEAR, file.seriesCode(), file.specialty(),
                    file.level(), Channel.A_PREFECTURE_DIRECTED), "demo");
        } catch (ZhichengException e) {
            LOG.warn("Demo application for {} not created: {}", applicant.fullName(), e.getMessage());
        }
    }
}
