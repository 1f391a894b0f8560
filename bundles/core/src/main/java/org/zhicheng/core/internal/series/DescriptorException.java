package org.zhicheng.core.internal.series;

/** A series descriptor that cannot be accepted, with the place of the fault for the plugin's author. */
public class DescriptorException extends Exception {
    private static final long serialVersionUID = 1L;

    public DescriptorException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
