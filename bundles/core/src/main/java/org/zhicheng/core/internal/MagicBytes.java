package org.zhicheng.core.internal;

/** The first bytes of an upload, for telling file types apart before they are parsed whole. */
public final class MagicBytes {

    private MagicBytes() {
    }

    /** Whether the content begins with these bytes (each given as 0..255). */
    public static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
