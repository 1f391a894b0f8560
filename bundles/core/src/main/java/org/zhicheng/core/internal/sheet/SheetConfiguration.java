package org.zhicheng.core.internal.sheet;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Config Admin pid {@code org.zhicheng.sheet}: the limits of an imported spreadsheet. */
@ObjectClassDefinition(name = "Zhicheng spreadsheets", description = "Limits of spreadsheet imports")
public @interface SheetConfiguration {

    @AttributeDefinition(description = "Largest file accepted for an import, in bytes")
    long maxBytes() default 4L * 1024 * 1024;

    @AttributeDefinition(description = "Most data rows in one imported file")
    int maxRows() default 5000;
}
