package org.zhicheng.api.education;

/**
 * An approved continuing-education exemption form (Annex 4, R-18, R-38) that replaces one year's hours.
 *
 * @param approvedBy the approving unit: the 访惠聚 office or the United Front department
 * @param reference  the approval's document number (文号)
 */
public record EducationExemption(long applicantId, int year, String approvedBy, String reference) {
}
