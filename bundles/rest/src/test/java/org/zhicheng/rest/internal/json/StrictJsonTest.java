package org.zhicheng.rest.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.zhicheng.rest.internal.dto.ExpectedVersionRequest;
import org.zhicheng.rest.internal.dto.NewApplicationRequest;
import org.zhicheng.rest.internal.dto.RegistrationRequest;
import org.zhicheng.rest.internal.problem.Problem;
import org.zhicheng.rest.internal.problem.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Issue 15 item 1: the API reads no value of another type than its field's, and no implausible date. */
class StrictJsonTest {

    private final ObjectMapper mapper = JsonProvider.objectMapper();

    record Dated(LocalDate date, int count, boolean flag) {
    }

    /** Reads {@code json} as {@code type}, expecting a refusal; returns the problem the API would answer. */
    private Problem refused(String json, Class<?> type) {
        try {
            mapper.readValue(json, type);
        } catch (Exception failure) {
            return Problems.from(failure);
        }
        return fail("accepted: " + json);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"username\":42,\"password\":\"long-enough-1\"}|username|文本",
            "{\"username\":\"ab\",\"password\":12345678}|password|文本",
            "{\"username\":true}|username|文本",
            "{\"username\":1.5}|username|文本",
            "{\"username\":[\"a\"]}|username|文本",
            "{\"username\":{}}|username|文本",
    })
    void aNumberIsNoText(String json, String field, String expected) {
        Problem problem = refused(json, RegistrationRequest.class);
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains(field) && problem.detail().contains(expected), problem.detail());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"expectedVersion\":1.5}",
            "{\"expectedVersion\":1.0}",
            "{\"expectedVersion\":\"1\"}",
            "{\"expectedVersion\":true}",
            "{\"expectedVersion\":1e2}",
    })
    void aFractionOrTextIsNoInteger(String json) {
        Problem problem = refused(json, ExpectedVersionRequest.class);
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("expectedVersion") && problem.detail().contains("整数"), problem.detail());
    }

    @Test
    void anIntegerIsReadAsBefore() throws Exception {
        assertEquals(7L, mapper.readValue("{\"expectedVersion\":7}", ExpectedVersionRequest.class).expectedVersion());
        assertNull(mapper.readValue("{}", ExpectedVersionRequest.class).expectedVersion());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-2008-07-01", "+12008-08-01", "1899-12-31", "2200-01-01", "2023-02-30",
            "2023-7-1", "20230701", "2023-07-01T00:00:00"})
    void implausibleDatesAreRefused(String date) {
        Problem problem = refused("{\"date\":\"" + date + "\",\"count\":1,\"flag\":true}", Dated.class);
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("date") && problem.detail().contains("1900"), problem.detail());
    }

    @Test
    void primitivesNeedTheirValue() {
        assertTrue(refused("{\"date\":\"2023-07-01\",\"count\":null,\"flag\":true}", Dated.class).detail().contains("count"));
        assertTrue(refused("{\"date\":\"2023-07-01\",\"count\":1,\"flag\":1}", Dated.class).detail().contains("flag"));
        assertTrue(refused("{\"date\":\"2023-07-01\",\"count\":1,\"flag\":\"true\"}", Dated.class).detail().contains("flag"));
    }

    @Test
    void duplicateKeysAndTrailingContentAreRefused() {
        assertEquals(400, refused("{\"count\":1,\"count\":2}", Dated.class).status());
        assertEquals(400, refused("{\"count\":1} {\"count\":2}", Dated.class).status());
    }

    @Test
    void aPlausibleDateIsRead() throws Exception {
        assertEquals(LocalDate.of(2023, 7, 1),
                mapper.readValue("{\"date\":\"2023-07-01\",\"count\":1,\"flag\":false}", Dated.class).date());
        assertNull(mapper.readValue("{\"date\":\"\",\"count\":1,\"flag\":false}", Dated.class).date());
    }

    @Test
    void anOverflowingNumberNamesItsField() {
        Problem problem = refused("{\"seriesCode\":\"health\",\"evaluationYear\":99999999999999999999}",
                NewApplicationRequest.class);
        assertEquals("INVALID_INPUT", problem.code());
        assertTrue(problem.detail().contains("evaluationYear") && problem.detail().contains("超出范围"), problem.detail());
    }

    @Test
    void anIntegerYearIsNoFraction() {
        Problem problem = refused("{\"seriesCode\":\"health\",\"evaluationYear\":2023.5}", NewApplicationRequest.class);
        assertTrue(problem.detail().contains("evaluationYear"), problem.detail());
    }
}
