package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.zhicheng.api.series.Series;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 13: descriptor labels in resource bundles. Engineering and health name their labels {@code %key} with
 * ZH-INF/l10n/series.properties (zh_CN) and series_en.properties beside it: the catalog carries the Chinese texts as
 * before and their English, and the REST API gives both (name, nameEn). Every series plugin has its bundles now; a
 * plugin without them shows its Chinese (DescriptorLabelsTest in core).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SeriesLabelsTests extends ContainerTestSupport {

    private JsonApi api;

    @Before
    public void apiIsUp() {
        api = restApi();
    }

    @Test
    public void engineeringAndHealthLabelsReadInChineseWithEnglishBeside() throws Exception {
        Series engineering = catalog.find("engineering").orElseThrow();
        assertEquals("工程系列", engineering.name());
        assertEquals("Engineering series", engineering.label(Locale.ENGLISH, engineering.name()));
        assertEquals("Forestry", engineering.label(Locale.ENGLISH, engineering.specialty("林业专业").orElseThrow().name()));
        Series health = catalog.find("health").orElseThrow();
        assertEquals("卫生健康系列", health.name());
        assertEquals("Health series", health.label(Locale.ENGLISH, health.name()));
        assertEquals("卫生健康系列", health.label(Locale.SIMPLIFIED_CHINESE, health.name()));

        JsonNode series = JsonApi.read(200, api.get("/api/v1/series/engineering", null));
        assertEquals("工程系列", series.get("name").asText());
        assertEquals("Engineering series", series.get("nameEn").asText());
        JsonNode forestry = null;
        for (JsonNode specialty : series.get("specialties")) {
            if ("林业专业".equals(specialty.get("name").asText())) {
                forestry = specialty;
            }
        }
        assertEquals("Forestry", forestry.get("nameEn").asText());

        JsonNode standards = JsonApi.read(200, api.get("/api/v1/series/health/scoring-standards", null));
        JsonNode ethics = null;
        for (JsonNode item : standards.get(0).get("items")) {
            if ("医德医风".equals(item.get("name").asText())) {
                ethics = item;
            }
        }
        assertEquals("Medical ethics and conduct", ethics.get("nameEn").asText());
    }

    @Test
    public void theOtherSeriesPluginsGiveTheirLabelsInEnglishToo() throws Exception {
        JsonNode archives = JsonApi.read(200, api.get("/api/v1/series/archives", null));
        assertEquals("档案系列", archives.get("name").asText());
        assertEquals("Archives series", archives.get("nameEn").asText());
        Series teachers = catalog.find("school-teachers").orElseThrow();
        assertEquals("教师系列", teachers.name());
        assertEquals("Primary and secondary school teachers",
                teachers.label(Locale.ENGLISH, teachers.specialty("中小学教师专业").orElseThrow().name()));
        for (String code : List.of("accounting", "economics", "public-legal-services", "university-teachers")) {
            assertTrue(code, !catalog.find(code).orElseThrow().labels().byLanguage().isEmpty());
        }
    }

    /**
     * Issue 19 over REST: the series' and specialties' Uyghur names beside the Chinese and English ones (nameUg), and a
     * refusal's {@code detail} in Uyghur for {@code Accept-Language: ug} (the catalogue's refusals_ug), its
     * {@code message} keeping zh and en; other languages keep the Chinese detail.
     */
    @Test
    public void uyghurNamesAndRefusalsOverRest() throws Exception {
        JsonNode archives = JsonApi.read(200, api.get("/api/v1/series/archives", null));
        assertEquals("档案系列", archives.get("name").asText());
        assertEquals("ئارخىپ سېرىيىسى", archives.get("nameUg").asText());
        assertEquals("ئارخىپ كەسپى", archives.get("specialties").get(0).get("nameUg").asText());
        JsonNode engineering = JsonApi.read(200, api.get("/api/v1/series/engineering", null));
        assertEquals("قۇرۇلۇش سېرىيىسى", engineering.get("nameUg").asText());

        HttpResult uyghur = Http.send(httpPort(), "GET", "/api/v1/series/no-such-series", null, null, null,
                Map.of("Accept-Language", "ug, zh;q=0.5", "Accept", "application/json"));
        JsonApi.assertProblem(uyghur, 404, "UNKNOWN_SERIES");
        JsonNode problem = JsonApi.JSON.readTree(uyghur.body());
        assertTrue(problem.toString(), problem.get("detail").asText().startsWith("نامەلۇم ئۇنۋان سېرىيىسى"));
        assertTrue(problem.toString(), problem.get("detail").asText().contains("no-such-series"));
        assertEquals("未知的职称系列：no-such-series", problem.get("message").get("zh").asText());
        assertEquals("ug", uyghur.header("Content-Language"));

        for (String other : List.of("zh", "en", "fr")) {
            HttpResult response = Http.send(httpPort(), "GET", "/api/v1/series/no-such-series", null, null, null,
                    Map.of("Accept-Language", other, "Accept", "application/json"));
            JsonApi.assertProblem(response, 404, "UNKNOWN_SERIES");
            assertEquals(other, "未知的职称系列：no-such-series",
                    JsonApi.JSON.readTree(response.body()).get("detail").asText());
        }
    }
}
