package org.zhicheng.core.internal.demo;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
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
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.api.service.ZhichengException;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.series.SeriesEvents;

/**
 * Fills an empty database with a few fictitious applicants of the 2023 campaign, and gives each a draft
 * application in the first specialty of every series that starts accepting. Runs only where
 * {@code etc/org.zhicheng.demo.cfg} exists (the demo distribution ships it). Follows the catalog through
 * Event Admin rather than a service reference, which would make a cycle with the catalog.
 */
@Component(configurationPid = "org.zhicheng.demo", configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = EventHandler.class, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + SeriesEvents.ACCEPTING)
public class DemoDataLoader implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    static final int DEMO_YEAR = 2023;

    /** Names and places are fictitious; the ID numbers carry valid check characters. */
    private static final List<NewApplicant> DEMO_APPLICANTS = List.of(
            applicant("阿依古丽·买买提", "65290119850312002", "阿克苏地区水利局", Tier.PREFECTURE_DIRECT),
            applicant("王建国", "65290119800507001", "库车市住房和城乡建设局", Tier.COUNTY_CITY),
            applicant("李娜", "65292219900823004", "温宿县托乎拉乡农业技术推广站", Tier.TOWNSHIP));

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
            DEMO_APPLICANTS.forEach(applicants::register);
            LOG.info("Demo data: registered {} applicants", DEMO_APPLICANTS.size());
        }
        catalog.acceptingSeries().forEach(this::seriesAccepting);
    }

    @Override
    public void handleEvent(Event event) {
        catalog.find((String) event.getProperty(SeriesEvents.SERIES_CODE)).ifPresent(this::seriesAccepting);
    }

    private static NewApplicant applicant(String name, String first17, String employer, Tier tier) {
        return new NewApplicant(name, ResidentIdNumber.completing(first17), employer, tier, "");
    }

    private void seriesAccepting(Series series) {
        for (Applicant applicant : applicants.list(0, DEMO_APPLICANTS.size())) {
            if (!applications.forApplicant(applicant.id()).isEmpty()) {
                continue;
            }
            series.specialties().stream()
                    .filter(s -> s.committees().stream().anyMatch(c -> c.level() == TitleLevel.INTERMEDIATE && !c.examOnly()))
                    .findFirst().ifPresent(specialty -> {
                        try {
                            applications.createDraft(new NewApplication(applicant.id(), DEMO_YEAR, series.code(),
                                    specialty.name(), TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), "demo");
                        } catch (ZhichengException e) {
                            LOG.warn("Demo application for {} not created: {}", applicant.fullName(), e.getMessage());
                        }
                    });
        }
    }
}
