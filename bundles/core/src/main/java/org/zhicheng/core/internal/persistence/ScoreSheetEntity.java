package org.zhicheng.core.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

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
import javax.persistence.ManyToOne;
import javax.persistence.MapKeyColumn;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoreSheet;

/** A scorer's points for one application against one standard version; never changed once recorded. */
@Entity
@Table(name = "ZC_SCORE_SHEET", uniqueConstraints = @UniqueConstraint(name = "ZC_SCORE_SHEET_SCORER",
        columnNames = {"APPLICATION_ID", "SCORER"}))
@NamedQuery(name = ScoreSheetEntity.FOR_APPLICATION,
        query = "SELECT s FROM ScoreSheetEntity s WHERE s.application.id = :applicationId ORDER BY s.submittedAt, s.id")
public class ScoreSheetEntity {
    public static final String FOR_APPLICATION = "ScoreSheet.forApplication";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "APPLICATION_ID", nullable = false)
    private ApplicationEntity application;

    @Column(name = "SCORER", nullable = false, length = 100)
    private String scorer;

    @Column(name = "STANDARD_YEAR", nullable = false)
    private int year;

    @Column(name = "STANDARD_VERSION", nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "TIER", nullable = false, length = 20)
    private Tier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "GRADE", nullable = false, length = 20)
    private Grade grade;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ZC_SCORE_POINTS", joinColumns = @JoinColumn(name = "SHEET_ID"))
    @MapKeyColumn(name = "ITEM_ID", length = 50)
    @Column(name = "POINTS", nullable = false, precision = 9, scale = 2)
    private Map<String, BigDecimal> points = new LinkedHashMap<>();

    @Column(name = "TOTAL_POINTS", nullable = false, precision = 9, scale = 2)
    private BigDecimal total;

    @Column(name = "SUBMITTED_AT", nullable = false)
    private Instant submittedAt;

    protected ScoreSheetEntity() {
        // for JPA
    }

    public ScoreSheetEntity(ApplicationEntity application, String scorer, int year, int version, Tier tier, Grade grade,
                            Map<String, BigDecimal> points, BigDecimal total, Instant submittedAt) {
        this.application = application;
        this.scorer = scorer;
        this.year = year;
        this.version = version;
        this.tier = tier;
        this.grade = grade;
        this.points.putAll(points);
        this.total = total;
        this.submittedAt = submittedAt;
    }

    public ScoreSheet toRecord() {
        return new ScoreSheet(application.getId(), scorer, application.getSeriesCode(), year, version, tier, grade,
                points, total, submittedAt);
    }
}
