package org.zhicheng.core.internal.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.persistence.TypedQuery;

import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;

/**
 * The JPQL condition that keeps a list to what the actor covers, so that queues are filtered in the database
 * (and paged there) rather than after loading. Mirrors {@link Access}'s scopes for {@link Act#VIEW}.
 */
public record ScopeQuery(String condition, Map<String, Object> parameters) {

    private static final ScopeQuery EVERYTHING = new ScopeQuery("1 = 1", Map.of());

    /**
     * The condition over an applicant alias (and, for files, the application alias; null for applicant lists,
     * where series staff see the applicants with a file in their series).
     */
    public static ScopeQuery of(Actor actor, String applicantAlias, String applicationAliasOrNull) {
        Access.requireActor(actor);
        Map<String, Object> parameters = new HashMap<>();
        String condition = switch (actor.role()) {
            case ADMIN, INTEGRATION, SYSTEM -> null;
            case APPLICANT -> put(parameters, "scopeApplicant", actor.applicantId(), applicantAlias + ".id = :scopeApplicant");
            case EMPLOYER -> actor.unitId() != null
                    ? put(parameters, "scopeUnit", actor.unitId(), applicantAlias + ".unitId = :scopeUnit")
                    : put(parameters, "scopeEmployer", actor.employer(), applicantAlias + ".unitId IS NULL AND "
                            + applicantAlias + ".employer = :scopeEmployer");
            // files keep their applicant's county: a county's files come from one index, without the applicants
            case COUNTY_BUREAU -> put(parameters, "scopeCounty", actor.county(), (applicationAliasOrNull != null
                    ? applicationAliasOrNull : applicantAlias) + ".county = :scopeCounty");
            case SERIES_DEPARTMENT -> series(parameters, actor.seriesCodes(), applicantAlias, applicationAliasOrNull);
            case COMMITTEE_OFFICE -> actor.seriesCodes().isEmpty() ? null
                    : series(parameters, actor.seriesCodes(), applicantAlias, applicationAliasOrNull);
            case EXPERT -> {
                Access.requireRole(actor, Set.of(Role.ADMIN), "查看申报人或申报列表");
                yield null;
            }
        };
        return condition == null ? EVERYTHING : new ScopeQuery(condition, Map.copyOf(parameters));
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String series(Map<String, Object> parameters, Set<String> codes, String applicantAlias,
                                 String applicationAliasOrNull) {
        parameters.put("scopeSeries", codes);
        return applicationAliasOrNull != null ? applicationAliasOrNull + ".seriesCode IN :scopeSeries"
                : "EXISTS (SELECT s FROM ApplicationEntity s WHERE s.applicant = " + applicantAlias
                        + " AND s.seriesCode IN :scopeSeries)";
    }

    private static String put(Map<String, Object> parameters, String name, Object value, String condition) {
        parameters.put(name, value);
        return condition;
    }
}
