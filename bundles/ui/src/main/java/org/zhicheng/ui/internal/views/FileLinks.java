package org.zhicheng.ui.internal.views;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;

/** The file a link asks a page to open ({@code ?file=<id>}, e.g. from a message): only a well-formed id is taken. */
public final class FileLinks {

    public static final String FILE_PARAMETER = "file";

    private FileLinks() {
    }

    public static Optional<Long> requested(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getParameters().getOrDefault(FILE_PARAMETER, List.of()).stream()
                .filter(id -> id.matches("\\d{1,18}")).findFirst().map(Long::valueOf);
    }
}
