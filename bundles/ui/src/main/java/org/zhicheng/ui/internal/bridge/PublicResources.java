package org.zhicheng.ui.internal.bridge;

import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What a servlet container does for jars on the class path: files under {@code META-INF/resources}
 * of any bundle are public static resources (Flow's push script in flow-push, images a series plugin
 * ships). Looked up by bundle entry, so only that folder is ever exposed.
 */
final class PublicResources {

    private static final String FOLDER = "META-INF/resources";

    private record Found(Bundle bundle, URL url) {
    }

    private final BundleContext context;
    private final Map<String, Found> cache = new ConcurrentHashMap<>();

    PublicResources(BundleContext context) {
        this.context = context;
    }

    Optional<URL> find(String path) {
        if (path == null || !path.startsWith("/") || path.contains("..")) {
            return Optional.empty();
        }
        Found cached = cache.get(path);
        if (cached != null && cached.bundle().getState() != Bundle.UNINSTALLED) {
            return Optional.of(cached.url());
        }
        for (Bundle bundle : context.getBundles()) {
            if ((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) == 0) {
                continue;
            }
            URL url = bundle.getEntry(FOLDER + path);
            if (url != null && !path.endsWith("/")) {
                cache.put(path, new Found(bundle, url));
                return Optional.of(url);
            }
        }
        cache.remove(path);
        return Optional.empty();
    }
}
