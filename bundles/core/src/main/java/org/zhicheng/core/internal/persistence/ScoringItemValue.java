package org.zhicheng.core.internal.persistence;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

import org.zhicheng.api.scoring.ScoringCategory;
import org.zhicheng.api.scoring.ScoringItem;

/** One item of a stored scoring standard. */
@Embeddable
public class ScoringItemValue {

    @Column(name = "ITEM_ID", nullable = false, length = 50)
    private String itemId;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false, length = 30)
    private ScoringCategory category;

    @Column(name = "POINTS", nullable = false, precision = 9, scale = 2)
    private BigDecimal points;

    @Column(name = "EVIDENCE", nullable = false, length = 500)
    private String evidence;

    @Column(name = "COMPUTED", nullable = false)
    private boolean computed;

    /** points a year of a computed item; null in rows stored before it existed (then 1). */
    @Column(name = "PER_YEAR", precision = 9, scale = 2)
    private BigDecimal perYear;

    protected ScoringItemValue() {
        // for JPA
    }

    ScoringItemValue(ScoringItem item) {
        this.itemId = item.id();
        this.name = item.name();
        this.category = item.category();
        this.points = item.points();
        this.evidence = item.evidence();
        this.computed = item.computed();
        this.perYear = item.perYear();
    }

    ScoringItem toRecord() {
        return new ScoringItem(itemId, name, category, points, evidence, computed, perYear);
    }
}
