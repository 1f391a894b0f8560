package org.zhicheng.api.progress;

/** The parts of a file the applicant fills, one tab each. */
public enum FilePart {
    /** 申报内容: the required fields of the sections. */
    SECTIONS,
    /** 附件材料: the education certificates and their proofs. */
    ATTACHMENTS,
    /** 继续教育: the checked years' hours; informs, does not block submitting. */
    EDUCATION,
    /** 个人承诺: the signed personal commitment (Annex 3). */
    COMMITMENT
}
