package org.zhicheng.api.bulk;

import java.time.LocalDate;

import org.zhicheng.api.domain.FeePayment;

/**
 * One line of a bank statement or a QR-code payment list: which file, the version the office last saw, and the payment
 * as the bank reports it. Checked by core (the amount against the fee it derives, R-29; the date against the deadline,
 * R-09), not here, so that a bad line is refused naming its file.
 */
public record FeeLine(long applicationId, long expectedVersion, int amountYuan, FeePayment.Method method, String reference,
                      LocalDate paidOn) {
}
