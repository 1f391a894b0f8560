package org.zhicheng.ui.internal.file;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.StreamResource;

/**
 * A scan shown in place, for the applicant, the reviewers and (masked, R-17) the blind experts: an image inline, a
 * PDF in a frame; the bytes are read through core on each request, so every view is checked and matched to its
 * SHA-256.
 */
public final class ScanPreview {

    private ScanPreview() {
    }

    /** The scan as a resource named {@code name} (the only name the browser sees) whose bytes core gives. */
    public static StreamResource resource(String name, String contentType, Supplier<byte[]> content) {
        StreamResource resource = new StreamResource(name, () -> new ByteArrayInputStream(content.get()));
        resource.setContentType(contentType);
        return resource;
    }

    /** Opens the dialog {@code #attachment-preview}, closed by {@code #preview-close}. */
    public static void open(Component owner, String title, String contentType, StreamResource resource) {
        Dialog dialog = new Dialog();
        dialog.setId("attachment-preview");
        dialog.setHeaderTitle(title);
        if ("application/pdf".equals(contentType)) {
            IFrame frame = new IFrame();
            frame.getElement().setAttribute("src", resource);
            frame.setWidth("min(80vw, 900px)");
            frame.setHeight("75vh");
            dialog.add(frame);
        } else {
            Image image = new Image(resource, title);
            image.getStyle().set("max-width", "min(80vw, 900px)").set("max-height", "75vh");
            dialog.add(image);
        }
        Button close = new Button(owner.getTranslation("common.close"), click -> dialog.close());
        close.setId("preview-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    /** The size as people read it: KB below a megabyte, else MB with one decimal. */
    public static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB" : String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
