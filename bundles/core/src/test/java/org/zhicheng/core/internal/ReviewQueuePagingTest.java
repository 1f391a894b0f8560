package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.review.ReviewQuery;
import org.zhicheng.api.review.ReviewRow;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.review.ReviewDeskImpl;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.core.internal.series.TestDescriptors;

/**
 * Issue 16 item 7: the pending queues are read per status (and series) from their indexes and merged; the pages still
 * follow one order over all of them (oldest change first, then the file number), page after page, and add up to the
 * count. The file keeps its applicant's county for the county bureau's scope.
 */
class ReviewQueuePagingTest extends CoreTestSupport {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    private static final Instant T0 = Instant.parse("2023-08-20T00:00:00Z");

    private ReviewDeskImpl desk;
    private int nextId = 700;

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-14", 2023);
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
        TestDescriptors.declareForestry(store);
        desk = new ReviewDeskImpl(jpa, campaigns, store);
    }

    /** A file of an applicant of the county, put into the status with its last change at T0 plus the minutes. */
    private long file(String name, String county, String series, ApplicationStatus status, int minutes) {
        Applicant applicant = applicants.register(new NewApplicant(name, ResidentIdNumber.completing("65290119800101" + nextId++),
                county + "水利局", county, Tier.COUNTY_CITY, ""), TESTER);
        long id = applications.createDraft(new NewApplication(applicant.id(), 2023, series,
                series.equals("water") ? "水利专业" : "林业专业", TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), APPLICANT).id();
        jpa.tx(TransactionType.Required, em -> em.find(ApplicationEntity.class, id).moveTo(status, T0.plusSeconds(60L * minutes)));
        return id;
    }

    private List<Long> pages(Actor actor, int size) {
        return pages(ReviewQuery.pending(), actor, size);
    }

    private List<Long> pages(ReviewQuery query, Actor actor, int size) {
        List<Long> all = new ArrayList<>();
        for (int offset = 0; ; offset += size) {
            List<ReviewRow> page = desk.queue(query, offset, size, actor);
            page.forEach(row -> all.add(row.application().id()));
            if (page.size() < size) {
                return all;
            }
        }
    }

    @Test
    void theCountyBureausPendingQueuePagesThroughBothStatusesOldestChangeFirst_R19() {
        Actor wensu = CoreActors.issue(Actor.countyBureau("wensu-bureau", "温宿县"));
        long a = file("甲", "温宿县", "water", ApplicationStatus.MATERIAL_RECEIVED, 5);
        long b = file("乙", "温宿县", "water", ApplicationStatus.RECOMMENDED, 1);
        long c = file("丙", "温宿县", "forestry", ApplicationStatus.RECOMMENDED, 9);
        long d = file("丁", "温宿县", "water", ApplicationStatus.MATERIAL_RECEIVED, 3);
        long e = file("戊", "温宿县", "water", ApplicationStatus.RECOMMENDED, 3); // the same minute as d: the number decides
        file("己", "温宿县", "water", ApplicationStatus.SUBMITTED, 0); // waits for the employer, not the bureau
        file("庚", "库车市", "water", ApplicationStatus.RECOMMENDED, 2); // another county's

        List<Long> expected = List.of(b, Math.min(d, e), Math.max(d, e), a, c);
        assertEquals(expected, pages(wensu, 2), "pages of two, one order over both statuses");
        assertEquals(expected, pages(wensu, 50));
        assertEquals(expected.size(), desk.count(ReviewQuery.pending(), wensu));
        assertEquals(List.of(d, a), desk.queue(new ReviewQuery(true, null, null, ApplicationStatus.MATERIAL_RECEIVED), 0, 50, wensu)
                .stream().map(r -> r.application().id()).toList(), "the status filter keeps one of the pending statuses");
        assertEquals(List.of(), desk.queue(new ReviewQuery(true, null, null, ApplicationStatus.FEE_PAID), 0, 50, wensu),
                "a status the bureau does not wait on: nothing");
        assertEquals("温宿县", jpa.txExpr(TransactionType.Required, em -> em.find(ApplicationEntity.class, a).getCounty()),
                "the file keeps its applicant's county");
    }

    @Test
    void theCommitteeOfficesQueueMergesItsSeriesAndStatusesAndSkipsOtherSeries_R19() {
        Actor office = CoreActors.issue(Actor.committeeOffice("office-two", Set.of("water", "forestry")));
        Actor waterOnly = CoreActors.issue(Actor.committeeOffice("office-water", Set.of("water")));
        long a = file("甲", "温宿县", "forestry", ApplicationStatus.PASSED, 4);
        long b = file("乙", "库车市", "water", ApplicationStatus.FEE_PAID, 6);
        long c = file("丙", "温宿县", "water", ApplicationStatus.UNDER_EVALUATION, 2);
        long d = file("丁", "沙雅县", "forestry", ApplicationStatus.FEE_PAID, 1);
        file("戊", "温宿县", "water", ApplicationStatus.RECOMMENDED, 0); // waits for the bureau

        assertEquals(List.of(d, c, a, b), pages(office, 3));
        assertEquals(4, desk.count(ReviewQuery.pending(), office));
        assertEquals(List.of(c, b), pages(waterOnly, 1), "an office of one series sees only its series");
        assertEquals(2, desk.count(ReviewQuery.pending(), waterOnly));
        assertEquals(List.of(d, a), desk.queue(new ReviewQuery(true, null, "forestry", null), 0, 50, office).stream()
                .map(r -> r.application().id()).toList(), "the series filter keeps one series");
        assertEquals(List.of(), desk.queue(new ReviewQuery(true, null, "health", null), 0, 50, waterOnly),
                "another series than the office's own: nothing");
        assertEquals(0, desk.count(new ReviewQuery(true, null, "health", null), waterOnly));
    }

    private static final ReviewQuery ALL = new ReviewQuery(false, null, null, null);

    @Test
    void theAllFilesListIsNewestChangeFirstOverEveryStatusOfTheCountyPageAfterPage_R19() {
        Actor wensu = CoreActors.issue(Actor.countyBureau("wensu-bureau", "温宿县"));
        long a = file("甲", "温宿县", "water", ApplicationStatus.SUBMITTED, 5);
        long b = file("乙", "温宿县", "forestry", ApplicationStatus.RECOMMENDED, 9);
        long c = file("丙", "温宿县", "water", ApplicationStatus.CERTIFIED, 3);
        long d = file("丁", "温宿县", "water", ApplicationStatus.DRAFT, 3); // the same minute as c: the higher number first
        file("戊", "库车市", "water", ApplicationStatus.RECOMMENDED, 7); // another county's

        List<Long> expected = List.of(b, a, Math.max(c, d), Math.min(c, d));
        assertEquals(expected, pages(ALL, wensu, 3), "pages of three, one order over every status");
        assertEquals(expected, pages(ALL, wensu, 50));
        assertEquals(expected.size(), desk.count(ALL, wensu));
        assertEquals(List.of(c), pages(new ReviewQuery(false, null, null, ApplicationStatus.CERTIFIED), wensu, 50),
                "the status filter");
        assertEquals(List.of(b), pages(new ReviewQuery(false, null, "forestry", null), wensu, 50), "the series filter");
    }

    @Test
    void theAllFilesListMergesTheOfficesSeriesNewestFirstAndKeepsToThem_R19() {
        Actor office = CoreActors.issue(Actor.committeeOffice("office-two", Set.of("water", "forestry")));
        Actor waterOnly = CoreActors.issue(Actor.committeeOffice("office-water", Set.of("water")));
        long a = file("甲", "温宿县", "forestry", ApplicationStatus.PASSED, 4);
        long b = file("乙", "库车市", "water", ApplicationStatus.DRAFT, 6);
        long c = file("丙", "温宿县", "water", ApplicationStatus.UNDER_EVALUATION, 2);
        long d = file("丁", "沙雅县", "forestry", ApplicationStatus.SUBMITTED, 1);
        long e = file("戊", "温宿县", "water", ApplicationStatus.RECOMMENDED, 8);

        assertEquals(List.of(e, b, a, c, d), pages(ALL, office, 2), "both series, one order, pages of two");
        assertEquals(List.of(a, c), desk.queue(ALL, 2, 2, office).stream().map(r -> r.application().id()).toList(),
                "a page from the middle of the merged slices");
        assertEquals(5, desk.count(ALL, office));
        assertEquals(List.of(e, b, c), pages(ALL, waterOnly, 1), "an office of one series sees only its series");
        assertEquals(3, desk.count(ALL, waterOnly));
        assertEquals(List.of(a, d), pages(new ReviewQuery(false, null, "forestry", null), office, 50), "the series filter");
        assertEquals(List.of(), desk.queue(new ReviewQuery(false, null, "forestry", null), 0, 50, waterOnly),
                "another series than the office's own: nothing");
        assertThrows(ZhichengException.class, () -> desk.queue(ALL, 0, 50, CoreActors.issue(Actor.expert("expert-a", "a"))),
                "an expert has no list of files");
    }

    @Test
    void anExpertHasNoQueueAndAnActorCoreDidNotIssueNone() {
        file("甲", "温宿县", "water", ApplicationStatus.RECOMMENDED, 1);
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> desk.queue(ReviewQuery.pending(), 0, 50,
                CoreActors.issue(Actor.expert("expert-a", "a")))).code(), "no pending status and no scope: refused, not empty");
        assertThrows(ZhichengException.class, () -> desk.queue(ReviewQuery.pending(), 0, 50,
                Actor.committeeOffice("forged-office", Set.of("water"))), "core acts only for actors it issued");
    }
}
