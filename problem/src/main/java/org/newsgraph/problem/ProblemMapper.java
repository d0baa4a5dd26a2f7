package org.newsgraph.problem;

import java.net.URI;
import java.util.List;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/** Turns every failure of a request into a problem body, so that no client ever parses an HTML or empty error. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response domain(ProblemException problem, ContainerRequestContext request) {
        return respond(problem.type(), problem.title(), problem.status(), problem.getMessage(), request, List.of());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException invalid, ContainerRequestContext request) {
        List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(field(violation.getPropertyPath().toString()), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(about("invalid-request"), "Invalid request", 400, "The request breaks " + errors.size() + " rule(s).", request, errors);
    }

    /** Ahead of Quarkus' own mapper of this exception, which answers an empty 400. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException mismatch, ContainerRequestContext request) {
        return unreadable(mismatch, request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException unreadable, ContainerRequestContext request) {
        return unreadable(unreadable, request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException failure, ContainerRequestContext request) {
        if (failure instanceof RedirectionException) {
            return failure.getResponse(); // an answer elsewhere, not a problem
        }
        if (failure.getCause() instanceof JacksonException unreadable) {
            // Quarkus wraps a body that is not JSON at all.
            return unreadable(unreadable, request);
        }
        int status = failure.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(about(slug(title)), title, status, failure.getMessage(), request, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException failure, ContainerRequestContext request) {
        LOG.error("Unexpected failure of " + request.getUriInfo().getPath(), failure);
        return respond(about("internal-error"), "Internal error", 500, "The server failed; the failure is logged.", request, List.of());
    }

    public static URI about(String slug) {
        return URI.create("https://newsgraph.org/problems/" + slug);
    }

    static Response respond(URI type, String title, int status, String detail, ContainerRequestContext request, List<Problem.FieldError> errors) {
        return respond(Response.status(status), new Problem(type, title, status, detail, instance(request), errors));
    }

    /** The problem as the body of the response being built. */
    public static Response respond(Response.ResponseBuilder response, Problem problem) {
        if (problem.status() < 500) {
            LOG.debugf("Refused %s with %d: %s", problem.instance(), problem.status(), problem.detail());
        }
        return response.type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static URI instance(ContainerRequestContext request) {
        return PublicPath.of(request.getUriInfo().getPath(), request.getHeaderString(PublicPath.FORWARDED_PREFIX));
    }

    private static Response unreadable(JacksonException unreadable, ContainerRequestContext request) {
        Problem problem = JsonBodies.problemWith(unreadable);
        return respond(Response.status(problem.status()),
                new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), instance(request), problem.errors()));
    }

    /** "create.request.title" names the field "title". */
    private static String field(String path) {
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }

    static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
