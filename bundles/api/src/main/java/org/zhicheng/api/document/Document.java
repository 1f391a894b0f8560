package org.zhicheng.api.document;

import java.util.Arrays;
import java.util.Objects;

/**
 * A document made by core, ready to be downloaded or stored.
 *
 * @param fileName  a name to save it under, e.g. {@code certificate-ZC-2023-WATERCONSERVANCY-000001.pdf}
 * @param mediaType e.g. {@code application/pdf}
 * @param bytes     the content; copied in and out, so a document never changes
 */
public record Document(String fileName, String mediaType, byte[] bytes) {

    public static final String PDF = "application/pdf";

    public Document {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Document d && fileName.equals(d.fileName) && mediaType.equals(d.mediaType)
                && Arrays.equals(bytes, d.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Document[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
