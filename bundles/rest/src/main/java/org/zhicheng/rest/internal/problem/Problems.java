package org.zhicheng.rest.internal.problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.rest.internal.json.StrictDates;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns whatever a request ends with into a {@link Problem}: refusals of the services with the status the refusal
 * catalogue gives their code ({@link ZhichengException#status()}), invalid input from the API's record constructors, unreadable JSON, the JAX-RS
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

    /**
     * As {@link #response(Throwable)}, a refusal's {@code detail} in the request's language where the catalogue has
     * it: Uyghur for {@code Accept-Language: ug} (issue 19; {@code message} keeps zh and en), else Chinese.
     */
    public static Response response(Throwable failure, java.util.Locale language) {
        if (failure instanceof ZhichengException refusal && RequestLanguage.uyghur(language)) {
            Problem problem = from(failure);
            String uyghur = refusal.message(language);
            if (uyghur != null && !uyghur.equals(problem.detail())) {
                return problem.withDetail(uyghur).response().header(HttpHeaders.CONTENT_LANGUAGE, "ug").build();
            }
        }
        return response(failure);
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
            return Problem.of(refusal.status(), refusal.code(), refusal.chineseMessage(), refusal.getMessage());
        }
        if (failure instanceof IllegalArgumentException invalid) {
            return invalidInput(invalid.getMessage());
        }
        JsonProcessingException json = jsonCause(failure);
        if (json != null) {
            return unreadableBody(json);
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse() == null ? 500 : web.getResponse().getStatus();
            if (status == 404 && unconvertible(web.getCause())) {
                return invalidParameter(web.getCause()); // issue 15: CXF reports an unconvertible query/path value as 404
            }
            return fromStatus(status, failure);
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
        return badInput(zh, en);
    }

    /** {@code INVALID_INPUT} with the catalogue's status, in words the edge found itself. */
    private static Problem badInput(String zh, String en) {
        return Problem.of(Refusal.INVALID_INPUT.status(), Refusal.INVALID_INPUT.code(), zh, en);
    }

    private static Problem unreadableBody(JsonProcessingException failure) {
        if (failure instanceof JsonParseException) {
            String where = failure.getLocation() == null ? ""
                    : " (line " + failure.getLocation().getLineNr() + ", column " + failure.getLocation().getColumnNr() + ")";
            return Problem.of(ProblemStatus.BAD_REQUEST, "MALFORMED_JSON", "请求体不是有效的JSON",
                    "the request body is not valid JSON" + where);
        }
        if (failure instanceof InputCoercionException || failure.getCause() instanceof InputCoercionException) {
            String field = failure instanceof JsonMappingException mapping ? path(mapping) : "";
            return field.isEmpty() ? badInput("请求体中的数值超出范围", "a number in the request body is out of range")
                    : badInput("字段" + field + "的数值超出范围", "field '" + field + "' has a number out of range");
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return badInput("请求体含有未知字段：" + unknown.getPropertyName(),
                    "unknown field '" + unknown.getPropertyName() + "' in the request body");
        }
        if (failure instanceof JsonMappingException mapping && mapping.getCause() instanceof IllegalArgumentException invalid) {
            return invalidInput(invalid.getMessage());
        }
        if (failure instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            Class<?> target = mismatched.getTargetType();
            if (target == LocalDate.class) {
                return badInput("字段" + field + "须为" + StrictDates.FIRST_YEAR + "年至" + StrictDates.LAST_YEAR
                                + "年之间的日期，格式YYYY-MM-DD",
                        "field '" + field + "' must be a date YYYY-MM-DD in the years " + StrictDates.FIRST_YEAR
                                + " to " + StrictDates.LAST_YEAR);
            }
            String[] expected = expected(target);
            return badInput("字段" + field + "的值类型不正确" + (expected == null ? "" : "，须为" + expected[0]),
                    "field '" + field + "' has a value of the wrong type" + (expected == null ? "" : ": " + expected[1] + " expected"));
        }
        return Problem.of(ProblemStatus.BAD_REQUEST, "MALFORMED_JSON", "请求体无法读取",
                "the request body cannot be read as the expected JSON object");
    }

    /** CXF's 404 for a parameter it could not convert carries the conversion's failure; an unknown route none. */
    static boolean unconvertible(Throwable cause) {
        return cause != null && !(cause instanceof WebApplicationException);
    }

    /** A query or path parameter whose value is not of its type ({@code ?limit=abc}, {@code /applications/x}). */
    static Problem invalidParameter(Throwable cause) {
        String given = cause.getMessage() == null ? "" : cause.getMessage();
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\"([^\"]{0,40})").matcher(given);
        String value = quoted.find() ? "“" + quoted.group(1) + "”" : "";
        return Problem.of(ProblemStatus.BAD_REQUEST, "INVALID_INPUT",
                "请求参数的值" + value + "无效：路径或查询参数须为其类型的值（如整数、年份）",
                "a query or path parameter has a value of the wrong type" + (given.isEmpty() ? "" : ": " + given));
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

    /** What a field of {@code type} takes, in Chinese and English; null where no short word says it. */
    private static String[] expected(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == String.class || type == char[].class) {
            return new String[] {"文本（带引号的字符串）", "a string"};
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return new String[] {"整数", "an integer"};
        }
        if (type == boolean.class || type == Boolean.class) {
            return new String[] {"true或false", "true or false"};
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return new String[] {"数字", "a number"};
        }
        if (type.isEnum()) {
            return new String[] {"规定的取值之一", "one of " + enumNames(type)};
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return new String[] {"列表（JSON数组）", "a list"};
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return new String[] {"对象（JSON对象）", "an object"};
        }
        return null;
    }

    private static String enumNames(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
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
