package org.zhicheng.rest.internal.problem;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.zhicheng.rest.internal.Extensions;

/**
 * The runtime's own errors (unknown route 404, wrong method 405, 406, 415, unreadable body 400) as problems. CXF
 * ships a default mapper for {@link WebApplicationException} that is more specific than {@link ThrowableMapper};
 * this one, as specific and user-supplied, takes precedence over it.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(Extensions.WEB_PROBLEMS)
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException failure) {
        return Problems.response(failure);
    }
}
