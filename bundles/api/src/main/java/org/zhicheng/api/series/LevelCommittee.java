package org.zhicheng.api.series;

import org.zhicheng.api.domain.TitleLevel;

/**
 * Who evaluates one level of a series: the committee's organising unit and its phone,
 * or {@code examOnly} where the state fills the level by exam (以考代评, R-01).
 */
public record LevelCommittee(TitleLevel level, String organisingUnit, String phone, boolean examOnly) {
}
