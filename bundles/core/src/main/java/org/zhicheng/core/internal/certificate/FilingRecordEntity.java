package org.zhicheng.core.internal.certificate;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.zhicheng.api.certificate.FilingRecord;

/** A filing with the higher HR authority; inserted, never updated. */
@Entity
@Table(name = "ZC_FILING", indexes = @Index(name = "IX_FILING_YEAR", columnList = "EVALUATION_YEAR"))
@NamedQuery(name = FilingRecordEntity.FOR_YEAR,
        query = "SELECT f FROM FilingRecordEntity f WHERE f.evaluationYear = :year ORDER BY f.filedAt, f.id")
public class FilingRecordEntity {
    public static final String FOR_YEAR = "Filing.forYear";

    static final int NOTE_LENGTH = 1000;

    @Id
    @TableGenerator(name = "FilingIds", table = "ZC_ID_SEQUENCE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "FilingIds")
    private long id;

    @Column(name = "EVALUATION_YEAR", nullable = false, updatable = false)
    private int evaluationYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "FILING_KIND", nullable = false, length = 20, updatable = false)
    private FilingRecord.Kind kind;

    @Column(name = "SERIES_CODE", nullable = false, length = 50, updatable = false)
    private String seriesCode;

    @Column(name = "MEETING_DATE", updatable = false)
    private LocalDate meetingDate;

    @Column(name = "FILED_ON", nullable = false, updatable = false)
    private LocalDate filedOn;

    @Column(name = "FILED_AT", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(name = "FILED_BY", nullable = false, length = 100, updatable = false)
    private String filedBy;

    @Column(length = NOTE_LENGTH, updatable = false)
    private String note;

    protected FilingRecordEntity() {
        // for JPA
    }

    FilingRecordEntity(int evaluationYear, FilingRecord.Kind kind, String seriesCode, LocalDate meetingDate,
                       LocalDate filedOn, Instant filedAt, String filedBy, String note) {
        this.evaluationYear = evaluationYear;
        this.kind = kind;
        this.seriesCode = seriesCode;
        this.meetingDate = meetingDate;
        this.filedOn = filedOn;
        this.filedAt = filedAt;
        this.filedBy = filedBy;
        this.note = note;
    }

    FilingRecord toRecord() {
        return new FilingRecord(id, evaluationYear, kind, seriesCode, meetingDate, filedOn, filedBy, note);
    }
}
