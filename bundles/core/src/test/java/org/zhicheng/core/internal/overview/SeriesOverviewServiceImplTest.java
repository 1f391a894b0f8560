package org.zhicheng.core.internal.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.overview.SeriesOverview;
import org.zhicheng.api.overview.SeriesOverview.PassRate;
import org.zhicheng.api.overview.SeriesOverview.StatusCount;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.DerbyJpa;
import org.zhicheng.core.internal.StatusJumps;
import org.zhicheng.core.internal.PassedFiles;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;

/** The department's figures of its series: files by status and tier, pass rates, under core's scopes. */
class SeriesOverviewServiceImplTest {

    private static final String SERIES = "water-conservancy";
    private static final String SPECIALTY = "水利专业";
    private static final String WATER = TestDescriptors.series(SERIES, "水利系列", "<specialty name=\"" + SPECIALTY
            + "\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    private static final String HEALTH = TestDescriptors.series("health", "卫生健康系列",
            "<specialty name=\"临床\"><committee levels=\"副高\" unit=\"地区卫生健康委员会\" phone=\"0997-2131480\"/></specialty>");
    private static final Actor DEPARTMENT = CoreActors.issue(Actor.seriesDepartment("dept-water", Set.of(SERIES)));

    private DerbyJpa jpa;
    private PassedFiles files;
    private SeriesOverviewServiceImpl overviews;

    @BeforeEach
    void start() throws Exception {
        jpa = new DerbyJpa();
        SeriesStore store = new SeriesStore(jpa);
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
        TestDescriptors.declare(store, HEALTH, List.of("高"));
        files = new PassedFiles(jpa, store, TestCampaigns.registry("2023-08-14", 2023, 2024));
        overviews = new SeriesOverviewServiceImpl(jpa, store);
    }

    @AfterEach
    void stop() {
        jpa.close();
    }

    @Test
    void countsTheSeriesFilesByStatusAndTierAndThePassRatePerLevel_R34() {
        files.passed("甲", SERIES, SPECIALTY, TitleLevel.SENIOR_ASSOCIATE);
        fail(files.feePaid("乙", SERIES, SPECIALTY, TitleLevel.SENIOR_ASSOCIATE));
        files.passed("丙", SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);
        files.feePaid("丁", SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);

        SeriesOverview overview = overviews.overview(SERIES, 2023, DEPARTMENT);

        // PassedFiles registers every applicant at 阿克苏地区水利局, a prefecture-direct unit
        assertEquals(List.of(new StatusCount(ApplicationStatus.FEE_PAID, Tier.PREFECTURE_DIRECT, 1),
                new StatusCount(ApplicationStatus.PASSED, Tier.PREFECTURE_DIRECT, 2),
                new StatusCount(ApplicationStatus.FAILED, Tier.PREFECTURE_DIRECT, 1)), overview.files());
        assertEquals(4, overview.total());
        assertEquals(List.of(new PassRate(TitleLevel.SENIOR_ASSOCIATE, 1, 1), new PassRate(TitleLevel.INTERMEDIATE, 1, 0)),
                overview.passRates());
        assertEquals(Optional.of(new BigDecimal("0.50")), overview.passRates().get(0).rate());
        // another year, and another series' department reading its own series, see none of them
        assertEquals(0, overviews.overview(SERIES, 2024, DEPARTMENT).total());
        assertEquals(0, overviews.overview("health", 2023, CoreActors.issue(Actor.seriesDepartment("dept-health", Set.of("health")))).total());
    }

    @Test
    void refusesWhoDoesNotCoverTheSeries_R19() {
        files.feePaid("甲", SERIES, SPECIALTY, TitleLevel.INTERMEDIATE);
        for (Actor outsider : List.of(CoreActors.issue(Actor.seriesDepartment("dept-health", Set.of("health"))),
                CoreActors.issue(Actor.countyBureau("kuqa-hr", "库车市")), CoreActors.issue(Actor.employer("unit", "阿克苏地区水利局")),
                CoreActors.issue(Actor.committeeOffice("office-health", Set.of("health"))), CoreActors.issue(Actor.expert("expert1", "E1")))) {
            assertEquals("FORBIDDEN", assertThrows(ZhichengException.class,
                    () -> overviews.overview(SERIES, 2023, outsider)).code(), outsider.username());
        }
        assertEquals(1, overviews.overview(SERIES, 2023, CoreActors.issue(Actor.committeeOffice("office", Set.of()))).total());
        assertEquals(1, overviews.overview(SERIES, 2023, CoreActors.issue(Actor.admin("admin"))).total());
    }

    @Test
    void refusesAnUnknownSeriesAndAYearOutOfRange() {
        assertEquals("UNKNOWN_SERIES", assertThrows(ZhichengException.class,
                () -> overviews.overview("nosuch", 2023, DEPARTMENT)).code());
        assertEquals("INVALID_INPUT", assertThrows(ZhichengException.class,
                () -> overviews.overview(SERIES, 99999, DEPARTMENT)).code());
    }

    /** Stands in for the committee's vote against the file, as {@link PassedFiles#pass} does for it. */
    private void fail(Application paid) {
        jpa.tx(TransactionType.Required, em -> StatusJumps.jump(em, new AuditLogImpl(jpa),
                em.find(ApplicationEntity.class, paid.id(), LockModeType.PESSIMISTIC_WRITE), ApplicationStatus.FAILED,
                "committee-office", "test: failed"));
    }
}
