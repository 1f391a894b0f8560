package org.zhicheng.rest.internal.resources;

/** The media type of a stored scan from its first bytes: core accepts only PDF, JPEG and PNG. */
final class ScanTypes {

    private ScanTypes() {
    }

    static String of(byte[] content) {
        if (starts(content, '%', 'P', 'D', 'F')) {
            return "application/pdf";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(content, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        return "application/octet-stream";
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
