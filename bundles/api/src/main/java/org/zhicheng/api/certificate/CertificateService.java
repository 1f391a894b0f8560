package org.zhicheng.api.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhicheng.api.security.Actor;

/**
 * Certificates, their revocation and the filings. Every act is written to the audit log
 * . Refusals are {@link org.zhicheng.api.service.ZhichengException}s with a stable code.
 */
public interface CertificateService {

    /**
     * Issues the certificate of a file that passed the committee's vote and moves the file to CERTIFIED; only in or
     * after the year's certificates month, and one certificate per file.
     */
    Certificate issue(long applicationId, Actor actor);

    Optional<Certificate> forApplication(long applicationId, Actor actor);

    /**
     * Public verification by the certificate number and the holder's full name. An unknown number and a
     * name that does not match give the same invalid answer, which reveals nothing else; a revoked certificate is
     * invalid (已撤销).
     */
    CertificateVerification verify(String number, String holderName);

    /**
     * Revokes the certificate because the material was falsified, and bars the holder from applying for the
     * three evaluation years after this one.
     */
    Certificate revoke(String number, Actor actor, String reason);

    /**
     * Records a filing within its deadline. {@code meetingDate} is required for, and only for,
     * {@link FilingRecord.Kind#PRE_MEETING}.
     */
    FilingRecord file(FilingRecord.Kind kind, int year, String seriesCode, LocalDate meetingDate, Actor actor, String note);

    /** The year's filings, in the order they were made. */
    List<FilingRecord> filings(int year, Actor actor);
}
