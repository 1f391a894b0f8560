package org.zhicheng.ui.internal.bridge;

import java.util.Collections;
import java.util.Set;

import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;

import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.ui.internal.i18n.Languages;
import org.zhicheng.ui.internal.i18n.ZhichengTranslations;
import org.zhicheng.ui.internal.navigation.ScreenRegistry;
import org.zhicheng.ui.internal.session.AccessGuard;
import org.zhicheng.ui.internal.session.LeftPages;
import org.zhicheng.ui.internal.views.RefusalErrorHandler;
import org.zhicheng.ui.internal.views.MainLayout;
import org.zhicheng.ui.internal.views.NotFoundView;
import org.zhicheng.ui.internal.views.ZhichengAppShell;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.AppShellRegistry;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * Zhicheng's own bridge between Vaadin Flow and OSGi: Flow's servlet published on the HTTP whiteboard.
 * Before Flow initialises, the bridge puts into the servlet context what a servlet container's
 * class-path scan would have found: the Lookup and the app shell. Every route, of this bundle's views and of
 * plugin screens (which come and go at run time), and the guard's roles come from {@link ScreenRegistry}.
 */
@Component(service = Servlet.class, property = {"servlet.init.productionMode=true",
        // No JSR-356 container on Pax Web's whiteboard: Atmosphere goes straight to Servlet 3 async.
        "servlet.init.org.atmosphere.cpr.asyncSupport=org.atmosphere.container.Servlet30CometSupport"})
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardServletName(ZhichengVaadinServlet.NAME)
@HttpWhiteboardServletAsyncSupported
public class ZhichengVaadinServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;
    static final String NAME = "zhicheng-vaadin";
    private static final Logger LOG = LoggerFactory.getLogger(ZhichengVaadinServlet.class);

    private final transient ClassLoader bundleLoader;
    private final transient PublicResources publicResources;
    private final transient ScreenRegistry screens;
    private final transient ZhichengTranslations translations;

    @Activate
    public ZhichengVaadinServlet(BundleContext context, @Reference ScreenRegistry screens,
                                 @Reference ZhichengTranslations translations) {
        this.bundleLoader = context.getBundle().adapt(BundleWiring.class).getClassLoader();
        this.publicResources = new PublicResources(context);
        this.screens = screens;
        this.translations = translations;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        long started = System.nanoTime();
        forgetFlowState(config.getServletContext());
        config.getServletContext().setAttribute(Lookup.class.getName(),
                new BridgeLookup(new BundleResourceProvider(bundleLoader)));
        VaadinServletContext context = new VaadinServletContext(config.getServletContext());
        AppShellRegistry.getInstance(context).setShell(ZhichengAppShell.class);

        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(context);
        routes.setErrorNavigationTargets(Set.of(NotFoundView.class));

        super.init(config);
        // every route, the ui bundle's own and the plugins', comes from the screen registry
        screens.attach(routes, getService(), MainLayout.class);
        LOG.info("Zhicheng web UI ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    protected void servletInitialized() {
        // Chinese for everyone by default, whatever the browser asks; the header offers Uyghur and English, and a
        // choice made there is remembered in a cookie (issue 19)
        getService().addSessionInitListener(event -> {
            event.getSession().setLocale(Languages.remembered(event.getRequest()).orElse(ZhichengTranslations.CHINESE));
            event.getSession().setErrorHandler(new RefusalErrorHandler());
        });
        // every navigation checks the target's roles; core checks every act again
        getService().addUIInitListener(event -> {
            event.getUI().addBeforeEnterListener(new AccessGuard(screens));
            Languages.applyTo(event.getUI()); // Uyghur pages run right to left
            LeftPages.closeLeftFor(event.getUI()); // issue 16: the page a login or a language switch left
        });
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        BridgeServletService service = new BridgeServletService(this, configuration, bundleLoader, translations,
                publicResources);
        service.init();
        return service;
    }

    @Override
    public void destroy() {
        screens.detach();
        if (getService() instanceof BridgeServletService bridge && bridge.injectingInstantiator() != null) {
            bridge.injectingInstantiator().close();
        }
        ServletContext servletContext = getServletContext();
        super.destroy();
        forgetFlowState(servletContext);
    }

    /**
     * The whiteboard's servlet context outlives this bundle: Flow keeps its registries there, so a new
     * life of the bundle starts clean and an old one leaves nothing holding its classes.
     */
    private static void forgetFlowState(ServletContext servletContext) {
        for (String name : Collections.list(servletContext.getAttributeNames())) {
            if (name.startsWith("com.vaadin.")) {
                servletContext.removeAttribute(name);
            }
        }
    }
}
