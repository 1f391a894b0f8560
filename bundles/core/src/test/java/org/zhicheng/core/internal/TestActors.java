package org.zhicheng.core.internal;

import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;

/**
 * Named actors for tests. The people of the review chain who were plain names before accounts existed act as
 * {@link Actor#integration integration} users of the same name, which may do every act, so that each test keeps its
 * meaning and every recorded actor name (history, audit log, filings) stays what it was. What a role may do is
 * tested on its own in {@code AccessTest} and {@code AuthorisationTest}. Experts act as experts: their acts (score
 * sheets, anonymised files) are an expert's whatever else the caller may do.
 */
public final class TestActors {

    /** Reads and acts that named nobody in particular. */
    public static final Actor TESTER = CoreActors.issue(Actor.integration("tester"));
    public static final Actor APPLICANT = CoreActors.issue(Actor.integration("applicant"));
    public static final Actor EMPLOYER = CoreActors.issue(Actor.integration("employer"));
    public static final Actor REVIEWER = CoreActors.issue(Actor.integration("reviewer"));
    public static final Actor COUNTY_REVIEWER = CoreActors.issue(Actor.integration("county-reviewer"));
    public static final Actor COUNTY_BUREAU = CoreActors.issue(Actor.integration("county-bureau"));
    public static final Actor PREFECTURE_HR = CoreActors.issue(Actor.integration("prefecture-hr"));
    public static final Actor COMMITTEE_OFFICE = CoreActors.issue(Actor.integration("committee-office"));
    public static final Actor OFFICE = CoreActors.issue(Actor.integration("office"));
    public static final Actor COMMITTEE = CoreActors.issue(Actor.integration("committee"));
    public static final Actor DEFENSE_PANEL = CoreActors.issue(Actor.integration("defense-panel"));
    public static final Actor PANEL = CoreActors.issue(Actor.integration("panel"));
    public static final Actor SERIES_OFFICE = CoreActors.issue(Actor.integration("series-office"));
    public static final Actor LATE_OFFICE = CoreActors.issue(Actor.integration("late-office"));
    /** Colleagues objecting during the publicity (同事甲, 同事乙); user names are letters, digits and . _ @ - only. */
    public static final Actor COLLEAGUE_JIA = CoreActors.issue(Actor.integration("tongshi-jia"));
    public static final Actor COLLEAGUE_YI = CoreActors.issue(Actor.integration("tongshi-yi"));

    private TestActors() {
    }

    /** An integration user of that name (at least two characters, as every user name). */
    public static Actor integration(String username) {
        return CoreActors.issue(Actor.integration(username));
    }

    /** The expert of the committee pool with this id, logged in under the same user name. */
    public static Actor expert(String expertId) {
        return CoreActors.issue(Actor.expert(expertId, expertId));
    }
}
