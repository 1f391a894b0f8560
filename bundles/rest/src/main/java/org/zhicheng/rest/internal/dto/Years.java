package org.zhicheng.rest.internal.dto;

/** The year of a body sent to a year's path ({@code /campaigns/2023}): left out, or the path's. */
final class Years {

    private Years() {
    }

    static void requireSame(Integer bodyYear, int pathYear) {
        if (bodyYear != null && bodyYear != pathYear) {
            throw new IllegalArgumentException("请求体的年度（" + bodyYear + "）与地址中的年度（" + pathYear + "）不一致 / the body's year ("
                    + bodyYear + ") is not the path's (" + pathYear + ")");
        }
    }
}
