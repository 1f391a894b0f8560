package org.zhicheng.rest.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.rest.internal.json.JsonProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

class ProblemsTest {

    @Test
    void statusTableDecidesByCode() {
        assertEquals(404, ProblemStatus.of("UNKNOWN_SERIES"));
        assertEquals(404, ProblemStatus.of("UNKNOWN_APPLICATION"));
        assertEquals(409, ProblemStatus.of("STALE_VERSION"));
        assertEquals(409, ProblemStatus.of("NOT_SUBMITTABLE"));
        assertEquals(409, ProblemStatus.of("ONE_CHANNEL_PER_YEAR"));
        assertEquals(409, ProblemStatus.of("SUBMISSION_LIMIT"));
        assertEquals(409, ProblemStatus.of("SERIES_SUSPENDED"));
        assertEquals(409, ProblemStatus.of("DUPLICATE_ID_NUMBER"));
        assertEquals(400, ProblemStatus.of("INVALID_INPUT"));
        assertEquals(422, ProblemStatus.of("EXAM_ONLY_LEVEL"));
        // the evaluation and the certificate
        assertEquals(404, ProblemStatus.of("UNKNOWN_EXPERT"));
        assertEquals(403, ProblemStatus.of("NOT_ASSIGNED"));
        assertEquals(403, ProblemStatus.of("FORBIDDEN"));
        assertEquals(409, ProblemStatus.of("USERNAME_TAKEN"));
        assertEquals(409, ProblemStatus.of("NOT_PASSED"));
        assertEquals(409, ProblemStatus.of("NO_CANDIDATES"));
        assertEquals(409, ProblemStatus.of("DEFENSE_MISSING"));
        assertEquals(409, ProblemStatus.of("CERTIFICATES_NOT_YET"));
        // the file's sections and commitment
        assertEquals(409, ProblemStatus.of("INCOMPLETE_FILE"));
        assertEquals(409, ProblemStatus.of("NOT_EDITABLE"));
        assertEquals(404, ProblemStatus.of("UNKNOWN_SECTION"));
        assertEquals(422, ProblemStatus.of("WRONG_FEE"));
        assertEquals(422, ProblemStatus.of("CONFLICT_SAME_EMPLOYER"));
        assertEquals(422, ProblemStatus.of("INVALID_PASS_RATE"));
        // a series plugin's veto that this table does not know
        assertEquals(422, ProblemStatus.of("SENIOR_ECONOMICS_EXAM_REQUIRED"));
    }

    /** Issue 15: CXF answers an unconvertible {@code ?limit=abc} with a 404 that carries the conversion's failure. */
    @Test
    void aQueryOrPathValueOfTheWrongTypeIsA400WithAChineseDetailNotA404() {
        NumberFormatException conversion = new NumberFormatException("For input string: \"abc\"");
        assertEquals(true, Problems.unconvertible(conversion));
        Problem problem = Problems.invalidParameter(conversion);
        assertEquals(400, problem.status());
        assertEquals("INVALID_INPUT", problem.code());
        assertEquals("请求参数的值“abc”无效：路径或查询参数须为其类型的值（如整数、年份）", problem.detail());
        // an unknown route (no cause) stays a 404; the container test sends both over HTTP (BadInputTests)
        assertEquals(false, Problems.unconvertible(null));
    }

    @Test
    void refusalKeepsCodeAndBothMessages() {
        Problem problem = Problems.from(new ZhichengException("STALE_VERSION", "该申报已被他人修改，请刷新后重试",
                "the application was changed by someone else since it was read"));
        assertEquals(409, problem.status());
        assertEquals("STALE_VERSION", problem.code());
        assertEquals("https://zhicheng.example/problems/STALE_VERSION", problem.type());
        assertEquals("the application was changed by someone else since it was read", problem.title());
        assertEquals("该申报已被他人修改，请刷新后重试", problem.message().zh());
        assertEquals(problem.title(), problem.message().en());
    }

    /** The status travels with the refusal from the catalogue; detail stays the Chinese text, title the English. */
    @Test
    void statusComesFromTheRefusalCatalogue() {
        Problem problem = Problems.from(Refusal.NOT_SUBMITTABLE.refuse("已提交", "submitted"));
        assertEquals(409, problem.status());
        assertEquals("NOT_SUBMITTABLE", problem.code());
        assertEquals("该申报当前为“已提交”，只有草稿或退回修改的申报可以提交", problem.detail());
        assertEquals("only a draft or a returned file can be submitted; this one is submitted", problem.title());
        Problem veto = Problems.from(Refusal.SERIES_VETO.refuseAs("SENIOR_ECONOMICS_EXAM_REQUIRED", "须考试", "exam"));
        assertEquals(422, veto.status());
        assertEquals("SENIOR_ECONOMICS_EXAM_REQUIRED", veto.code());
    }

    @Test
    void invalidIdNumberIsSplitIntoChineseAndEnglish() {
        IllegalArgumentException invalid = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ResidentIdNumber("110101199003070000"));
        Problem problem = Problems.from(invalid);
        assertEquals(400, problem.status());
        assertEquals("INVALID_INPUT", problem.code());
        assertEquals("身份证号校验位错误", problem.message().zh());
        assertEquals("ID number check character is wrong", problem.message().en());
    }

    @Test
    void monolingualMessagesFillBothLanguages() {
        assertEquals("输入无效", Problems.invalidInput("Unknown tier: X").message().zh());
        assertEquals("Unknown tier: X", Problems.invalidInput("Unknown tier: X").message().en());
        assertEquals("身份证号不能为空", Problems.invalidInput("身份证号不能为空").message().zh());
    }

    @Test
    void malformedJsonIsABadRequest() {
        ObjectMapper mapper = JsonProvider.objectMapper();
        Exception parse = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> mapper.readTree("{\"fullName\": "));
        Problem problem = Problems.from(new RuntimeException("wrapped by the runtime", parse));
        assertEquals(400, problem.status());
        assertEquals("MALFORMED_JSON", problem.code());
    }

    @Test
    void anythingElseIsA500WithoutInternals() {
        Problem problem = Problems.from(new IllegalStateException("secret internal detail"));
        assertEquals(500, problem.status());
        assertEquals("INTERNAL_ERROR", problem.code());
        assertEquals(false, problem.message().en().contains("secret"));
        assertEquals(false, problem.message().zh().contains("secret"));
    }
}
