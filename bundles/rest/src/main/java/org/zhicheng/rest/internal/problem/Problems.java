package org.zhicheng.rest.internal.problem;

import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.service.ZhichengException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns whatever a request ends with into a {@link Problem}: refusals of the services by their code
 * ({@link ProblemStatus}), invalid input from the API's record constructors, unreadable JSON, the JAX-RS
 * runtime's own errors (unknown route, wrong method, ...) and, for anything else, a 500 without internals
 * (the exception is logged with a reference that the problem names).
 */
public final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    /** Karaf's JAAS realm is not named to clients; they see this one. */
    public static final String REALM = "zhicheng";
    public static final String CHALLENGE = "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";

    private Problems() {
    }

    public static Response response(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            return response(web);
        }
        return from(failure).response().build();
    }

    /** Keeps the headers the runtime set (e.g. {@code Allow} of a 405) and replaces the body by a problem. */
    public static Response response(WebApplicationException failure) {
        Problem problem = from(failure);
        Response.ResponseBuilder builder = problem.response();
        Response original = failure.getResponse();
        if (original != null) {
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                    values.forEach(value -> builder.header(name, value));
                }
            });
        }
        if (problem.status() == 401 && (original == null || original.getHeaderString(HttpHeaders.WWW_AUTHENTICATE) == null)) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return builder.build();
    }

    public static Problem from(Throwable failure) {
        if (failure instanceof ZhichengException refusal) {
            return Problem.of(ProblemStatus.of(refusal.code()), refusal.code(), refusal.chineseMessage(), refusal.getMessage());
        }
        if (failure instanceof IllegalArgumentException invalid) {
            return invalidInput(invalid.getMessage());
        }
        JsonProcessingException json = jsonCause(failure);
        if (json != null) {
            return unreadableBody(json);
        }
        if (failure instanceof WebApplicationException web) {
            return fromStatus(web.getResponse() == null ? 500 : web.getResponse().getStatus(), failure);
        }
        return internalError(failure);
    }

    public static Problem unauthenticated(String zh, String en) {
        return Problem.of(401, "UNAUTHENTICATED", zh, en);
    }

    public static Response unauthenticatedResponse(String zh, String en) {
        return unauthenticated(zh, en).response().header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    /**
     * Invalid input as the API's records report it: {@code IllegalArgumentException("中文 / English")}. A message
     * without the separator is used for both languages where it is Chinese, for the English one otherwise.
     */
    public static Problem invalidInput(String message) {
        String text = message == null ? "" : message.trim();
        int separator = text.indexOf(" / ");
        String zh;
        String en;
        if (separator >= 0) {
            zh = text.substring(0, separator).trim();
            en = text.substring(separator + 3).trim();
        } else if (containsHan(text)) {
            zh = text;
            en = "invalid input";
        } else {
            zh = "输入无效";
            en = text.isEmpty() ? "invalid input" : text;
        }
        return Problem.of(ProblemStatus.BAD_REQUEST, "INVALID_INPUT", zh, en);
    }

    private static Problem unreadableBody(JsonProcessingException failure) {
        if (failure instanceof JsonParseException) {
            String where = failure.getLocation() == null ? ""
                    : " (line " + failure.getLocation().getLineNr() + ", column " + failure.getLocation().getColumnNr() + ")";
            return Problem.of(ProblemStatus.BAD_REQUEST, "MALFORMED_JSON", "请求体不是有效的JSON",
                    "the request body is not valid JSON" + where);
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return Problem.of(ProblemStatus.BAD_REQUEST, "INVALID_INPUT", "请求体含有未知字段：" + unknown.getPropertyName(),
                    "unknown field '" + unknown.getPropertyName() + "' in the request body");
        }
        if (failure instanceof JsonMappingException mapping && mapping.getCause() instanceof IllegalArgumentException invalid) {
            return invalidInput(invalid.getMessage());
        }
        if (failure instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            return Problem.of(ProblemStatus.BAD_REQUEST, "INVALID_INPUT", "字段" + field + "的值类型不正确",
                    "field '" + field + "' has a value of the wrong type");
        }
        return Problem.of(ProblemStatus.BAD_REQUEST, "MALFORMED_JSON", "请求体无法读取",
                "the request body cannot be read as the expected JSON object");
    }

    private static Problem fromStatus(int status, Throwable failure) {
        return switch (status) {
            case 400 -> Problem.of(400, "BAD_REQUEST", "请求无效", "bad request");
            case 401 -> unauthenticated("需要登录：请用HTTP Basic认证提供用户名和密码",
                    "authentication required: send a user name and password with HTTP Basic");
            case 403 -> Problem.of(403, "FORBIDDEN", "无权执行此操作", "forbidden");
            case 404 -> Problem.of(404, "NOT_FOUND", "请求的接口不存在", "no such resource");
            case 405 -> Problem.of(405, "METHOD_NOT_ALLOWED", "该接口不支持此请求方法", "method not allowed on this resource");
            case 406 -> Problem.of(406, "NOT_ACCEPTABLE", "本接口只提供JSON", "not acceptable: this API answers in JSON");
            case 415 -> Problem.of(415, "UNSUPPORTED_MEDIA_TYPE", "请求体须为JSON（Content-Type: application/json）",
                    "unsupported media type: send the body as application/json");
            default -> status >= 500 ? internalError(failure)
                    : Problem.of(status, "HTTP_" + status, "请求失败（HTTP " + status + "）", "request failed with HTTP " + status);
        };
    }

    private static Problem internalError(Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("REST API request failed (reference {})", reference, failure);
        return Problem.of(500, "INTERNAL_ERROR", "服务器内部错误（编号 " + reference + "）",
                "internal server error (reference " + reference + ")");
    }

    /** The JSON problem behind a failure, if reading the body was what failed (the runtime may wrap it). */
    private static JsonProcessingException jsonCause(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 5; depth++, current = current.getCause()) {
            if (current instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    private static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static boolean containsHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
