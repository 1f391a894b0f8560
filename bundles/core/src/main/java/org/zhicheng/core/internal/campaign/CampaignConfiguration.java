package org.zhicheng.core.internal.campaign;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Factory configuration {@code org.zhicheng.campaign}, one per evaluation year (etc/org.zhicheng.campaign-2023.cfg).
 * Days are month-day within the year; the defaults are the 2023 notice's.
 */
@ObjectClassDefinition(name = "Zhicheng evaluation year", description = "Calendar, fees and limits of one evaluation year")
public @interface CampaignConfiguration {

    @AttributeDefinition(description = "The evaluation year")
    int year();

    @AttributeDefinition(description = "R-08: first day of the application window (MM-DD)")
    String applicationOpens() default "07-15";

    @AttributeDefinition(description = "R-08: last day of the application window (MM-DD)")
    String applicationCloses() default "08-30";

    @AttributeDefinition(description = "R-09: first day of the review window (MM-DD)")
    String reviewOpens() default "08-01";

    @AttributeDefinition(description = "R-09: last day of the review window (MM-DD)")
    String reviewCloses() default "09-10";

    @AttributeDefinition(description = "R-09, R-29: fee payment deadline (MM-DD)")
    String feeDeadline() default "09-15";

    @AttributeDefinition(description = "R-10: first day of evaluation meetings and publicity (MM-DD)")
    String meetingsOpen() default "09-15";

    @AttributeDefinition(description = "R-10: last day of evaluation meetings and publicity (MM-DD)")
    String meetingsClose() default "10-30";

    @AttributeDefinition(description = "R-11: month of the qualification documents")
    int qualificationDocumentsMonth() default 11;

    @AttributeDefinition(description = "R-11: month of post-filing and electronic certificates")
    int certificatesMonth() default 12;

    @AttributeDefinition(description = "R-12: seniority counted up to this day (MM-DD)")
    String seniorityCutoff() default "12-31";

    @AttributeDefinition(description = "R-28: pre-filing deadline (MM-DD)")
    String prefilingDeadline() default "07-10";

    @AttributeDefinition(description = "R-20: working days of the employer's publicity")
    int publicityWorkingDays() default 5;

    @AttributeDefinition(description = "R-14: days to resubmit a returned file")
    int returnDeadlineDays() default 2;

    @AttributeDefinition(description = "R-14: most submissions of one file")
    int maxSubmissions() default 3;

    @AttributeDefinition(description = "R-29: intermediate fee, yuan")
    int intermediateFee() default 400;

    @AttributeDefinition(description = "R-29: junior fee, yuan")
    int juniorFee() default 200;
}
