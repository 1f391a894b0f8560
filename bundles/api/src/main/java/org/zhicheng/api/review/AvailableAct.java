package org.zhicheng.api.review;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One act of the actor on a file as core sees it now: possible, or refused with the code and the words the act
 * itself would refuse with.
 *
 * @param act                   the act
 * @param possible              whether doing it now would be accepted (the version aside)
 * @param refusalCode           the refusal's stable code when not possible, else null
 * @param reasonZh              why not, in Chinese, else null
 * @param reasonEn              why not, in English, else null
 * @param resubmissionDeadline  for an act that returns the file: the last day the applicant may resubmit
 *                              if the file is returned today; else null
 */
public record AvailableAct(ReviewAct act, boolean possible, String refusalCode, String reasonZh, String reasonEn,
                           LocalDate resubmissionDeadline) {
    public AvailableAct {
        Objects.requireNonNull(act, "act");
        if (possible != (refusalCode == null)) {
            throw new IllegalArgumentException("a refused act has a code, a possible one none");
        }
    }
}
