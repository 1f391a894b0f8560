package org.zhicheng.api.service;

/**
 * A refusal the user can act on: a stable machine code plus a Chinese message for the UI and an
 * English one for logs and integrations.
 */
public class ZhichengException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String chineseMessage;

    public ZhichengException(String code, String chineseMessage, String englishMessage) {
        super(englishMessage);
        this.code = code;
        this.chineseMessage = chineseMessage;
    }

    public String code() {
        return code;
    }

    public String chineseMessage() {
        return chineseMessage;
    }
}
