package org.zhicheng.series.engineering.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Component;
import org.zhicheng.api.screen.ScreenContribution;

/** Adds the engineering series' screen to the web UI while this bundle runs. */
@Component(service = ScreenContribution.class)
public class EngineeringScreen implements ScreenContribution {

    static final String ROUTE = "series/engineering";
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
        return EngineeringSeriesView.class;
    }

    @Override
    public int order() {
        return 10;
    }

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
