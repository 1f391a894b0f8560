package org.zhicheng.api.bulk;

/** One file of a bulk act: its id and the version the caller last saw (the single acts' optimistic check). */
public record FileRef(long applicationId, long expectedVersion) {
}
