package org.zhicheng.series.engineering.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.zhicheng.api.screen.ScreenContribution;
import org.zhicheng.api.security.Role;

/**
 * Adds the engineering department's project portfolio review to the web UI while this bundle runs. A plugin screen
 * is two classes: this DS service, which tells the ui bundle's screen registry the route, the menu label, who may
 * open it and which series it is about, and the Vaadin view it names (see {@link PortfolioReviewView}). The series'
 * public page (committees, fees, policy, standards) is generated from ZH-INF/series.xml; no code is needed for it.
 */
@Component(service = ScreenContribution.class)
public class EngineeringScreen implements ScreenContribution {

    static final String ROUTE = "engineering/portfolio";
    static final String SERIES_CODE = "engineering";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String title(Locale locale) {
        return EngineeringTexts.bundle(locale).getString("menu.title");
    }

    @Override
    public Class<?> viewClass() {
        return PortfolioReviewView.class;
    }

    @Override
    public int order() {
        return 10;
    }

    /** Only the engineering department: the registry also checks that its account covers the series. */
    @Override
    public Set<Role> roles() {
        return Set.of(Role.SERIES_DEPARTMENT);
    }

    @Override
    public Optional<String> seriesCode() {
        return Optional.of(SERIES_CODE);
    }

    /** The plugin's own texts (zh_CN default, en); the ui bundle's translations do not know its keys. */
    static final class EngineeringTexts {
        private EngineeringTexts() {
        }

        static ResourceBundle bundle(Locale locale) {
            return ResourceBundle.getBundle("org.zhicheng.series.engineering.texts", locale,
                    EngineeringScreen.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));
        }
    }
}
