package org.zhicheng.rest.internal.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;

class InputsTest {

    @Test
    void enumsByNameOrOfficialTerm() {
        assertEquals(Tier.COUNTY_CITY, Inputs.tier("县市"));
        assertEquals(Tier.COUNTY_CITY, Inputs.tier("COUNTY_CITY"));
        assertEquals(TitleLevel.SENIOR_ASSOCIATE, Inputs.level("副高"));
        assertEquals(Channel.A_PREFECTURE_DIRECTED, Inputs.channel("A"));
        assertEquals(Channel.B_RECOMMENDED, Inputs.channel("B_RECOMMENDED"));
    }

    @Test
    void refusalsAreBilingual() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Inputs.tier("省直"));
        assertTrue(unknown.getMessage().startsWith("单位层级无效：省直 / unknown tier"), unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> Inputs.level(" "));
        assertEquals("请选择级别 / level is required", missing.getMessage());
    }

    @Test
    void missingRecordFieldsAreInvalidInputNotNullPointers() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> Inputs.construct(
                () -> new NewApplicant("张三", ResidentIdNumber.completing("11010119900307000"), "单位", null, "")));
        assertEquals("单位层级不能为空 / tier is required", missing.getMessage());
    }
}
