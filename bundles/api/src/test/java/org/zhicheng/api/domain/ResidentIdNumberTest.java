package org.zhicheng.api.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @Test
    void acceptsValidNumberAndMasksIt() {
        // GB 11643-1999 example number, check character X
        ResidentIdNumber id = new ResidentIdNumber("11010519491231002x");
        assertEquals("11010519491231002X", id.value());
        assertEquals("110105**********2X", id.masked());
    }

    @Test
    void rejectsWrongCheckCharacter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ResidentIdNumber("110105194912310021"));
        assertEquals("身份证号校验位错误 / ID number check character is wrong", e.getMessage());
    }

    @Test
    void rejectsWrongLengthAndImpossibleBirthDate() {
        assertThrows(IllegalArgumentException.class, () -> new ResidentIdNumber("1101051949123100"));
        String first17 = "65290119901332001";
        assertThrows(IllegalArgumentException.class,
                () -> new ResidentIdNumber(first17 + ResidentIdNumber.checkCharacter(first17)));
    }

    @Test
    void seniorLevelsAreTheTwoHighest_R22_R34() {
        assertEquals(true, TitleLevel.SENIOR_FULL.isSenior());
        assertEquals(true, TitleLevel.fromOfficialTerm("副高").isSenior());
        assertEquals(false, TitleLevel.INTERMEDIATE.isSenior());
    }

    @Test
    void onlyChannelBNeedsEntrustmentLetter_R04_R05_R06() {
        assertEquals(false, Channel.A_PREFECTURE_DIRECTED.needsEntrustmentLetter());
        assertEquals(true, Channel.B_RECOMMENDED.needsEntrustmentLetter());
        assertEquals(false, Channel.C_PRIVATE_ENTERPRISE.needsEntrustmentLetter());
    }
}
