package org.zhicheng.rest.internal.dto;

import java.util.List;

import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.Committee;

/**
 * One committee of Annex 5 (a specialty row and the levels it evaluates), public: {@code id} addresses its
 * meeting and results under {@code /api/v1/committees/{id}/...}; {@code levelLabels} as the notice says them.
 */
public record CommitteeDto(String id, String seriesCode, String specialty, int annexRow, List<TitleLevel> levels,
                           List<String> levelLabels, String organisingUnit, String phone) {

    public static CommitteeDto of(Committee committee) {
        return new CommitteeDto(committee.id(), committee.seriesCode(), committee.specialty(), committee.annexRow(),
                committee.levels(), committee.levels().stream().map(TitleLevel::officialTerm).toList(),
                committee.organisingUnit(), committee.phone());
    }
}
