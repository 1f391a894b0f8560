package org.zhicheng.api.career;

import java.time.LocalDate;
import java.util.Objects;

import org.zhicheng.api.bridge.VocationalQualification;

/**
 * A vocational qualification (职业资格或职业技能等级证书) that may open the high-skill bridge.
 *
 * @param level    高级工, 技师 or 高级技师
 * @param number   the certificate's number
 * @param issuedOn the day it was issued
 */
public record VocationalCertificate(VocationalQualification level, String number, LocalDate issuedOn) {

    public VocationalCertificate {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }
}
