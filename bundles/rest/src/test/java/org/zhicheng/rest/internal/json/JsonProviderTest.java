package org.zhicheng.rest.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.rest.internal.dto.NewApplicantRequest;
import org.zhicheng.rest.internal.dto.StatusChangeDto;
import org.zhicheng.rest.internal.problem.Problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

class JsonProviderTest {

    private final ObjectMapper mapper = JsonProvider.objectMapper();

    @Test
    void instantsAreIso8601Strings() throws Exception {
        JsonNode change = mapper.valueToTree(new StatusChangeDto(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED,
                Instant.parse("2026-12-06T02:30:00Z"), "integration", null, LocalDate.parse("2023-08-01")));
        assertEquals("2026-12-06T02:30:00Z", change.get("at").asText());
        assertEquals("2023-08-01", change.get("platformDate").asText(), "the platform date the act counted on, ISO");
        assertEquals("SUBMITTED", change.get("to").asText());
    }

    @Test
    void problemHasTheRfc7807Shape() throws Exception {
        String json = mapper.writeValueAsString(Problem.of(404, "UNKNOWN_SERIES", "未知的职称系列：x", "unknown series x"));
        assertEquals("{\"type\":\"https://zhicheng.example/problems/UNKNOWN_SERIES\",\"status\":404,\"code\":\"UNKNOWN_SERIES\","
                + "\"title\":\"unknown series x\",\"detail\":\"未知的职称系列：x\",\"message\":{\"zh\":\"未知的职称系列：x\",\"en\":\"unknown series x\"}}", json);
    }

    @Test
    void requestRecordsAreReadAndUnknownFieldsRefused() throws Exception {
        NewApplicantRequest request = mapper.readValue("{\"fullName\":\"张三\",\"idNumber\":\"x\",\"tier\":\"地直\"}",
                NewApplicantRequest.class);
        assertEquals("张三", request.fullName());
        assertEquals("地直", request.tier());
        assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"fullname\":\"张三\"}", NewApplicantRequest.class));
    }
}
