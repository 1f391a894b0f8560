package org.zhicheng.core.internal.series;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Config Admin pid {@code org.zhicheng.series}: the bounds every series plugin's descriptor must keep. */
@ObjectClassDefinition(name = "Zhicheng series limits", description = "Bounds checked when a series plugin is loaded")
public @interface SeriesLimitsConfiguration {

    @AttributeDefinition(description = "R-29: lowest senior (正高/副高) fee a series may set, yuan")
    int seniorFeeMin() default 550;

    @AttributeDefinition(description = "R-29: highest senior fee a series may set, yuan")
    int seniorFeeMax() default 700;

    @AttributeDefinition(description = "R-27: largest share of a scoring standard's total that papers, education,"
            + " seniority or awards may each carry, as a fraction")
    String fourOnlysMaxShare() default "0.20";
}
