package org.zhicheng.api.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** GB 32100-2015: 18 characters of the code's charset, the last one a check character over the first 17. */
class CreditCodeTest {

    @Test
    void acceptsPublishedCodesOfRealCompanies() {
        // the codes as printed on the business licences (check characters computed by the issuer, not by us)
        for (String code : new String[] {"9144030071526726XG", "914403001922038216", "91330100716105852F"}) {
            assertEquals(code, new CreditCode(code).value());
        }
        assertEquals("9144030071526726XG", new CreditCode(" 9144030071526726xg ").value(), "trimmed, upper-case");
    }

    @Test
    void refusesAWrongCheckCharacterInChinese() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CreditCode("9144030071526726XA"));
        assertTrue(e.getMessage().startsWith("统一社会信用代码校验位错误"), e.getMessage());
    }

    @Test
    void refusesLettersOutsideTheCharsetAndOtherLengths() {
        // I, O, S, V and Z are not used (they look like digits or each other)
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CreditCode("91440300715267260I")).getMessage()
                .startsWith("统一社会信用代码含无效字符“I”"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CreditCode("914403007152672")).getMessage()
                .startsWith("统一社会信用代码须为18位"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CreditCode(" ")).getMessage()
                .startsWith("统一社会信用代码不能为空"));
    }

    @Test
    void completesSeventeenCharactersWithTheirCheckCharacter() {
        assertEquals("9144030071526726XG", CreditCode.completing("9144030071526726X").value());
        assertEquals("91440300192203821", CreditCode.completing("91440300192203821").value().substring(0, 17));
        assertEquals('6', CreditCode.completing("91440300192203821").value().charAt(17));
    }
}
