package org.zhicheng.ui.internal.bridge;

import java.net.URL;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;

/** Flow's servlet service with the ui bundle's class loader and the service-injecting instantiator. */
final class BridgeServletService extends VaadinServletService {

    private static final long serialVersionUID = 1L;

    private final transient ClassLoader bundleLoader;
    private final transient I18NProvider i18n;
    private final transient PublicResources publicResources;
    private transient ServiceInjectingInstantiator instantiator;

    BridgeServletService(VaadinServlet servlet, DeploymentConfiguration configuration, ClassLoader bundleLoader,
                         I18NProvider i18n, PublicResources publicResources) {
        super(servlet, configuration);
        this.bundleLoader = bundleLoader;
        this.i18n = i18n;
        this.publicResources = publicResources;
    }

    @Override
    public URL getStaticResource(String path) {
        URL fromContext = super.getStaticResource(path);
        return fromContext != null ? fromContext : publicResources.find(path).orElse(null);
    }

    @Override
    protected void setDefaultClassLoader() {
        // The servlet context's loader is Pax Web's; Flow must find the frontend bundle in ours.
        setClassLoader(bundleLoader);
    }

    @Override
    protected Instantiator createInstantiator() throws ServiceException {
        instantiator = new ServiceInjectingInstantiator(this, i18n);
        instantiator.init(this);
        return instantiator;
    }

    ServiceInjectingInstantiator injectingInstantiator() {
        return instantiator;
    }
}
