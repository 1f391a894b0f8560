package org.zhicheng.rest.internal.dto;

import java.time.LocalDate;
import java.util.List;

/** Bodies and answers of the bulk office acts (issue 16, {@code /api/v1/bulk/...}): one list, all or nothing. */
public final class BulkRequests {

    private BulkRequests() {
    }

    /** One file of a list: its id and the {@code version} of it the caller saw. */
    public record FileItem(Long applicationId, Long expectedVersion) {
    }

    /** Body of the acts on a list of files: acceptance, to the committee, certificates. */
    public record FilesRequest(List<FileItem> files) {
    }

    /**
     * One line of a bank statement: the file, its version, the amount (must be the fee, R-29), {@code QR_CODE} or
     * {@code BANK_TRANSFER}, the bank's reference, the ISO date paid (not after the fee deadline, R-09).
     */
    public record FeeItem(Long applicationId, Long expectedVersion, Integer amountYuan, String method, String reference,
                          LocalDate paidOn) {
    }

    /** Body of {@code POST /api/v1/bulk/fee-payments}. */
    public record FeesRequest(List<FeeItem> lines) {
    }

    /** The files as the act left them, in the order given. */
    public record FilesDone(int count, List<ApplicationDto> files) {
    }

    /** The certificates issued, in the order given. */
    public record CertificatesDone(int count, List<CertificateDto> certificates) {
    }
}
