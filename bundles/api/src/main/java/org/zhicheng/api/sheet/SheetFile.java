package org.zhicheng.api.sheet;

import java.util.Objects;

/** A spreadsheet made for download: its suggested file name, its format and its bytes. */
public record SheetFile(String fileName, SheetFormat format, byte[] content) {

    public SheetFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String mediaType() {
        return format.mediaType();
    }
}
