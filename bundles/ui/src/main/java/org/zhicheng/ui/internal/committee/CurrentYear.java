package org.zhicheng.ui.internal.committee;

import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ApplicationFilter;
import org.zhicheng.api.service.ApplicationService;

/** The evaluation year a meeting decides: the newest year with a file of the series under evaluation. */
final class CurrentYear {

    private CurrentYear() {
    }

    static int of(ApplicationService applications, Actor actor, String seriesCode) {
        return applications.search(new ApplicationFilter(null, seriesCode, ApplicationStatus.UNDER_EVALUATION, null), 0, 1000,
                actor).stream().mapToInt(a -> a.evaluationYear()).max().orElse(java.time.Year.now().getValue());
    }
}
