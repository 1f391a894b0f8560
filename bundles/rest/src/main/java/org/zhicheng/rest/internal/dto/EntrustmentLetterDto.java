package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.domain.EntrustmentLetter;

/** A channel B file's entrustment letter (委托评审函, R-05): the issuing HR bureau and the letter's number. */
public record EntrustmentLetterDto(long applicationId, String issuedBy, String letterNumber) {

    public static EntrustmentLetterDto of(EntrustmentLetter letter) {
        return new EntrustmentLetterDto(letter.applicationId(), letter.issuedBy(), letter.letterNumber());
    }
}
