package org.zhicheng.rest.internal.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files packaged in this bundle (the API document and its page). */
final class BundledFiles {

    private BundledFiles() {
    }

    static byte[] read(String path) {
        try (InputStream in = BundledFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the rest bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
