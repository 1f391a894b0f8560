package org.zhicheng.core.internal.unit;

import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.sheet.ImportKind;
import org.zhicheng.api.unit.Counties;
import org.zhicheng.api.unit.CreditCode;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.unit.UnitStatus;
import org.zhicheng.api.unit.UnitType;
import org.zhicheng.core.internal.sheet.Column;
import org.zhicheng.core.internal.sheet.RowCells;
import org.zhicheng.core.internal.sheet.SheetImporter;

/**
 * Units on the shared import pipeline (the sheet service's UNITS and {@code UnitService.importCsv}): one unit a row,
 * recorded confirmed; a county bureau imports its own county's units only. A unit on record with the same code and
 * name is left as it is (the same file twice changes nothing); the same code under another name is refused.
 */
public final class UnitsImporter extends SheetImporter<NewUnit> {

    /** Beyond this a file is refused whole: imports are for a county's or the prefecture's list, not bulk data. */
    public static final int MAX_ROWS = 5000;

    static final Column NAME = new Column("单位名称", "name");
    static final Column CREDIT_CODE = new Column("统一社会信用代码", "creditCode");
    static final Column TYPE = new Column("单位类型", "type");
    static final Column COUNTY = new Column("县市", "county");
    static final Column TIER = new Column("层级", "tier");

    @Override
    public ImportKind kind() {
        return ImportKind.UNITS;
    }

    @Override
    public Set<Role> roles() {
        return UnitServiceImpl.KEEPERS;
    }

    @Override
    public List<Column> columns() {
        return List.of(NAME, CREDIT_CODE, TYPE, COUNTY, TIER);
    }

    @Override
    public Column keyColumn() {
        return CREDIT_CODE;
    }

    @Override
    public NewUnit parse(RowCells cells, EntityManager em, Actor actor) {
        String name = text(cells, NAME);
        String code = text(cells, CREDIT_CODE);
        String typeText = text(cells, TYPE);
        String county = text(cells, COUNTY);
        String tierText = text(cells, TIER);
        if (cells.wrong()) {
            return null;
        }
        NewUnit unit;
        try {
            UnitType type = UnitType.parse(typeText).orElseThrow(() -> new IllegalArgumentException("单位类型无效：“" + typeText
                    + "”，应为党政机关、事业单位、国有企业、民营企业、社会组织或其他 / unknown unit type " + typeText));
            if (!county.isEmpty() && !Counties.isKnown(county)) {
                throw new IllegalArgumentException("县（市）无效：“" + county + "”，须为阿克苏地区的县（市），地直单位留空 / unknown county "
                        + county);
            }
            unit = new NewUnit(name, new CreditCode(code), type, county, tier(tierText));
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = String.valueOf(e.getMessage());
            int slash = message.indexOf(" / ");
            cells.rowError(null, slash < 0 ? message : message.substring(0, slash), slash < 0 ? message : message.substring(slash + 3));
            return null;
        }
        if (!Units.covers(actor, unit.county())) {
            cells.rowError(COUNTY, actor.county() + "只能导入本县（市）的单位", "a county bureau imports its own county's units only");
            return null;
        }
        return unit;
    }

    /** The cell's text, "" when empty: the unit's own checks name what is missing. */
    private static String text(RowCells cells, Column column) {
        String text = cells.optional(column);
        return text == null ? "" : text;
    }

    private static Tier tier(String text) {
        for (Tier tier : Tier.values()) {
            if (tier.officialTerm().equals(text) || tier.name().equalsIgnoreCase(text)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("层级无效：“" + text + "”，应为地直、县市或乡镇 / unknown tier " + text);
    }

    @Override
    public Object key(NewUnit value) {
        return value.creditCode().value();
    }

    @Override
    public boolean onRecord(NewUnit value, RowCells cells, EntityManager em) {
        boolean same = em.createNamedQuery(UnitEntity.BY_CODE, UnitEntity.class).setParameter("code", value.creditCode().value())
                .getResultList().stream().anyMatch(existing -> existing.getName().equals(value.name()));
        if (same) {
            return true;
        }
        try {
            Units.requireRecordable(em, value);
        } catch (ZhichengException e) {
            cells.rowError(CREDIT_CODE, e.chineseMessage(), e.getMessage());
        }
        return false;
    }

    @Override
    public Object store(NewUnit value, EntityManager em, Actor actor) {
        UnitEntity entity = Units.insert(em, value, UnitStatus.CONFIRMED, actor.username());
        Units.adoptByName(em, entity);
        return entity.toRecord();
    }
}
