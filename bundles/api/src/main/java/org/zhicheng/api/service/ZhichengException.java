package org.zhicheng.api.service;

import java.util.Optional;

/**
 * A refusal the user can act on: a stable machine code plus a Chinese message for the UI and an
 * English one for logs and integrations; where one input is wrong, which one, so that a form can mark it; and the HTTP
 * status the REST API answers it with. Core builds every refusal from the catalogue, {@link Refusal}.
 */
public class ZhichengException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String chineseMessage;
    private final String field;
    private final int status;
    private final String uyghurMessage;

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
        this(code, Refusal.statusOf(code), chineseMessage, englishMessage, field);
    }

    /**
     * A refusal as the catalogue builds it ({@link Refusal#refuse}); other code uses the catalogue's factories.
     *
     * @param status the HTTP status the REST API answers with
     * @since 2.2
     */
    public ZhichengException(String code, int status, String chineseMessage, String englishMessage, String field) {
        this(code, status, chineseMessage, englishMessage, field, null);
    }

    /**
     * A refusal as the catalogue builds it, with its Uyghur text (issue 19).
     *
     * @param uyghurMessage the message for a user who chose Uyghur; null shows the Chinese one
     * @since 2.3
     */
    public ZhichengException(String code, int status, String chineseMessage, String englishMessage, String field,
                             String uyghurMessage) {
        super(englishMessage);
        this.code = code;
        this.status = status;
        this.chineseMessage = chineseMessage;
        this.field = field;
        this.uyghurMessage = uyghurMessage;
    }

    public String code() {
        return code;
    }

    public String chineseMessage() {
        return chineseMessage;
    }

    /**
     * The HTTP status of this refusal: the catalogue's for its code ({@link Refusal#status()}), 422 for a code it does
     * not list (a series plugin's veto).
     *
     * @since 2.2
     */
    public int status() {
        return status;
    }

    /**
     * The message in a language: English for an English locale, Uyghur for a Uyghur one where the catalogue has it,
     * Chinese otherwise (the platform's language).
     *
     * @since 2.2
     */
    public String message(java.util.Locale locale) {
        if (locale != null && "ug".equals(locale.getLanguage()) && uyghurMessage != null) {
            return uyghurMessage; // issue 19; a refusal without a Uyghur text shows in Chinese
        }
        return locale != null && "en".equals(locale.getLanguage()) ? getMessage() : chineseMessage;
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
