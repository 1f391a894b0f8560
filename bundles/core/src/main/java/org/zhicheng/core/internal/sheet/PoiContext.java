package org.zhicheng.core.internal.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Runs POI with core's class loader as the thread's context loader: XMLBeans, embedded in core, finds its schema types
 * through it, and an OSGi thread's context loader (a servlet's, a console's) does not see them. Also sets POI's zip
 * limits once: a sheet whose parts inflate beyond 100 MB, or more than 100-fold, is refused as a zip bomb.
 */
final class PoiContext {

    /** Largest inflated part of an .xlsx; a few MB of spreadsheet never needs more. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    interface Work<T> {
        T run() throws IOException;
    }

    private PoiContext() {
    }

    static <T> T call(Work<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PoiContext.class.getClassLoader());
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
