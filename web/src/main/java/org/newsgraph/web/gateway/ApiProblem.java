package org.newsgraph.web.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem the API answered with, shown to the person as its title and detail. */
public class ApiProblem extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String title;
    private final String detail;

    public ApiProblem(int status, String title, String detail) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    static ApiProblem of(Response response) {
        int status = response.getStatus();
        String fallback = Response.Status.fromStatusCode(status) == null ? "Error " + status
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        try {
            JsonNode problem = JSON.readTree(response.readEntity(String.class));
            return new ApiProblem(status, text(problem, "title", fallback), text(problem, "detail", null));
        } catch (RuntimeException | java.io.IOException e) {
            // Not a problem document (a proxy's page, say): the status is all there is to say.
            return new ApiProblem(status, fallback, null);
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : fallback;
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
}
