package org.zhicheng.series.health.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.zhicheng.api.screen.ScreenContribution;
import org.zhicheng.api.security.Role;

/**
 * Adds the health department's clinical-workload summary to the web UI while this bundle runs: route, menu label,
 * the role and the series it is for. The view is {@link ClinicalWorkloadView}; the series' public page is generated
 * from ZH-INF/series.xml.
 */
@Component(service = ScreenContribution.class)
public class HealthScreen implements ScreenContribution {

    static final String ROUTE = "health/workload";
    static final String SERIES_CODE = "health";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String title(Locale locale) {
        return texts(locale).getString("menu.title");
    }

    @Override
    public Class<?> viewClass() {
        return ClinicalWorkloadView.class;
    }

    @Override
    public int order() {
        return 10;
    }

    /** Only the health department (the registry checks that its account covers the series, R-19). */
    @Override
    public Set<Role> roles() {
        return Set.of(Role.SERIES_DEPARTMENT);
    }

    @Override
    public Optional<String> seriesCode() {
        return Optional.of(SERIES_CODE);
    }

    /** The plugin's own texts (zh_CN default, en). */
    static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle("org.zhicheng.series.health.texts", locale, HealthScreen.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
