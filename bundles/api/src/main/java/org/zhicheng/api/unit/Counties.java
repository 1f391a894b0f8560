package org.zhicheng.api.unit;

import java.util.List;

/** The prefecture's counties and cities, whose bureaus review their units' files (R-19; shared/spec/counties.csv). */
public final class Counties {

    public static final List<String> ALL = List.of("阿克苏市", "库车市", "沙雅县", "新和县", "拜城县", "温宿县", "阿瓦提县",
            "乌什县", "柯坪县");

    private Counties() {
    }

    public static boolean isKnown(String county) {
        return county != null && ALL.contains(county.trim());
    }
}
