package org.zhicheng.core.internal.series;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoringStandard;
import org.zhicheng.api.scoring.ScoringStandards;
import org.zhicheng.api.series.PluginRefusal;
import org.zhicheng.api.series.LabelTranslations;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesAvailability;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.series.Specialty;
import org.zhicheng.core.internal.persistence.ScoringStandardEntity;
import org.zhicheng.core.internal.persistence.SeriesEntity;

/**
 * The persistent side of the catalog. Series rows are never deleted, so history that names a series
 * keeps its meaning after the plugin is gone; the descriptor text is kept beside them.
 */
public class SeriesStore implements SeriesCatalog, ScoringStandards {

    private static final Logger LOG = LoggerFactory.getLogger(SeriesStore.class);

    private final JpaTemplate jpa;
    /** Stored descriptors were checked when declared; re-reading them must not depend on today's limits. */
    private final SeriesDescriptorReader reader = new SeriesDescriptorReader(DescriptorLimits.UNCHECKED);
    /** Parsed descriptors by code, so reads do not parse XML each time. */
    private final Map<String, Series> cache = new ConcurrentHashMap<>();

    public SeriesStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** Refused plugins by bundle id: runtime state, gone with the bundle. */
    private final Map<Long, PluginRefusal> refusals = new ConcurrentHashMap<>();

    public void refuse(long bundleId, PluginRefusal refusal) {
        refusals.put(bundleId, refusal);
    }

    public void forgetRefusal(long bundleId) {
        refusals.remove(bundleId);
    }

    @Override
    public List<PluginRefusal> refusedPlugins() {
        return refusals.values().stream().sorted(Comparator.comparing(PluginRefusal::pluginBundle)).toList();
    }

    /** Whatever ran before a restart is suspended until its bundle is seen running again. */
    public void suspendAll() {
        jpa.tx(TransactionType.Required, em -> em.createNamedQuery(SeriesEntity.SUSPEND_ALL).executeUpdate());
        cache.clear();
    }

    /**
     * Records (or refreshes) the series as accepting applications with its scoring standards, returning it as
     * the API shows it. A standard version published before must come back unchanged: a revision is a
     * new version, so applications scored with the old one keep their meaning. Nothing is written otherwise.
     */
    public Series declare(SeriesDescriptorReader.Parsed parsed, List<ScoringStandard> standards, String bundle,
                          String version, String descriptor, String scoringDescriptor, String scoringSource)
            throws DescriptorException {
        return declare(parsed, standards, bundle, version, descriptor, scoringDescriptor, scoringSource,
                LabelTranslations.NONE);
    }

    /**
     * As above, the series carrying its labels' translations (from the plugin's l10n bundles; the stored descriptor has
     * its Chinese texts in place of {@code %key}, so that it reads without the bundles).
     */
    public Series declare(SeriesDescriptorReader.Parsed parsed, List<ScoringStandard> standards, String bundle,
                          String version, String descriptor, String scoringDescriptor, String scoringSource,
                          LabelTranslations labels) throws DescriptorException {
        Instant now = Instant.now();
        String declaredBy = bundle + "/" + version;
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    jpa.tx(TransactionType.Required, em -> {
                        for (ScoringStandard standard : standards) {
                            Optional<ScoringStandard> published = findStandard(em, standard.seriesCode(), standard.year(),
                                    standard.version(), standard.tier(), standard.grade());
                            if (published.isEmpty()) {
                                em.persist(new ScoringStandardEntity(standard, declaredBy, now));
                            } else if (!published.get().equals(standard)) {
                                throw new RevisedStandard(new DescriptorException(scoringSource, 0, "standard "
                                        + ScoringStandardReader.label(standard.year(), standard.version(), standard.tier(),
                                        standard.grade()) + " was published before with other items or points;"
                                        + " publish the revision as a new version (R-21)"));
                            }
                        }
                        SeriesEntity entity = em.find(SeriesEntity.class, parsed.code());
                        if (entity == null) {
                            entity = new SeriesEntity(parsed.code());
                            entity.declare(parsed.name(), bundle, version, descriptor, scoringDescriptor, now);
                            em.persist(entity);
                        } else {
                            entity.declare(parsed.name(), bundle, version, descriptor, scoringDescriptor, now);
                        }
                    });
                    break;
                } catch (RevisedStandard e) {
                    throw e;
                } catch (RuntimeException e) {
                    // another node declared the same new standards at the same moment (issue 17): once more, they are found
                    if (attempt == 2) {
                        throw e;
                    }
                    LOG.info("Series {}: declaring again after a concurrent write ({})", parsed.code(), e.toString());
                }
            }
        } catch (RevisedStandard e) {
            throw e.refusal;
        }
        Series series = parsed.toSeries(SeriesAvailability.ACCEPTING, bundle, version, labels);
        cache.put(series.code(), series);
        return series;
    }

    /** Marks the series suspended (暂停受理) if the given bundle is still the one that declared it. */
    public void suspend(String code, String bundle) {
        cache.remove(code);
        jpa.tx(TransactionType.Required, em -> {
            SeriesEntity entity = em.find(SeriesEntity.class, code);
            if (entity != null && bundle.equals(entity.getPluginBundle())) {
                entity.suspend(Instant.now());
            }
        });
    }

    /** Carries a refusal out of the transaction, which it rolls back. */
    private static final class RevisedStandard extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient DescriptorException refusal;

        RevisedStandard(DescriptorException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    @Override
    public List<ScoringStandard> forSeries(String seriesCode) {
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(ScoringStandardEntity.FOR_SERIES,
                ScoringStandardEntity.class).setParameter("seriesCode", seriesCode).getResultList().stream()
                .map(ScoringStandardEntity::toRecord).toList());
    }

    @Override
    public Optional<ScoringStandard> find(String seriesCode, int year, int version, Tier tier, Grade grade) {
        return jpa.txExpr(TransactionType.Required, em -> findStandard(em, seriesCode, year, version, tier, grade));
    }

    @Override
    public Optional<ScoringStandard> current(String seriesCode, int year, Tier tier, Grade grade) {
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(ScoringStandardEntity.LATEST,
                        ScoringStandardEntity.class).setParameter("seriesCode", seriesCode).setParameter("year", year)
                .setParameter("tier", tier).setParameter("grade", grade).setMaxResults(1).getResultList().stream()
                .findFirst().map(ScoringStandardEntity::toRecord));
    }

    private static Optional<ScoringStandard> findStandard(EntityManager em, String seriesCode, int year, int version,
                                                          Tier tier, Grade grade) {
        return em.createNamedQuery(ScoringStandardEntity.BY_KEY, ScoringStandardEntity.class)
                .setParameter("seriesCode", seriesCode).setParameter("year", year).setParameter("version", version)
                .setParameter("tier", tier).setParameter("grade", grade).getResultList().stream().findFirst()
                .map(ScoringStandardEntity::toRecord);
    }

    @Override
    public List<Series> allSeries() {
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(SeriesEntity.ALL, SeriesEntity.class)
                .getResultList().stream().map(this::toSeries).flatMap(Optional::stream)
                .sorted(TABLE_ORDER).toList());
    }

    /** As in the committee table (Annex 5) that people know; series without table rows after, by name. */
    private static final Comparator<Series> TABLE_ORDER = Comparator
            .comparingInt((Series series) -> series.specialties().stream().mapToInt(Specialty::annexRow)
                    .filter(row -> row > 0).min().orElse(Integer.MAX_VALUE))
            .thenComparing(Series::name);

    @Override
    public Optional<Series> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Required,
                em -> Optional.ofNullable(em.find(SeriesEntity.class, code)).flatMap(this::toSeries));
    }

    private Optional<Series> toSeries(SeriesEntity entity) {
        Series cached = cache.get(entity.getCode());
        if (cached != null && cached.availability() == entity.getAvailability()
                && cached.pluginVersion().equals(entity.getPluginVersion())) {
            return Optional.of(cached);
        }
        try {
            Series series = reader.read(entity.getCode(), entity.getDescriptor())
                    .toSeries(entity.getAvailability(), entity.getPluginBundle(), entity.getPluginVersion());
            cache.put(series.code(), series);
            return Optional.of(series);
        } catch (DescriptorException e) {
            LOG.error("Stored descriptor of series {} no longer readable: {}", entity.getCode(), e.getMessage());
            return Optional.empty();
        }
    }
}
