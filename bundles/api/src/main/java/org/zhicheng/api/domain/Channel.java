package org.zhicheng.api.domain;

/** The three ways to apply (申报方式); exactly one per applicant per year. */
public enum Channel {
    /** prefecture directed evaluation, no entrustment letter inside the prefecture. */
    A_PREFECTURE_DIRECTED(false),
    /** recommended to the region or another prefecture, needs an entrustment letter. */
    B_RECOMMENDED(true),
    /** private-enterprise special evaluation, engineering and agriculture only. */
    C_PRIVATE_ENTERPRISE(false);

    private final boolean needsEntrustmentLetter;

    Channel(boolean needsEntrustmentLetter) {
        this.needsEntrustmentLetter = needsEntrustmentLetter;
    }

    public boolean needsEntrustmentLetter() {
        return needsEntrustmentLetter;
    }
}
