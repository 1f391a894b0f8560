package org.zhicheng.rest.internal.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.zhicheng.api.notify.Notification;

/**
 * One message of {@code GET /api/v1/notifications}: {@code kind} (RETURNED, MATERIAL_RECEIVED, PASSED, FAILED,
 * CERTIFIED, TO_REVIEW, EXPERT_ASSIGNED, DEADLINE_TOMORROW) with its label, title and body in the language asked for
 * ({@code Accept-Language}; Chinese by default), the file it concerns (id and number) if any.
 */
public record NotificationDto(long id, String kind, String kindLabel, String title, String body, Long applicationId,
                              String fileNumber, Instant created, LocalDate platformDate, boolean read) {

    public static NotificationDto of(Notification n, boolean english) {
        return new NotificationDto(n.id(), n.kind().name(), english ? n.kind().englishTerm() : n.kind().officialTerm(),
                n.title(), n.body(), n.applicationId(), n.fileNumber(), n.created(), n.platformDate(), n.read());
    }
}
