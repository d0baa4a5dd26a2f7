package org.newsgraph.web.gateway;

import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem the API answered with, shown to the person as its title and detail, and for invalid input as
 * the rules each field broke.
 */
public class ApiProblem extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rule the request broke, as the API's {@code errors} member names it. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    public ApiProblem(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    private ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = errors;
    }

    static ApiProblem of(Response response) {
        return of(response.getStatus(), response.readEntity(String.class));
    }

    static ApiProblem of(int status, String body) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String fallback = known == null ? "Error " + status : known.getReasonPhrase();
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem == null || !problem.isObject()) {
                return new ApiProblem(status, fallback, null);
            }
            return new ApiProblem(status, text(problem, "title", fallback), text(problem, "detail", null), errors(problem));
        } catch (IOException | RuntimeException e) {
            // Not a problem document (a proxy's page, say): the status is all there is to say.
            return new ApiProblem(status, fallback, null);
        }
    }

    private static List<FieldError> errors(JsonNode problem) {
        JsonNode errors = problem.path("errors");
        return StreamSupport.stream(errors.spliterator(), false)
                .filter(error -> error.hasNonNull("message"))
                .map(error -> new FieldError(text(error, "field", ""), error.get("message").asText()))
                .toList();
    }

    private static String text(JsonNode node, String field, String fallback) {
        return node.hasNonNull(field) ? node.get(field).asText() : fallback;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** Empty unless the API named the fields at fault. */
    public List<FieldError> errors() {
        return errors;
    }
}
