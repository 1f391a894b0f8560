package org.zhicheng.api.unit;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.security.Actor;

/**
 * Units (用人单位). Administrators (and the integration) record units anywhere, a county bureau in its own county;
 * units proposed at self-registration wait for the same people's confirmation. Refusals are
 * {@link org.zhicheng.api.service.ZhichengException}s with a stable code and change nothing.
 */
@ProviderType
public interface UnitService {

    /** The search for pickers and lists; every part optional (null or blank). */
    record Query(String county, String nameContains, UnitStatus status) {
    }

    Unit create(NewUnit unit, Actor actor);

    /** A unit, for anybody (name, code, type, county and tier are public facts), or empty. */
    Optional<Unit> find(long unitId);

    /**
     * Confirmed units matching the query, ordered by name, for the public registration picker (the query's status
     * is ignored).
     */
    List<Unit> confirmed(Query query, int offset, int limit);

    /** Units of any status matching the query, ordered by name, as the actor covers them (a county bureau its county). */
    List<Unit> list(Query query, int offset, int limit, Actor actor);

    long count(Query query, Actor actor);

    Unit confirm(long unitId, long expectedVersion, Actor actor);

    Unit reject(long unitId, long expectedVersion, Actor actor);

    /**
     * Imports units from CSV (UTF-8, header row {@code 单位名称,统一社会信用代码,单位类型,县市,层级}); every row is checked
     * and when any is wrong nothing is recorded and every wrong row is reported.
     */
    UnitImport importCsv(Reader csv, Actor actor);
}
