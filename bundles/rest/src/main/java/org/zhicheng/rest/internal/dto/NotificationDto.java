package org.zhicheng.rest.internal.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.zhicheng.api.notify.Notification;
import org.zhicheng.api.notify.NotificationKind;
import org.zhicheng.rest.internal.problem.RequestLanguage;

/**
 * One message of {@code GET /api/v1/notifications}: {@code kind} (RETURNED, MATERIAL_RECEIVED, PASSED, FAILED,
 * CERTIFIED, TO_REVIEW, EXPERT_ASSIGNED, DEADLINE_TOMORROW) with its label, title and body in the language asked for
 * ({@code Accept-Language}: zh, en or ug; Chinese by default; an applicant's messages have Uyghur, staff's and older
 * ones read in Chinese), the file it concerns (id and number) if any.
 */
public record NotificationDto(long id, String kind, String kindLabel, String title, String body, Long applicationId,
                              String fileNumber, Instant created, LocalDate platformDate, boolean read) {

    public static NotificationDto of(Notification n, Locale language) {
        return new NotificationDto(n.id(), n.kind().name(), label(n.kind(), language), n.title(), n.body(),
                n.applicationId(), n.fileNumber(), n.created(), n.platformDate(), n.read());
    }

    static String label(NotificationKind kind, Locale language) {
        if (RequestLanguage.uyghur(language)) {
            return kind.uyghurTerm();
        }
        return language != null && "en".equals(language.getLanguage()) ? kind.englishTerm() : kind.officialTerm();
    }
}
