package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;

import org.zhicheng.api.domain.FeePayment;

/** The fee payment recorded for a file. */
public record FeePaymentDto(long applicationId, int amountYuan, String method, String reference, LocalDate paidOn,
                            String recordedBy) {

    public static FeePaymentDto of(FeePayment p) {
        return new FeePaymentDto(p.applicationId(), p.amountYuan(), p.method().name(), p.reference(), p.paidOn(),
                p.recordedBy());
    }
}
