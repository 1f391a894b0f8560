package org.zhicheng.api.domain;

/**
 * Where an application stands. This first slice covers filing and the first review round trip;
 * the full review chain (R-14, R-19, R-20, evaluation) extends it.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    MATERIAL_RECEIVED,
    WITHDRAWN
}
