package org.zhicheng.api.progress;

/** How much of one part of the file is done: {@code done} of {@code total} things the part asks for. */
public record PartCompletion(FilePart part, int done, int total) {

    public boolean complete() {
        return done >= total;
    }
}
