package org.zhicheng.rest.internal.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.document.DocumentLanguage;
import org.zhicheng.api.service.ZhichengException;

/** The documents' {@code lang} query parameter (issue 19): absent is Chinese, zh-ug bilingual, anything else a 400. */
class PdfsTest {

    @Test
    void readsTheDocumentLanguage_issue19() {
        assertEquals(DocumentLanguage.CHINESE, Pdfs.language(null));
        assertEquals(DocumentLanguage.CHINESE, Pdfs.language(" "));
        assertEquals(DocumentLanguage.CHINESE, Pdfs.language("zh"));
        assertEquals(DocumentLanguage.CHINESE_UYGHUR, Pdfs.language("zh-ug"));
        assertEquals(DocumentLanguage.CHINESE_UYGHUR, Pdfs.language("ZH-UG"));
    }

    @Test
    void refusesAnUnknownLanguageAsBadInput_issue19() {
        for (String bad : new String[] {"ug", "en", "zh_ug", "zh-ug-x", "x".repeat(300)}) {
            ZhichengException refused = assertThrows(ZhichengException.class, () -> Pdfs.language(bad));
            assertEquals("INVALID_INPUT", refused.code(), bad);
            assertEquals(400, refused.status());
            assertEquals(Optional.of("lang"), refused.field());
            assertTrue(refused.chineseMessage().contains("zh-ug") && refused.chineseMessage().length() < 80,
                    refused.chineseMessage());
        }
    }
}
