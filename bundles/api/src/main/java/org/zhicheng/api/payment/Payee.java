package org.zhicheng.api.payment;

/** The account the evaluation fee is paid to, as configured (Config Admin pid {@code org.zhicheng.payment}). */
public record Payee(String name, String bank, String account) {
}
