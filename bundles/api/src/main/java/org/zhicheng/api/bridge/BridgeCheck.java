package org.zhicheng.api.bridge;

/** Whether a bridge application may go ahead, and if not why, in Chinese for the applicant and in English. */
public record BridgeCheck(boolean eligible, String chineseReason, String englishReason) {

    public static final BridgeCheck ELIGIBLE = new BridgeCheck(true, "", "");
}
