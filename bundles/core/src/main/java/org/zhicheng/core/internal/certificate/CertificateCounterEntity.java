package org.zhicheng.core.internal.certificate;

import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The last running number given to a certificate of one evaluation year. Issuing locks the year's row
 * (SELECT … FOR UPDATE), so that concurrent issues take consecutive numbers instead of the same one; the unique
 * constraints on ZC_CERTIFICATE stay as the last line of defence.
 */
@Entity
@Cacheable(false)
@Table(name = "ZC_CERTIFICATE_COUNTER")
public class CertificateCounterEntity {

    @Id
    @Column(name = "EVALUATION_YEAR", nullable = false, updatable = false)
    private int evaluationYear;

    @Column(name = "LAST_NUMBER", nullable = false)
    private int lastNumber;

    protected CertificateCounterEntity() {
        // for JPA
    }

    CertificateCounterEntity(int evaluationYear) {
        this.evaluationYear = evaluationYear;
    }

    int next() {
        return ++lastNumber;
    }
}
