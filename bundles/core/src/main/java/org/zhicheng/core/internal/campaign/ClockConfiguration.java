package org.zhicheng.core.internal.campaign;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Config Admin pid {@code org.zhicheng.clock}: absent in production, where today is the system date. */
@ObjectClassDefinition(name = "Zhicheng platform date", description = "For training and demonstration installations only")
public @interface ClockConfiguration {

    @AttributeDefinition(description = "The platform's today (YYYY-MM-DD); empty for the system date")
    String date() default "";
}
