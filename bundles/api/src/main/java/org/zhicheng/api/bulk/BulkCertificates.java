package org.zhicheng.api.bulk;

import java.util.List;

import org.zhicheng.api.certificate.Certificate;

/** The certificates a bulk issue made, in the order the files were given. */
public record BulkCertificates(List<Certificate> certificates) {

    public BulkCertificates {
        certificates = List.copyOf(certificates);
    }

    public int count() {
        return certificates.size();
    }
}
