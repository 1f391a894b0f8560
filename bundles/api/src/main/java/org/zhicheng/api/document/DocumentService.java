package org.zhicheng.api.document;

import java.util.List;

import org.zhicheng.api.security.Actor;

/**
 * The platform's documents as PDF (issue 18), each A4 with a title, a document number, a date and a signature and
 * seal area, and reproducible: the same data gives the same bytes but for the creation date in the metadata. Core
 * decides who may have which: the applicant their own file's annexes and certificate; the employer, county bureau,
 * series department, committee office and admins as they may read the file; the committee office and admins the
 * committee lists and minutes; the public nothing (they verify a certificate instead). Refusals are
 * {@link org.zhicheng.api.service.ZhichengException}s of the one catalogue.
 */
public interface DocumentService {

    /**
     * The electronic certificate with a QR code of its public verification URL; a revoked certificate
     * is marked so. {@code UNKNOWN_CERTIFICATE} for a number that does not exist.
     */
    Document certificate(String number, Actor actor);

    /**
     * The certificate in a {@link DocumentLanguage} (issue 19): {@code CHINESE_UYGHUR} adds the Uyghur to each heading
     * and label, the Chinese staying authoritative; the same refusals as {@link #certificate(String, Actor)}.
     */
    default Document certificate(String number, DocumentLanguage language, Actor actor) {
        if (language != null && language != DocumentLanguage.CHINESE) {
            throw new UnsupportedOperationException(language.name());
        }
        return certificate(number, actor);
    }

    /** The annex of a file; {@code DOCUMENT_NOT_READY} while the file has not come that far. */
    Document annex(long applicationId, Annex annex, Actor actor);

    /**
     * The annex in a {@link DocumentLanguage} (issue 19): {@code CHINESE_UYGHUR} exists for Annex 3 (the commitment)
     * only, {@code INVALID_INPUT} for the others; otherwise as {@link #annex(long, Annex, Actor)}.
     */
    default Document annex(long applicationId, Annex annex, DocumentLanguage language, Actor actor) {
        if (language != null && language != DocumentLanguage.CHINESE) {
            throw new UnsupportedOperationException(language.name());
        }
        return annex(applicationId, annex, actor);
    }

    /** The annexes the file has come far enough for, in their order; the caller must be able to read the file. */
    List<Annex> availableAnnexes(long applicationId, Actor actor);

    /** A committee's qualification document (资格文件, R-11) for a year: those who obtained the title. */
    Document qualificationDocument(String committeeId, int year, Actor actor);

    /** A committee's result publicity list for a year. */
    Document resultPublicity(String committeeId, int year, Actor actor);

    /** A meeting's minutes (issue 14): attendance, recusals, counts, result, and the chair's signature. */
    Document minutes(long meetingId, Actor actor);

    /** The public verification URL a certificate's QR code carries (the base is configured, PID org.zhicheng.documents). */
    String verificationUrl(String number, String holderName);
}
