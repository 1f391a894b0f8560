package org.zhicheng.rest.internal.resources;

/** Paged lists answer one page in the body and the number of all matching rows in a header. */
final class Pages {
    static final String TOTAL_COUNT = "X-Total-Count";

    private Pages() {
    }
}
