package org.zhicheng.api.domain;

import java.util.Objects;

public record NewApplication(long applicantId, int evaluationYear, String seriesCode, String specialty,
                             TitleLevel level, Channel channel) {
    public NewApplication {
        seriesCode = NewApplicant.requireText(seriesCode, "请选择系列 / series is required");
        specialty = NewApplicant.requireText(specialty, "请选择专业 / specialty is required");
        Objects.requireNonNull(level, "请选择级别 / level is required");
        Objects.requireNonNull(channel, "请选择申报方式 / channel is required");
        if (evaluationYear < 2000 || evaluationYear > 2100) {
            throw new IllegalArgumentException("评审年度无效 / evaluation year out of range: " + evaluationYear);
        }
    }
}
