package org.zhicheng.api.service;

import java.util.Optional;

/**
 * A refusal the user can act on: a stable machine code plus a Chinese message for the UI and an
 * English one for logs and integrations; where one input is wrong, which one, so that a form can mark it.
 */
public class ZhichengException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String chineseMessage;
    private final String field;

    public ZhichengException(String code, String chineseMessage, String englishMessage) {
        this(code, chineseMessage, englishMessage, null);
    }

    /**
     * @param field the wrong input as the call names it: a parameter, or a record component's path such as
     *              {@code maxSubmissions} or {@code applicationWindow.last} of a
     *              {@link org.zhicheng.api.campaign.Campaign}; null when the refusal is not about one input
     * @since 2.1
     */
    public ZhichengException(String code, String chineseMessage, String englishMessage, String field) {
        super(englishMessage);
        this.code = code;
        this.chineseMessage = chineseMessage;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String chineseMessage() {
        return chineseMessage;
    }

    /**
     * The wrong input, when the refusal is about one.
     *
     * @since 2.1
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
