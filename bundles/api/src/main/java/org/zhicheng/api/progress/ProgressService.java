package org.zhicheng.api.progress;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.security.Actor;

/** The applicant's view of where things stand, decided by the platform. Implemented by the platform's core only. */
@ProviderType
public interface ProgressService {

    /** The file's progress, for whoever may read the file; refused ({@code FORBIDDEN}) otherwise. */
    FileProgress progress(long applicationId, Actor actor);

    /**
     * The channels the applicant may use in the series this evaluation year (R-04..R-07), A, B and C in order, each
     * open or closed with the reason: C only for staff of a 民营企业 in a series that takes it, none once the
     * applicant has a file this year. For the applicant and whoever may read the applicant.
     */
    List<ChannelOption> channels(long applicantId, String seriesCode, Actor actor);
}
