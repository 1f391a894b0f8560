package org.zhicheng.api.domain;

/**
 * The entrustment letter (委托评审函) of a channel B file: the same-level HR bureau that issued it and the
 * letter's number; without it the file cannot be accepted.
 */
public record EntrustmentLetter(long applicationId, String issuedBy, String letterNumber) {
}
