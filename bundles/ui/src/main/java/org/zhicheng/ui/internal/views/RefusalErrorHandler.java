package org.zhicheng.ui.internal.views;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.service.ZhichengException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/**
 * The last safety net of every page: a refusal that no view caught is shown as the service's own Chinese message;
 * anything else is logged and the user sees a short Chinese notice instead of Vaadin's English "Internal error".
 */
public class RefusalErrorHandler implements ErrorHandler {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RefusalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause != null && !(cause instanceof ZhichengException)) {
            cause = cause.getCause();
        }
        UI ui = UI.getCurrent();
        if (cause instanceof ZhichengException refusal) {
            if (ui != null) {
                ui.access(() -> Notices.refused(refusal));
            }
            return;
        }
        LOG.error("Unexpected error in the web UI", event.getThrowable());
        if (ui != null) {
            ui.access(() -> Notices.error(ui.getTranslation("error.unexpected")));
        }
    }
}
