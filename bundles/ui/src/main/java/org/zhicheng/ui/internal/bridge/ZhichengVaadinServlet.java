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
import org.zhicheng.ui.internal.i18n.ZhichengTranslations;
import org.zhicheng.ui.internal.navigation.ScreenRegistry;
import org.zhicheng.ui.internal.admin.AccountsView;
import org.zhicheng.ui.internal.admin.AuditView;
import org.zhicheng.ui.internal.admin.CalendarView;
import org.zhicheng.ui.internal.admin.UnitsView;
import org.zhicheng.ui.internal.admin.PluginsView;
import org.zhicheng.ui.internal.views.NoticeView;
import org.zhicheng.ui.internal.views.ResultsView;
import org.zhicheng.ui.internal.views.StandardsView;
import org.zhicheng.ui.internal.notify.MessagesView;
import org.zhicheng.ui.internal.applicant.MyFilesView;
import org.zhicheng.ui.internal.committee.CommitteeView;
import org.zhicheng.ui.internal.expert.ExpertFilesView;
import org.zhicheng.ui.internal.review.ReviewQueueView;
import org.zhicheng.ui.internal.session.AccessGuard;
import org.zhicheng.ui.internal.session.StartPages;
import org.zhicheng.ui.internal.views.ContactsView;
import org.zhicheng.ui.internal.views.HomeView;
import org.zhicheng.ui.internal.views.LoginView;
import org.zhicheng.ui.internal.views.RefusalErrorHandler;
import org.zhicheng.ui.internal.views.RegistrationView;
import org.zhicheng.ui.internal.views.VerificationView;
import org.zhicheng.ui.internal.views.MainLayout;
import org.zhicheng.ui.internal.views.NotFoundView;
import org.zhicheng.ui.internal.views.ZhichengAppShell;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.AppShellRegistry;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * Zhicheng's own bridge between Vaadin Flow and OSGi: Flow's servlet published on the HTTP whiteboard.
 * Before Flow initialises, the bridge puts into the servlet context what a servlet container's
 * class-path scan would have found: the Lookup, the app shell and the routes of this bundle. Routes of
 * plugin screens come and go at run time through {@link ScreenRegistry}.
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
        RouteConfiguration configuration = RouteConfiguration.forRegistry(routes);
        configuration.setRoute(HomeView.ROUTE, HomeView.class, MainLayout.class);
        configuration.setRoute(LoginView.ROUTE, LoginView.class, MainLayout.class);
        configuration.setRoute(RegistrationView.ROUTE, RegistrationView.class, MainLayout.class);
        configuration.setRoute(VerificationView.ROUTE, VerificationView.class, MainLayout.class);
        configuration.setRoute(ContactsView.ROUTE, ContactsView.class, MainLayout.class);
        configuration.setRoute(StartPages.APPLICANT, MyFilesView.class, MainLayout.class);
        configuration.setRoute(StartPages.REVIEW, ReviewQueueView.class, MainLayout.class);
        configuration.setRoute(StartPages.EXPERT, ExpertFilesView.class, MainLayout.class);
        configuration.setRoute(StartPages.COMMITTEE, CommitteeView.class, MainLayout.class);
        configuration.setRoute(StartPages.ADMIN, AccountsView.class, MainLayout.class);
        configuration.setRoute(AuditView.ROUTE, AuditView.class, MainLayout.class);
        configuration.setRoute(PluginsView.ROUTE, PluginsView.class, MainLayout.class);
        configuration.setRoute(CalendarView.ROUTE, CalendarView.class, MainLayout.class);
        configuration.setRoute(UnitsView.ROUTE, UnitsView.class, MainLayout.class);
        configuration.setRoute(NoticeView.ROUTE, NoticeView.class, MainLayout.class);
        configuration.setRoute(StandardsView.ROUTE, StandardsView.class, MainLayout.class);
        configuration.setRoute(ResultsView.ROUTE, ResultsView.class, MainLayout.class);
        configuration.setRoute(MessagesView.ROUTE, MessagesView.class, MainLayout.class);

        super.init(config);
        screens.attach(routes, getService(), MainLayout.class);
        LOG.info("Zhicheng web UI ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    protected void servletInitialized() {
        // Chinese for everyone by default, whatever the browser asks; the header offers English.
        getService().addSessionInitListener(event -> {
            event.getSession().setLocale(ZhichengTranslations.CHINESE);
            event.getSession().setErrorHandler(new RefusalErrorHandler());
        });
        // every navigation checks the target's roles; core checks every act again
        getService().addUIInitListener(event -> event.getUI().addBeforeEnterListener(new AccessGuard()));
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
