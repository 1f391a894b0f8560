package org.zhicheng.rest.internal.dto;

import org.zhicheng.api.progress.ChannelOption;

/** A channel (申报方式) and whether the applicant may use it, with the reason when not (R-04..R-07). */
public record ChannelOptionDto(String channel, boolean open, String reason, String englishReason) {

    public static ChannelOptionDto of(ChannelOption option) {
        return new ChannelOptionDto(option.channel().name(), option.open(), option.reason(), option.englishReason());
    }
}
