package org.zhicheng.rest.internal.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zhicheng.api.notify.Notification;
import org.zhicheng.api.notify.NotificationKind;

/** A message's kind label in the language asked for (issue 19): ug (ug-CN too), en, else Chinese. */
class NotificationDtoTest {

    private static final Notification RETURNED = new Notification(7, "ayigul", NotificationKind.RETURNED, "标题", "正文",
            12L, "2023-000012", Instant.parse("2023-08-14T02:00:00Z"), LocalDate.of(2023, 8, 14), false);

    @Test
    void theKindLabelFollowsTheRequestedLanguage() {
        assertEquals("تۈزىتىشكە قايتۇرۇلدى", NotificationDto.of(RETURNED, Locale.forLanguageTag("ug-CN")).kindLabel());
        assertEquals("تۈزىتىشكە قايتۇرۇلدى", NotificationDto.of(RETURNED, new Locale("ug")).kindLabel());
        assertEquals("returned for revision", NotificationDto.of(RETURNED, Locale.ENGLISH).kindLabel());
        assertEquals("退回修改", NotificationDto.of(RETURNED, Locale.SIMPLIFIED_CHINESE).kindLabel());
        assertEquals("退回修改", NotificationDto.of(RETURNED, null).kindLabel());
        // the texts are core's, in the language it was asked for: the DTO passes them on unchanged
        NotificationDto dto = NotificationDto.of(RETURNED, new Locale("ug"));
        assertEquals(RETURNED.title() + RETURNED.body() + RETURNED.fileNumber(), dto.title() + dto.body() + dto.fileNumber());
    }
}
