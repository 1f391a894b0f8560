package org.zhicheng.core.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.NamedQuery;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoringStandard;

/**
 * A published scoring standard version. Rows are never changed or deleted: applications keep
 * pointing at the version they were scored with after the plugin is upgraded or removed.
 */
@Entity
@Table(name = "ZC_SCORING_STANDARD", uniqueConstraints = @UniqueConstraint(name = "ZC_SCORING_STANDARD_KEY",
        columnNames = {"SERIES_CODE", "EVALUATION_YEAR", "VERSION_NO", "TIER", "GRADE"}))
@NamedQuery(name = ScoringStandardEntity.FOR_SERIES, query = "SELECT s FROM ScoringStandardEntity s"
        + " WHERE s.seriesCode = :seriesCode ORDER BY s.year, s.version, s.tier, s.grade")
@NamedQuery(name = ScoringStandardEntity.BY_KEY, query = "SELECT s FROM ScoringStandardEntity s WHERE s.seriesCode = :seriesCode"
        + " AND s.year = :year AND s.version = :version AND s.tier = :tier AND s.grade = :grade")
@NamedQuery(name = ScoringStandardEntity.LATEST, query = "SELECT s FROM ScoringStandardEntity s WHERE s.seriesCode = :seriesCode"
        + " AND s.year = :year AND s.tier = :tier AND s.grade = :grade ORDER BY s.version DESC")
public class ScoringStandardEntity {
    public static final String FOR_SERIES = "ScoringStandard.forSeries";
    public static final String BY_KEY = "ScoringStandard.byKey";
    public static final String LATEST = "ScoringStandard.latest";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private long id;

    @Column(name = "SERIES_CODE", nullable = false, length = 50)
    private String seriesCode;

    @Column(name = "EVALUATION_YEAR", nullable = false)
    private int year;

    @Column(name = "VERSION_NO", nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "TIER", nullable = false, length = 20)
    private Tier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "GRADE", nullable = false, length = 20)
    private Grade grade;

    @Column(name = "TOTAL_POINTS", nullable = false, precision = 9, scale = 2)
    private BigDecimal total;

    @Column(name = "SAMPLE", nullable = false)
    private boolean sample;

    @Column(name = "DECLARED_BY", nullable = false, length = 250)
    private String declaredBy;

    @Column(name = "DECLARED_AT", nullable = false)
    private Instant declaredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ZC_SCORING_ITEM", joinColumns = @JoinColumn(name = "STANDARD_ID"))
    @OrderColumn(name = "POSITION")
    private List<ScoringItemValue> items = new ArrayList<>();

    protected ScoringStandardEntity() {
        // for JPA
    }

    public ScoringStandardEntity(ScoringStandard standard, String declaredBy, Instant declaredAt) {
        this.seriesCode = standard.seriesCode();
        this.year = standard.year();
        this.version = standard.version();
        this.tier = standard.tier();
        this.grade = standard.grade();
        this.total = standard.total();
        this.sample = standard.sample();
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
        standard.items().forEach(item -> items.add(new ScoringItemValue(item)));
    }

    public ScoringStandard toRecord() {
        return new ScoringStandard(seriesCode, year, version, tier, grade, total, sample,
                items.stream().map(ScoringItemValue::toRecord).toList());
    }
}
