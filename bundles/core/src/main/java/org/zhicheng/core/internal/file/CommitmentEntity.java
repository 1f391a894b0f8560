package org.zhicheng.core.internal.file;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.zhicheng.api.file.Commitment;

/** The personal commitment (Annex 3) signed for a file: one per file, the latest signature. */
@Entity
@Table(name = "ZC_COMMITMENT")
public class CommitmentEntity {

    @Id
    @Column(name = "APPLICATION_ID")
    private long applicationId;

    @Column(name = "COMMITMENT_TEXT", nullable = false, length = 1000)
    private String text;

    @Column(name = "SIGNED_BY", nullable = false, length = 100)
    private String signedBy;

    @Column(name = "SIGNED_AT", nullable = false)
    private Instant signedAt;

    protected CommitmentEntity() {
        // for JPA
    }

    public CommitmentEntity(long applicationId) {
        this.applicationId = applicationId;
    }

    public void sign(String wording, String by, Instant at) {
        this.text = wording;
        this.signedBy = by;
        this.signedAt = at;
    }

    /** The record, naming the signer as the file does (the applicant signs their own file). */
    public Commitment toRecord(String signerName) {
        return new Commitment(applicationId, text, signedBy, signedAt, signerName);
    }
}
