package org.zhicheng.rest.internal.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.calendar.HolidaySchedule;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.rest.internal.json.JsonProvider;
import org.zhicheng.rest.internal.problem.Problem;
import org.zhicheng.rest.internal.problem.Problems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON of an evaluation year and of a year's holidays, read back as the services' values. */
class CalendarDtoTest {

    private static final Campaign NOTICE_2023 = new Campaign(2023,
            new Campaign.Period(LocalDate.of(2023, 7, 15), LocalDate.of(2023, 8, 30)),
            new Campaign.Period(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 9, 10)), LocalDate.of(2023, 9, 15),
            new Campaign.Period(LocalDate.of(2023, 9, 15), LocalDate.of(2023, 10, 30)), YearMonth.of(2023, 11),
            YearMonth.of(2023, 12), LocalDate.of(2023, 12, 31), LocalDate.of(2023, 7, 10), 5, 2, 3, 400, 200);

    private final ObjectMapper mapper = JsonProvider.objectMapper();

    @Test
    void campaignIsIsoDatesAndMonthsAndReadsBackAsTheSameCampaign() throws Exception {
        JsonNode json = mapper.valueToTree(CampaignDto.of(NOTICE_2023));
        assertEquals("2023-07-15", json.get("applicationWindow").get("first").asText());
        assertEquals("2023-11", json.get("qualificationDocuments").asText());
        assertEquals(5, json.get("publicityWorkingDays").asInt());
        CampaignDto read = mapper.treeToValue(json, CampaignDto.class);
        assertEquals(NOTICE_2023, read.toCampaign(2023));
    }

    @Test
    void aMissingFieldOrAnotherYearIsInvalidInputInChinese() throws Exception {
        CampaignDto noFee = mapper.readValue(mapper.writeValueAsString(CampaignDto.of(NOTICE_2023)).replace(
                "\"feeDeadline\":\"2023-09-15\",", ""), CampaignDto.class);
        assertProblem(assertThrows(IllegalArgumentException.class, () -> noFee.toCampaign(2023)), "缴费截止日期不能为空");
        assertProblem(assertThrows(IllegalArgumentException.class, () -> CampaignDto.of(NOTICE_2023).toCampaign(2024)),
                "请求体的年度（2023）与地址中的年度（2024）不一致");
    }

    @Test
    void holidaysAreOrderedIsoDatesAndListsAreRequired() throws Exception {
        HolidaySchedule schedule = new HolidaySchedule(2023, Set.of(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 1, 2)),
                Set.of(LocalDate.of(2023, 10, 7)));
        JsonNode json = mapper.valueToTree(HolidayScheduleDto.of(schedule));
        assertEquals("[\"2023-01-02\",\"2023-10-02\"]", json.get("holidays").toString());
        HolidayScheduleDto read = mapper.readValue("{\"holidays\": [\"2023-08-03\"], \"adjustedWorkingDays\": []}",
                HolidayScheduleDto.class);
        assertEquals(Set.of(LocalDate.of(2023, 8, 3)), read.holidaysOf(2023));
        assertEquals(Set.of(), read.adjustedWorkingDaysOf(2023));
        HolidayScheduleDto missing = new HolidayScheduleDto(null, List.of(), null);
        assertProblem(assertThrows(IllegalArgumentException.class, () -> missing.adjustedWorkingDaysOf(2023)),
                "调休上班日不能为空（可为空列表）");
    }

    private static void assertProblem(IllegalArgumentException invalid, String chinese) {
        Problem problem = Problems.from(invalid);
        assertEquals(400, problem.status());
        assertEquals(chinese, problem.message().zh());
    }
}
