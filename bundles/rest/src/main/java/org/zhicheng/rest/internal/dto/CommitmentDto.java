package org.zhicheng.rest.internal.dto;

import java.time.Instant;

import org.zhicheng.api.file.Commitment;

/** The personal commitment (Annex 3): its wording, and who signed it when, if signed. */
public record CommitmentDto(long applicationId, String text, boolean signed, String signedBy, String signerName,
                            Instant signedAt) {

    public static CommitmentDto of(Commitment c) {
        return new CommitmentDto(c.applicationId(), c.text(), true, c.signedBy(), c.signerName(), c.signedAt());
    }

    public static CommitmentDto unsigned(long applicationId, String text) {
        return new CommitmentDto(applicationId, text, false, null, null, null);
    }
}
