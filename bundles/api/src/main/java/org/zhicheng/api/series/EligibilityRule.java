package org.zhicheng.api.series;

import java.util.List;
import java.util.Optional;

import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.ExamResult;
import org.zhicheng.api.domain.TitleLevel;

/**
 * A series' own rule that forbids or delays an application, published by its plugin as an OSGi
 * service with the property {@value #SERIES_PROPERTY} naming the series code. Core asks every rule of the
 * series before it opens an application.
 */
public interface EligibilityRule {

    String SERIES_PROPERTY = "zhicheng.series";

    /**
     * What is being applied for, with what a series' rule may need to know of the applicant, so that no rule has to
     * act on the platform to read it (issue 15).
     *
     * @param examResults the applicant's exam results on record (e.g. the senior-economics exam, R-33), newest first
     */
    record Request(Applicant applicant, Series series, Specialty specialty, TitleLevel level, Channel channel,
                   int evaluationYear, List<ExamResult> examResults) {

        public Request {
            examResults = examResults == null ? List.of() : List.copyOf(examResults);
        }

        /** A request without exam results. */
        public Request(Applicant applicant, Series series, Specialty specialty, TitleLevel level, Channel channel,
                       int evaluationYear) {
            this(applicant, series, specialty, level, channel, evaluationYear, List.of());
        }
    }

    /** Why not: a stable code, and the reason in Chinese (shown to the applicant) and English. */
    record Veto(String code, String chineseReason, String englishReason) {
    }

    /** Empty when the rule has no objection. */
    Optional<Veto> check(Request request);
}
