package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11 over HTTP: a suspended series takes no submission, committees of Annex 5 rows hold the meetings and
 * publish the results, and the platform's date is public and kept with every history and audit entry.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RuleFidelityTests extends ContainerTestSupport {

    private static final String ARCHIVES_FEATURE = "zhicheng-series-archives";

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private FeaturesService features;

    private Api api;

    @Before
    public void apiIsUp() {
        api = new Api(httpPort());
        Await.until("GET /api/v1/series answers 200", STATE_TIMEOUT, () -> api.get("/api/v1/series", null).status() == 200);
    }

    @Test
    public void aSuspendedSeriesRefusesSubmissionOverRestUntilItsPluginIsBack_R08() throws Exception {
        setToday("2023-08-01"); // inside the 2023 application window
        awaitArchives(SeriesAvailability.ACCEPTING);
        Api.Registered applicant = api.register(TestData.token("阿克苏地区档案馆-"), "温宿县");
        JsonNode draft = api.draft(applicant, "archives", "档案系列专业", "中级");
        long id = draft.get("id").asLong();
        CompleteFiles.completeOverHttp(httpPort(), id, applicant.credentials());
        String submit = "/api/v1/applications/" + id + "/submit";
        try {
            features.uninstallFeature(ARCHIVES_FEATURE);
            awaitArchives(SeriesAvailability.SUSPENDED);
            String why = Api.assertProblem(api.post(submit, Api.version(draft), applicant.credentials()), 409,
                    "SUBMISSION_SUSPENDED");
            assertTrue(why, why.startsWith("档案系列暂停受理"));
            JsonNode unchanged = Api.read(200, api.get("/api/v1/applications/" + id, applicant.credentials()));
            assertEquals("DRAFT", unchanged.get("status").asText());
            assertEquals(draft.get("version").asLong(), unchanged.get("version").asLong());
            // another applicant is refused as before, suspended or not
            Api.Registered stranger = api.register(TestData.token("库车市档案馆-"), "库车市");
            Api.assertProblem(api.post(submit, Api.version(draft), stranger.credentials()), 403, "FORBIDDEN");
        } finally {
            if (!features.isInstalled(features.getFeature(ARCHIVES_FEATURE))) {
                features.installFeature(ARCHIVES_FEATURE);
            }
        }
        awaitArchives(SeriesAvailability.ACCEPTING);
        JsonNode submitted = Api.read(200, api.post(submit, Api.version(draft), applicant.credentials()));
        assertEquals("SUBMITTED", submitted.get("status").asText());
    }

    private void awaitArchives(SeriesAvailability availability) {
        Await.until("archives " + availability, STATE_TIMEOUT,
                () -> catalog.find("archives").map(Series::availability).equals(Optional.of(availability)));
    }
}
