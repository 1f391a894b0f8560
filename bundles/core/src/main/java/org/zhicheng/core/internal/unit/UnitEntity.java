package org.zhicheng.core.internal.unit;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.unit.CreditCode;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.unit.Unit;
import org.zhicheng.api.unit.UnitStatus;
import org.zhicheng.api.unit.UnitType;

@Entity
@Table(name = "ZC_UNIT", uniqueConstraints = @UniqueConstraint(name = "UQ_UNIT_CREDIT_CODE", columnNames = "CREDIT_CODE"))
@NamedQuery(name = UnitEntity.BY_CODE, query = "SELECT u FROM UnitEntity u WHERE u.creditCode = :code")
@NamedQuery(name = UnitEntity.BY_NAME, query = "SELECT u FROM UnitEntity u WHERE u.name = :name AND u.status = :status ORDER BY u.id")
public class UnitEntity {
    static final String BY_CODE = "Unit.byCode";
    static final String BY_NAME = "Unit.byName";

    @Id
    @TableGenerator(name = "UnitIds", table = "ZC_ID_SEQUENCE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "UnitIds")
    private long id;

    @Column(nullable = false, length = NewUnit.MAX_NAME_LENGTH)
    private String name;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "UNIT_TYPE", nullable = false, length = 30)
    private UnitType type;

    /** Null for a unit directly under the prefecture. */
    @Column(length = 50)
    private String county;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Tier tier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitStatus status;

    /** Who recorded or proposed it (an applicant's user name for a proposal). */
    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UnitEntity() {
        // for JPA
    }

    UnitEntity(NewUnit unit, UnitStatus status, String createdBy, Instant createdAt) {
        this.name = unit.name();
        this.creditCode = unit.creditCode().value();
        this.type = unit.type();
        this.county = unit.county();
        this.tier = unit.tier();
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCounty() {
        return county;
    }

    public Tier getTier() {
        return tier;
    }

    public UnitType getType() {
        return type;
    }

    public UnitStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    void setStatus(UnitStatus status) {
        this.status = status;
    }

    public Unit toRecord() {
        return new Unit(id, name, new CreditCode(creditCode), type, county, tier, status, version);
    }
}
