package org.zhicheng.distribution.it;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.Suite.SuiteClasses;

/**
 * The in-container tests, run by failsafe as one suite so that they share one Pax Exam container
 * ({@code PerSuite}; run one by one, each class would boot its own distribution).
 * Add in-container test classes here (named *Tests, so that failsafe does not also run them alone).
 */
@RunWith(Suite.class)
@SuiteClasses({ PlatformTests.class, SeriesPluginLifecycleTests.class, CommitteeTablesTests.class,
        SeriesPluginUpgradeTests.class, SeriesRulesTests.class, RestApiTests.class, FileLifecycleTests.class,
        RestLifecycleTests.class, CalendarAdministrationTests.class, CareerTests.class, ApiActsTests.class,
        HeadlessCampaignTests.class, RuleFidelityTests.class,
        UnitTests.class, NotificationTests.class, ProgressTests.class, ReviewDeskTests.class,
        WorkflowTests.class,
        ConsoleTests.class,
        SeriesLabelsTests.class,
        SeriesOverviewTests.class,
        MeetingTests.class,
        SecurityTests.class,
        DatabaseTests.class,
        TrustTests.class,
        BadInputTests.class,
        SpreadsheetTests.class, BackupTests.class,
        DocumentTests.class, BulkActsTests.class })
public class ContainerIT {
}
