package org.zhicheng.core.internal.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.overview.SeriesOverview;
import org.zhicheng.api.overview.SeriesOverview.PassRate;
import org.zhicheng.api.overview.SeriesOverview.StatusCount;
import org.zhicheng.api.overview.SeriesOverviewService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;

/**
 * Counts of a series' files for its department, read with two grouped queries; whoever may read the series' files
 * ({@link Act#VIEW} on the series as a whole, as for committee meetings) may read their counts.
 */
@Component(service = SeriesOverviewService.class)
public class SeriesOverviewServiceImpl implements SeriesOverviewService {

    /** the statuses of a file that passed the committee's vote (later certified or revoked included). */
    private static final List<ApplicationStatus> PASSED = List.of(ApplicationStatus.PASSED, ApplicationStatus.CERTIFIED,
            ApplicationStatus.REVOKED);

    private final JpaTemplate jpa;
    private final SeriesCatalog catalog;

    @Activate
    public SeriesOverviewServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                                     @Reference SeriesCatalog catalog) {
        this.jpa = jpa;
        this.catalog = catalog;
    }

    @Override
    public SeriesOverview overview(String seriesCode, int evaluationYear, Actor actor) {
        Access.requireActor(actor);
        if (seriesCode == null || catalog.find(seriesCode).isEmpty()) {
            throw Refusals.unknownSeries(seriesCode);
        }
        if (evaluationYear < 2000 || evaluationYear > 2100) {
            throw Refusals.invalidInput("评审年度须在2000至2100之间：" + evaluationYear);
        }
        Access.require(actor, Act.VIEW, FileScope.ofSeries(seriesCode));
        return jpa.txExpr(TransactionType.Required, em -> new SeriesOverview(seriesCode, evaluationYear,
                files(em, seriesCode, evaluationYear), passRates(em, seriesCode, evaluationYear)));
    }

    private static List<StatusCount> files(EntityManager em, String seriesCode, int year) {
        List<StatusCount> counts = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT a.status, p.tier, COUNT(a) FROM ApplicationEntity a JOIN a.applicant p"
                        + " WHERE a.seriesCode = :series AND a.evaluationYear = :year GROUP BY a.status, p.tier", Object[].class)
                .setParameter("series", seriesCode).setParameter("year", year).getResultList()) {
            counts.add(new StatusCount((ApplicationStatus) row[0], (Tier) row[1], ((Number) row[2]).intValue()));
        }
        counts.sort(Comparator.comparing(StatusCount::status)
                .thenComparing(StatusCount::tier, Comparator.nullsLast(Comparator.naturalOrder())));
        return counts;
    }

    private static List<PassRate> passRates(EntityManager em, String seriesCode, int year) {
        Map<TitleLevel, int[]> decided = new EnumMap<>(TitleLevel.class);
        List<ApplicationStatus> voted = new ArrayList<>(PASSED);
        voted.add(ApplicationStatus.FAILED);
        for (Object[] row : em.createQuery("SELECT a.level, a.status, COUNT(a) FROM ApplicationEntity a"
                        + " WHERE a.seriesCode = :series AND a.evaluationYear = :year AND a.status IN :voted"
                        + " GROUP BY a.level, a.status", Object[].class)
                .setParameter("series", seriesCode).setParameter("year", year).setParameter("voted", voted)
                .getResultList()) {
            int[] passedAndFailed = decided.computeIfAbsent((TitleLevel) row[0], level -> new int[2]);
            passedAndFailed[row[1] == ApplicationStatus.FAILED ? 1 : 0] += ((Number) row[2]).intValue();
        }
        List<PassRate> rates = new ArrayList<>();
        decided.forEach((level, counts) -> rates.add(new PassRate(level, counts[0], counts[1])));
        return rates;
    }
}
