package org.zhicheng.api.progress;

import org.zhicheng.api.domain.Channel;

/**
 * One channel (申报方式) for an applicant in a series (R-04..R-07): whether they may use it and, if not, why, in
 * Chinese and English.
 */
public record ChannelOption(Channel channel, boolean open, String reason, String englishReason) {

    public ChannelOption {
        reason = reason == null ? "" : reason;
        englishReason = englishReason == null ? "" : englishReason;
    }
}
