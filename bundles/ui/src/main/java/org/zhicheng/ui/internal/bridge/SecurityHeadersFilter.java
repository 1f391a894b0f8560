package org.zhicheng.ui.internal.bridge;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Security headers on every response of the platform's Jetty (issue 15, item 3): the Vaadin UI, its static
 * resources and stream resources (printable documents, scans), and the REST API, which the JAX-RS whiteboard serves
 * from a servlet context of its own under /api; hence the filter selects every context.
 *
 * <p>The policy is what Vaadin Flow 23 in production mode needs and no more: its bootstrap page carries inline
 * scripts and the client evaluates the server's JavaScript ({@code executeJs}), so scripts need 'unsafe-inline' and
 * 'unsafe-eval'; Lumo and the components set inline styles. Everything loads from this origin; nothing may frame the
 * platform, except its own scan preview, which frames a scan the platform serves (a Vaadin stream resource).
 *
 * <p>What cannot be tightened in Vaadin 23.3, and why (checked in the browser tests, which fail on any violation):
 * 'unsafe-eval' stays because Flow's client runs every {@code executeJs} and {@code callJsFunction} of the platform and
 * of Vaadin's own components (Grid, dialogs, upload) through {@code new Function(..)}, and 23.3 has no hook to replace
 * it; 'unsafe-inline' for scripts stays because the bootstrap page inlines the initial UI state, different for each
 * request, so no hash fits, and 23.3 gives no nonce to the scripts it adds; 'unsafe-inline' for styles because Lumo and
 * the components set style attributes. What is tightened: no plugins ({@code object-src 'none'}) outside the scan
 * preview, and the REST API's JSON and the OpenAPI document, which no browser runs, get {@link #API_POLICY}: nothing
 * may load or run from them at all.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterName("zhicheng-security-headers")
@HttpWhiteboardFilterAsyncSupported
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
public class SecurityHeadersFilter implements Filter {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "base-uri 'self'; form-action 'self'; ";
    /** Answers of the REST API and its OpenAPI document: data, never a page (issue 15). */
    static final String API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String API_DATA = "/api/v1/";
    static final String API_DOCUMENT = "/api/openapi.";
    /** Vaadin's stream resources: the scan preview dialog shows a PDF scan in an iframe of the same origin. */
    static final String STREAM_RESOURCES = "/VAADIN/dynamic/resource/";

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http && request instanceof HttpServletRequest httpRequest) {
            String path = httpRequest.getRequestURI();
            boolean framedByUs = path.startsWith(STREAM_RESOURCES);
            http.setHeader("Content-Security-Policy", path.startsWith(API_DATA) || path.startsWith(API_DOCUMENT) ? API_POLICY
                    : POLICY + (framedByUs ? "frame-ancestors 'self'" : "object-src 'none'; frame-ancestors 'none'"));
            http.setHeader("X-Frame-Options", framedByUs ? "SAMEORIGIN" : "DENY");
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "same-origin");
        }
        chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
        // nothing held
    }
}
