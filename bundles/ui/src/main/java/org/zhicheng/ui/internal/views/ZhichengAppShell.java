package org.zhicheng.ui.internal.views;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

/**
 * Page-wide settings. Long-polling push: Pax Web 8's whiteboard offers Atmosphere no JSR-356 container,
 * and WebSocket attempts delay updates by seconds (see stack notes).
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.LONG_POLLING)
@Viewport("width=device-width, initial-scale=1")
public class ZhichengAppShell implements AppShellConfigurator {
    private static final long serialVersionUID = 1L;
}
