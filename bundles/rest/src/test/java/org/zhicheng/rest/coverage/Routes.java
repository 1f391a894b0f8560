package org.zhicheng.rest.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.ws.rs.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

/** JAX-RS routes as {@code "GET /v1/applications/{id}"}: of compiled resource classes, and of an OpenAPI document. */
final class Routes {

    private Routes() {
    }

    /** Every resource method of the root resources (classes with {@code @Path}) under a folder of compiled classes. */
    static Set<String> ofResources(Path classes, String packagePrefix) {
        Set<String> routes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve(packagePrefix))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        Routes.class.getClassLoader());
                javax.ws.rs.Path root = type.getAnnotation(javax.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        javax.ws.rs.Path sub = method.getAnnotation(javax.ws.rs.Path.class);
                        routes.add(verb + " " + path(root.value() + (sub == null ? "" : "/" + sub.value())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return routes;
    }

    /** Every operation of an OpenAPI 3 document. */
    static Set<String> ofDocument(JsonNode document) {
        Set<String> routes = new TreeSet<>();
        for (Iterator<String> paths = document.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            for (Iterator<String> verbs = document.get("paths").get(path).fieldNames(); verbs.hasNext(); ) {
                String verb = verbs.next().toUpperCase(Locale.ROOT);
                if (Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS").contains(verb)) {
                    routes.add(verb + " " + path(path));
                }
            }
        }
        return routes;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** One leading slash, none doubled or trailing, template variables without their regular expressions. */
    static String path(String raw) {
        String path = ("/" + raw).replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
