package org.zhicheng.rest.internal.dto;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/committees/{committeeId}/{year}/{grade}/decision}: the vote on every file under
 * evaluation (application id → approved) and, for senior grades only, the pass rate in (0, 1] (R-34; an
 * intermediate or junior meeting refuses one).
 */
public record CommitteeDecisionRequest(BigDecimal seniorPassRate, Map<Long, Boolean> votes) {
}
