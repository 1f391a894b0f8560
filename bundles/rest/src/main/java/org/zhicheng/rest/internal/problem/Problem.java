package org.zhicheng.rest.internal.problem;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * An error as the REST API reports it: an RFC 7807 problem ({@code application/problem+json}) with Zhicheng's
 * stable machine code and the message in Chinese (for people) and English (for logs and integrations).
 *
 * <pre>{"type": "https://zhicheng.example/problems/STALE_VERSION", "status": 409, "code": "STALE_VERSION",
 *  "title": "the application was changed by someone else since it was read", "detail": "该申报已被他人修改，请刷新后重试",
 *  "message": {"zh": "该申报已被他人修改，请刷新后重试", "en": "the application was changed by someone else since it was read"}}</pre>
 */
public record Problem(String type, int status, String code, String title, String detail, Message message) {

    public static final String TYPE_BASE = "https://zhicheng.example/problems/";
    public static final String MEDIA_TYPE_NAME = "application/problem+json";
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record Message(String zh, String en) {
    }

    public static Problem of(int status, String code, String zh, String en) {
        // RFC 7807 detail: the occurrence explained to the person, in Chinese (the English is in message.en)
        return new Problem(TYPE_BASE + code, status, code, en, zh, new Message(zh, en));
    }

    /** The same problem explained in another language (e.g. Uyghur, issue 19); {@code message} keeps zh and en. */
    public Problem withDetail(String text) {
        return new Problem(type, status, code, title, text, message);
    }

    public Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
