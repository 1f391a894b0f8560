package org.zhicheng.ui.internal.bridge;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.di.ResourceProvider;

/**
 * Resolves Flow's resources (the production frontend bundle, its build info and stats) in the ui
 * bundle, which carries them under {@code META-INF/VAADIN}. A bundle class loader sees only its own
 * entries and imported packages, which is exactly the set Flow may use.
 */
final class BundleResourceProvider implements ResourceProvider {

    private final ClassLoader bundleLoader;

    BundleResourceProvider(ClassLoader bundleLoader) {
        this.bundleLoader = bundleLoader;
    }

    @Override
    public URL getApplicationResource(String path) {
        return bundleLoader.getResource(path);
    }

    @Override
    public List<URL> getApplicationResources(String path) throws IOException {
        return Collections.list(bundleLoader.getResources(path));
    }

    @Override
    public URL getClientResource(String path) {
        return bundleLoader.getResource(path);
    }

    @Override
    public InputStream getClientResourceAsStream(String path) throws IOException {
        URL url = getClientResource(path);
        if (url == null) {
            throw new IOException("Client resource not found: " + path);
        }
        return url.openStream();
    }
}
