package org.zhicheng.ui.internal.sheet;

import java.io.ByteArrayInputStream;
import java.util.function.Function;

import org.zhicheng.api.sheet.SheetFile;
import org.zhicheng.api.sheet.SheetFormat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.StreamResource;

/**
 * Download links for one export, .xlsx and CSV. The sheet is made by core when the link is followed (with what the
 * screen shows at that moment), with core's checks for the signed-in user. Ids: {@code <id>-xlsx}, {@code <id>-csv}.
 */
public class SheetDownloads extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    public SheetDownloads(String id, String fileName, Function<SheetFormat, SheetFile> export) {
        setId(id);
        setSpacing(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        for (SheetFormat format : SheetFormat.values()) {
            StreamResource resource = new StreamResource(fileName + "." + format.extension(),
                    () -> new ByteArrayInputStream(export.apply(format).content()));
            resource.setContentType(format.mediaType());
            Anchor anchor = new Anchor(resource, getTranslation("sheet.download." + format.extension()));
            anchor.getElement().setAttribute("download", true);
            anchor.setId(id + "-" + format.extension());
            add(anchor);
        }
    }
}
