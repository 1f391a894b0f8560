package org.zhicheng.api.meeting;

/**
 * A member who withdraws from one candidate: declared, or derived from the data (the candidate's unit).
 *
 * @param derived whether the platform found the conflict rather than someone declaring it
 */
public record Recusal(String expertId, long applicationId, String reason, boolean derived) {
}
