package org.zhicheng.distribution.it;

/** Paged REST lists: one page in the body, all matching rows counted in this header. */
final class Pages {
    static final String TOTAL = "X-Total-Count";

    private Pages() {
    }
}
