package org.zhicheng.api.series;

import java.util.Optional;

import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.TitleLevel;

/**
 * A series' own rule that forbids or delays an application, published by its plugin as an OSGi
 * service with the property {@value #SERIES_PROPERTY} naming the series code. Core asks every rule of the
 * series before it opens an application.
 */
public interface EligibilityRule {

    String SERIES_PROPERTY = "zhicheng.series";

    /** What is being applied for. */
    record Request(Applicant applicant, Series series, Specialty specialty, TitleLevel level, Channel channel,
                   int evaluationYear) {
    }

    /** Why not: a stable code, and the reason in Chinese (shown to the applicant) and English. */
    record Veto(String code, String chineseReason, String englishReason) {
    }

    /** Empty when the rule has no objection. */
    Optional<Veto> check(Request request);
}
