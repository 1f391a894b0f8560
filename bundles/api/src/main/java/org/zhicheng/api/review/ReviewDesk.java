package org.zhicheng.api.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.security.Actor;

/** What the reviewers' screens ask core before they act; every answer limited to what the actor covers. */
@ProviderType
public interface ReviewDesk {

    /**
     * The acts of the actor's role that belong to the file's stage, each possible or refused with the reason the act
     * would be refused for (the same checks). Acts the role never does are not listed. Refused with FORBIDDEN for a
     * file the actor does not cover.
     */
    List<AvailableAct> availableActs(long applicationId, Actor actor);

    /** A page of the actor's queue, the files waiting longest first when {@code pendingOnly}, else newest change first. */
    List<ReviewRow> queue(ReviewQuery query, int offset, int limit, Actor actor);

    long count(ReviewQuery query, Actor actor);

    /** The experts of the file's series pool, with conflicts of interest flagged; for the committee office. */
    List<ExpertCandidate> expertCandidates(long applicationId, Actor actor);

    /**
     * Readable names of audit subjects ({@code application:42} → {@code 第42号 阿依古丽·买买提 工程系列}) for an
     * administrator or integration; unknown or other subjects are left out of the answer.
     */
    Map<String, String> subjectLabels(Collection<String> subjects, Actor actor);
}
