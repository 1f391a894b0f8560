package org.zhicheng.api.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The evaluation fee paid to the series committee, by QR code or bank, before the deadline. */
public record FeePayment(long applicationId, int amountYuan, Method method, String reference, LocalDate paidOn,
                         String recordedBy) {

    public enum Method {
        QR_CODE,
        BANK_TRANSFER
    }

    public FeePayment {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(paidOn, "paidOn");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("缴费凭证号不能为空 / payment reference is required");
        }
        reference = reference.trim();
    }
}
