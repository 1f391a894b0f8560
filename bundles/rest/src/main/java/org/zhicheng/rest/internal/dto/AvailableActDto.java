package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;
import java.util.Map;

import org.zhicheng.api.review.AvailableAct;

/**
 * An act the caller may see on the file: {@code possible}, or the refusal's {@code code} and {@code reason} (zh, en) the
 * act itself would answer; {@code resubmissionDeadline} for an act that returns the file.
 */
public record AvailableActDto(String act, boolean possible, String code, Map<String, String> reason,
                              LocalDate resubmissionDeadline) {

    public static AvailableActDto of(AvailableAct act) {
        return new AvailableActDto(act.act().name(), act.possible(), act.refusalCode(),
                act.possible() ? null : Map.of("zh", act.reasonZh(), "en", act.reasonEn()), act.resubmissionDeadline());
    }
}
