package org.zhicheng.core.internal.unit;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.unit.NewUnit;
import org.zhicheng.api.unit.Unit;
import org.zhicheng.api.unit.UnitImport;
import org.zhicheng.api.unit.UnitService;
import org.zhicheng.api.unit.UnitStatus;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.sheet.SheetPipeline;

@Component(service = UnitService.class)
public class UnitServiceImpl implements UnitService {

    /** Who keeps units: a county bureau those of its county, the others every unit. */
    static final Set<Role> KEEPERS = Set.of(Role.ADMIN, Role.INTEGRATION, Role.SYSTEM, Role.COUNTY_BUREAU);

    private final JpaTemplate jpa;
    private final AuditLogImpl audit;

    @Activate
    public UnitServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa, @Reference AuditLogImpl audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public Unit create(NewUnit unit, Actor actor) {
        Access.requireRole(actor, KEEPERS, "登记单位");
        if (unit == null) {
            throw Refusal.INVALID_INPUT.variant("unitRequired").refuse();
        }
        requireCovers(actor, unit.county(), "登记");
        return jpa.txExpr(TransactionType.Required, em -> {
            UnitEntity entity = Units.insert(em, unit, UnitStatus.CONFIRMED, actor.username());
            Units.adoptByName(em, entity);
            audit.record(em, actor.username(), "UNIT_CREATED", "unit:" + entity.getId(), describe(entity));
            return entity.toRecord();
        });
    }

    @Override
    public Optional<Unit> find(long unitId) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(UnitEntity.class, unitId))
                .map(UnitEntity::toRecord));
    }

    @Override
    public List<Unit> confirmed(Query query, int offset, int limit) {
        Query confirmedOnly = new Query(query == null ? null : query.county(), query == null ? null : query.nameContains(),
                UnitStatus.CONFIRMED);
        return page(confirmedOnly, null, offset, limit);
    }

    @Override
    public List<Unit> list(Query query, int offset, int limit, Actor actor) {
        Access.requireRole(actor, KEEPERS, "查看单位列表");
        return page(query, actor, offset, limit);
    }

    @Override
    public long count(Query query, Actor actor) {
        Access.requireRole(actor, KEEPERS, "查看单位列表");
        return jpa.txExpr(TransactionType.Required, em -> where(em, "SELECT COUNT(u)", query, actor, Long.class).getSingleResult());
    }

    private List<Unit> page(Query query, Actor actorOrNull, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw Refusals.invalidPage(offset, limit);
        }
        return jpa.txExpr(TransactionType.Required, em -> where(em, "SELECT u", query, actorOrNull, UnitEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(UnitEntity::toRecord).toList());
    }

    /** The query's conditions, and a county bureau's own county (the others see every unit). */
    private static <T> TypedQuery<T> where(EntityManager em, String select, Query query, Actor actorOrNull, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query != null && query.county() != null && !query.county().isBlank()) {
            conditions.add("u.county = :county");
            parameters.put("county", query.county().trim());
        }
        if (query != null && query.nameContains() != null && !query.nameContains().isBlank()) {
            conditions.add("u.name LIKE :name");
            parameters.put("name", "%" + query.nameContains().trim().replace("%", "").replace("_", "") + "%");
        }
        if (query != null && query.status() != null) {
            conditions.add("u.status = :status");
            parameters.put("status", query.status());
        }
        if (actorOrNull != null && actorOrNull.role() == Role.COUNTY_BUREAU) {
            conditions.add("u.county = :ownCounty");
            parameters.put("ownCounty", actorOrNull.county());
        }
        String jpql = select + " FROM UnitEntity u" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + (select.contains("COUNT") ? "" : " ORDER BY u.name, u.id");
        TypedQuery<T> typed = em.createQuery(jpql, type);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    @Override
    public Unit confirm(long unitId, long expectedVersion, Actor actor) {
        return decide(unitId, expectedVersion, actor, UnitStatus.CONFIRMED);
    }

    @Override
    public Unit reject(long unitId, long expectedVersion, Actor actor) {
        return decide(unitId, expectedVersion, actor, UnitStatus.REJECTED);
    }

    private Unit decide(long unitId, long expectedVersion, Actor actor, UnitStatus decision) {
        Access.requireRole(actor, KEEPERS, "确认单位");
        return jpa.txExpr(TransactionType.Required, em -> {
            UnitEntity unit = em.find(UnitEntity.class, unitId, LockModeType.PESSIMISTIC_WRITE);
            if (unit == null) {
                throw UnitRefusals.unknownUnit(unitId);
            }
            requireCovers(actor, unit.getCounty(), decision == UnitStatus.CONFIRMED ? "确认" : "驳回");
            if (unit.getVersion() != expectedVersion) {
                throw UnitRefusals.staleUnit();
            }
            if (unit.getStatus() != UnitStatus.PROPOSED) {
                throw UnitRefusals.notProposed(unit.getStatus());
            }
            unit.setStatus(decision);
            em.flush();
            audit.record(em, actor.username(), decision == UnitStatus.CONFIRMED ? "UNIT_CONFIRMED" : "UNIT_REJECTED",
                    "unit:" + unitId, describe(unit));
            return unit.toRecord();
        });
    }

    @Override
    public UnitImport importCsv(Reader csv, Actor actor) {
        Access.requireRole(actor, KEEPERS, "导入单位");
        if (csv == null) {
            throw Refusal.INVALID_INPUT.variant("csvRequired").refuse();
        }
        StringWriter text = new StringWriter();
        try {
            csv.transferTo(text);
        } catch (IOException e) {
            return new UnitImport(List.of(), List.of(new UnitImport.RowError(0, "文件无法读取：" + e.getMessage(),
                    "the file cannot be read: " + e.getMessage())));
        }
        // the one import pipeline (issue 18): the same checks, audit and idempotence as the spreadsheet import of units
        SheetPipeline.Outcome outcome = SheetPipeline.run(jpa, audit, new UnitsImporter(), "units.csv",
                text.toString().getBytes(StandardCharsets.UTF_8), actor, true, Long.MAX_VALUE, UnitsImporter.MAX_ROWS);
        if (!outcome.result().succeeded()) {
            return new UnitImport(List.of(), outcome.result().errors().stream()
                    .map(e -> new UnitImport.RowError(e.row(), e.chineseMessage(), e.englishMessage())).toList());
        }
        return new UnitImport(outcome.stored().stream().map(Unit.class::cast).toList(), List.of());
    }

    private static void requireCovers(Actor actor, String county, String what) {
        if (!Units.covers(actor, county)) {
            throw Refusal.FORBIDDEN.variant(county == null ? "prefectureUnits" : "countyUnits")
                    .refuse(actor.role().officialTerm(), actor.username(), what, county, Refusals.words(actor.role()));
        }
    }

    private static String describe(UnitEntity unit) {
        return unit.getName() + "，" + unit.getType().officialTerm() + "，" + (unit.getCounty() == null ? "地直"
                : unit.getCounty() + unit.getTier().officialTerm());
    }
}
