package org.zhicheng.core.internal.attachment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.persistence.EntityManager;

import org.zhicheng.api.attachment.AttachmentType;

/**
 * every degree or diploma certificate comes with its CHSI record (学信网电子注册备案表 or 学籍在线验证报告) or,
 * where none exists, the graduate registration form from the personnel file. One check for the attachments screen
 * and for the submission, so that what the screen lists is what blocks submitting.
 */
public final class EducationProof {

    private EducationProof() {
    }

    /** What is missing, in the applicant's words; empty when the file's scans prove its education. */
    public static List<String> missing(Collection<AttachmentType> types) {
        long certificates = types.stream().filter(t -> t == AttachmentType.EDUCATION_CERTIFICATE).count();
        long proofs = types.stream().filter(t -> t == AttachmentType.CHSI_RECORD
                || t == AttachmentType.GRADUATE_REGISTRATION_FORM).count();
        List<String> missing = new ArrayList<>();
        if (certificates == 0) {
            missing.add("缺少学历（学位）证书");
        }
        if (proofs < certificates) {
            missing.add("每份学历证书须附学信网电子注册备案表或学籍在线验证报告，无法提供的附毕业生登记表（还缺"
                    + (certificates - proofs) + "份）");
        }
        return missing;
    }

    /** The same for a stored file, inside the caller's transaction. */
    public static List<String> missing(EntityManager em, long applicationId) {
        return missing(em.createNamedQuery(AttachmentEntity.FOR_APPLICATION, AttachmentEntity.class)
                .setParameter("applicationId", applicationId).getResultList().stream().map(AttachmentEntity::getType).toList());
    }
}
