package org.zhicheng.api.bulk;

import java.util.List;

import org.zhicheng.api.security.Actor;

/**
 * Office acts on a list of files (issue 16): a bank statement's fees, the paid files sent to the committee, a meeting's
 * certificates, a batch of accepted material. Each call is one transaction: ALL OR NOTHING. Every file is checked
 * exactly as the single act checks it (the same actor check, version, rules and workflow row) and gets its own status
 * change and audit entry; the first refused file refuses the whole list, with that file's refusal code and status and
 * a message naming the file and its place in the list, and nothing is changed.
 * <p>
 * A list holds 1 to {@link #MAX_FILES} files, each at most once.
 */
public interface BulkOfficeActs {

    /** The most files one call takes. */
    int MAX_FILES = 500;

    /**
     * Fee payments from a list: each file must show 已接收材料, each amount must equal the fee the platform
     * derives for the file, each payment date lie within the year's fee deadline. Same roles as the single payment.
     */
    BulkResult recordFeePayments(List<FeeLine> lines, Actor actor);

    /** The county bureau's (or series department's) acceptance of a list of recommended files. */
    BulkResult acceptMaterials(List<FileRef> files, Actor actor);

    /** The committee office sends a list of paid files to the committee. */
    BulkResult startEvaluations(List<FileRef> files, Actor actor);

    /** The committee office issues the certificates of a list of passed files, e.g. a meeting's. */
    BulkCertificates issueCertificates(List<FileRef> files, Actor actor);
}
