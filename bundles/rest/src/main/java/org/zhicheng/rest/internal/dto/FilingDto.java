package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;

import org.zhicheng.api.certificate.FilingRecord;

/**
 * A filing (备案, R-28), and the body of {@code POST /api/v1/filings}: {@code kind} {@code PRE_FILING} (预备案),
 * {@code PRE_MEETING} (会前备案, with the {@code meetingDate}) or {@code POST_FILING} (事后备案); {@code evaluationYear},
 * {@code seriesCode}, an optional {@code note}. The filing day and who filed are the platform's.
 */
public record FilingDto(Long id, Integer evaluationYear, String kind, String seriesCode, LocalDate meetingDate,
                        LocalDate filedOn, String filedBy, String note) {

    public static FilingDto of(FilingRecord f) {
        return new FilingDto(f.id(), f.evaluationYear(), f.kind().name(), f.seriesCode(), f.meetingDate(), f.filedOn(),
                f.filedBy(), f.note());
    }
}
