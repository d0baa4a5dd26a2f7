package org.newsgraph.web.page;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newsgraph.web.gateway.ApiProblem;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;

/** Every failure as a page that says what went wrong: an API problem by its title and detail, never a blank page. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    record error(int status, String title, String detail) implements TemplateInstance {
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> problem(ApiProblem problem) {
        return page(problem.status(), problem.title(), problem.detail());
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> forbidden(ForbiddenException e) {
        return page(403, "Not allowed", "Your account's roles do not allow this.");
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> notFound(NotFoundException e) {
        return page(404, "Not found", "There is no such page.");
    }

    /** The gateway did not answer at all: down, or too slow. */
    @ServerExceptionMapper
    public RestResponse<TemplateInstance> unreachable(ProcessingException e) {
        LOG.warnf("The API could not be reached: %s", e.getMessage());
        return page(503, "The news API cannot be reached", "Try again in a moment.");
    }

    private static RestResponse<TemplateInstance> page(int status, String title, String detail) {
        return RestResponse.ResponseBuilder.<TemplateInstance>create(status)
                .entity(new error(status, title, detail)).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
