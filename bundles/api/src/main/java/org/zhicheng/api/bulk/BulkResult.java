package org.zhicheng.api.bulk;

import java.util.List;

import org.zhicheng.api.domain.Application;

/** The files of a bulk act as the act left them (new status and version), in the order they were given. */
public record BulkResult(List<Application> files) {

    public BulkResult {
        files = List.copyOf(files);
    }

    public int count() {
        return files.size();
    }
}
