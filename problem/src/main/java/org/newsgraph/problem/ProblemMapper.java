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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Turns every failure of a request into a problem body, so that no client ever parses an HTML or empty error. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response domain(ProblemException problem, UriInfo uri) {
        return respond(problem.type(), problem.title(), problem.status(), problem.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException invalid, UriInfo uri) {
        List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(field(violation.getPropertyPath().toString()), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(about("invalid-request"), "Invalid request", 400, "The request breaks " + errors.size() + " rule(s).", uri, errors);
    }

    /** Ahead of Quarkus' own mapper of this exception, which answers an empty 400. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException mismatch, UriInfo uri) {
        return unreadable(mismatch, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException unreadable, UriInfo uri) {
        return unreadable(unreadable, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException failure, UriInfo uri) {
        if (failure instanceof RedirectionException) {
            return failure.getResponse(); // an answer elsewhere, not a problem
        }
        if (failure.getCause() instanceof JacksonException unreadable) {
            // Quarkus wraps a body that is not JSON at all.
            return unreadable(unreadable, uri);
        }
        int status = failure.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(about(slug(title)), title, status, failure.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException failure, UriInfo uri) {
        LOG.error("Unexpected failure of " + uri.getPath(), failure);
        return respond(about("internal-error"), "Internal error", 500, "The server failed; the failure is logged.", uri, List.of());
    }

    public static URI about(String slug) {
        return URI.create("https://newsgraph.org/problems/" + slug);
    }

    static Response respond(URI type, String title, int status, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return respond(Response.status(status), new Problem(type, title, status, detail, instance(uri), errors));
    }

    /** The problem as the body of the response being built. */
    public static Response respond(Response.ResponseBuilder response, Problem problem) {
        if (problem.status() < 500) {
            LOG.debugf("Refused %s with %d: %s", problem.instance(), problem.status(), problem.detail());
        }
        return response.type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static URI instance(UriInfo uri) {
        return uri == null ? null : URI.create(uri.getPath());
    }

    private static Response unreadable(JacksonException unreadable, UriInfo uri) {
        Problem problem = JsonBodies.problemWith(unreadable);
        return respond(Response.status(problem.status()),
                new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), instance(uri), problem.errors()));
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
