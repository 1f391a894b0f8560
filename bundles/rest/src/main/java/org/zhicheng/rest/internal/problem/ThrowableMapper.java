package org.zhicheng.rest.internal.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.zhicheng.rest.internal.Extensions;

/** Every exception a resource throws becomes a problem ({@link Problems}). */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(Extensions.PROBLEMS)
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    /** The request's, for the language of a refusal's detail. */
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        return Problems.response(failure, RequestLanguage.of(headers));
    }
}
