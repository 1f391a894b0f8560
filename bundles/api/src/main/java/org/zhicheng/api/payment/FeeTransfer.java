package org.zhicheng.api.payment;

/**
 * One file's fee as a QR code or a bank transfer carries it: the payee, the amount the file owes and the file's
 * payment reference, and the text a QR code encodes.
 */
public record FeeTransfer(Payee payee, int amountYuan, String reference, String qrText) {
}
