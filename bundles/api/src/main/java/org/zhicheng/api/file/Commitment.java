package org.zhicheng.api.file;

import java.time.Instant;

/**
 * The applicant's personal commitment (个人承诺书, Annex 3) as signed on the platform.
 *
 * @param text       the wording the applicant signed
 * @param signedBy   the user name of the account that signed
 * @param signerName the person who signed, as the file names them (what a signature line shows)
 */
public record Commitment(long applicationId, String text, String signedBy, Instant signedAt, String signerName) {

    /** A commitment whose signer is known only by account. */
    public Commitment(long applicationId, String text, String signedBy, Instant signedAt) {
        this(applicationId, text, signedBy, signedAt, signedBy);
    }
}
