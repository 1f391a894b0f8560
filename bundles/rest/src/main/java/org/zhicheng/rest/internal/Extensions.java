package org.zhicheng.rest.internal;

/**
 * Names of the rest bundle's JAX-RS whiteboard extensions ({@code osgi.jaxrs.name}). Every resource selects them
 * ({@code osgi.jaxrs.extension.select}), so the whiteboard serves a resource only while JSON, the problem mappers
 * and authentication are in place: an authenticated resource is never reachable without its filter.
 */
public final class Extensions {

    public static final String JSON = "zhicheng.json";
    public static final String PROBLEMS = "zhicheng.problems";
    public static final String WEB_PROBLEMS = "zhicheng.problems.web";
    public static final String AUTHENTICATION = "zhicheng.authentication";

    public static final String SELECT_JSON = "(osgi.jaxrs.name=" + JSON + ")";
    public static final String SELECT_PROBLEMS = "(osgi.jaxrs.name=" + PROBLEMS + ")";
    public static final String SELECT_WEB_PROBLEMS = "(osgi.jaxrs.name=" + WEB_PROBLEMS + ")";
    public static final String SELECT_AUTHENTICATION = "(osgi.jaxrs.name=" + AUTHENTICATION + ")";

    private Extensions() {
    }
}
