package org.zhicheng.api.sheet;

import java.util.Locale;
import java.util.Optional;

/** The two spreadsheet formats the platform writes and reads. */
public enum SheetFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** UTF-8 with a byte-order mark, so that Excel opens the Chinese text right. */
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    SheetFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** {@code xlsx} or {@code csv}, any case; empty for anything else. */
    public static Optional<SheetFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.trim().toLowerCase(Locale.ROOT);
        for (SheetFormat format : values()) {
            if (format.extension.equals(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
