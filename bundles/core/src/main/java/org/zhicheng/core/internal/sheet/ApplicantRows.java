package org.zhicheng.core.internal.sheet;

import java.util.List;

import javax.persistence.EntityManager;

import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.persistence.ApplicantEntity;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.Guarded;

/** The applicant a row names by ID number and name, as the actor may record for them (R-19: their county, series). */
final class ApplicantRows {

    static final Column ID_NUMBER = new Column("身份证号", "idNumber");
    static final Column NAME = new Column("姓名", "name");

    private ApplicantRows() {
    }

    /** The applicant, or null after reporting an unknown or mistyped ID number, another name, or one outside the actor's reach. */
    static ApplicantEntity applicant(RowCells cells, EntityManager em, Actor actor) {
        String idText = cells.required(ID_NUMBER);
        String name = cells.required(NAME);
        if (idText == null) {
            return null;
        }
        ResidentIdNumber idNumber;
        try {
            idNumber = new ResidentIdNumber(idText.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int slash = message.indexOf(" / ");
            cells.error(ID_NUMBER, (slash < 0 ? message : message.substring(0, slash)) + "（“" + RowCells.shorten(idText)
                    + "”；在Excel中请把该列设为文本，以免18位数字被改写）", slash < 0 ? message : message.substring(slash + 3));
            return null;
        }
        List<ApplicantEntity> found = em.createNamedQuery(ApplicantEntity.BY_ID_NUMBER, ApplicantEntity.class)
                .setParameter("idNumber", idNumber.value()).getResultList();
        if (found.isEmpty()) {
            cells.error(ID_NUMBER, "平台上没有该身份证号的申报人（" + idNumber.masked() + "）",
                    "no applicant with this ID number (" + idNumber.masked() + ")");
            return null;
        }
        ApplicantEntity applicant = found.get(0);
        String onRecord = applicant.toRecord().fullName();
        if (name != null && !name.equals(onRecord)) {
            cells.error(NAME, "与该身份证号登记的姓名“" + onRecord + "”不符（现为“" + RowCells.shorten(name) + "”）",
                    "does not match the name on record for this ID number");
            return null;
        }
        try {
            // the same check as recording one by one (ContinuingEducationService.record, ApplicantService.recordExamResult)
            Guarded.applicantForAny(em, applicant.getId(), actor, Act.EDIT, Act.BUREAU_REVIEW);
        } catch (ZhichengException e) {
            cells.error(ID_NUMBER, "该申报人（" + idNumber.masked() + "）不在您负责的范围内，不能为其导入",
                    "this applicant is outside what you cover");
            return null;
        }
        return name == null ? null : applicant;
    }
}
