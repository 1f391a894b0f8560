package org.zhicheng.rest.internal.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.bridge.TechnicalSchoolClass;
import org.zhicheng.api.bridge.VocationalQualification;
import org.zhicheng.api.career.CareerRecord;
import org.zhicheng.api.service.ZhichengException;

class CareerInputsTest {

    private static CareerDto body(String appointed, String schoolClass, CareerDto.VocationalDto vocational) {
        return new CareerDto(null, "2010-07-01", "技术员", appointed, "高中及以下", null, schoolClass, vocational, 3, true);
    }

    @Test
    void termsOrNamesAndIsoDatesMakeTheRecord_R31_R32() {
        CareerRecord record = CareerInputs.record(7, body("2015-07-01", "高级工班",
                new CareerDto.VocationalDto("技师", null, "S-1", "2016-06-30")));
        assertEquals(7, record.applicantId());
        assertEquals(LocalDate.of(2015, 7, 1), record.appointed());
        assertEquals(TechnicalSchoolClass.SENIOR_WORKER_CLASS, record.technicalSchoolClass());
        assertEquals(VocationalQualification.TECHNICIAN, record.vocational().level());
        assertEquals("大学专科", record.countedEducation());
        assertEquals(VocationalQualification.SENIOR_TECHNICIAN, CareerInputs.record(7, body(null, "PREPARATORY_TECHNICIAN_CLASS",
                new CareerDto.VocationalDto("SENIOR_TECHNICIAN", null, "S-2", "2016-06-30"))).vocational().level());
        assertNull(CareerInputs.record(7, body(" ", null, null)).appointed());
    }

    @Test
    void aWrongValueIsRefusedNamingItsField() {
        ZhichengException date = assertThrows(ZhichengException.class, () -> CareerInputs.record(7, body("2015/07/01", null, null)));
        assertEquals("INVALID_INPUT", date.code());
        assertEquals("appointed", date.field().orElseThrow());
        assertEquals("现职务聘任时间须为日期，格式如2012-07-01，不是“2015/07/01”", date.chineseMessage());
        assertEquals("technicalSchoolClass", assertThrows(ZhichengException.class,
                () -> CareerInputs.record(7, body(null, "技校", null))).field().orElseThrow());
        assertEquals("qualifiedOn", assertThrows(ZhichengException.class, () -> CareerInputs.record(7, body(null, null,
                new CareerDto.VocationalDto("技师", null, "S-1", null)))).field().orElseThrow());
    }
}
