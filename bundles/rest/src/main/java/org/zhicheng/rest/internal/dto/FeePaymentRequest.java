package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;

/**
 * Body of {@code POST /api/v1/applications/{id}/fee-payment}. {@code method}: {@code QR_CODE} or
 * {@code BANK_TRANSFER}; {@code paidOn}: an ISO-8601 date ({@code 2023-08-21}); {@code amountYuan} must be the fee.
 */
public record FeePaymentRequest(Long expectedVersion, Integer amountYuan, String method, String reference,
                                LocalDate paidOn) {
}
