package org.newsgraph.problem;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes refusals made before any resource runs as the same RFC 9457 problems the resources answer with. */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void send(RoutingContext context, ProblemException problem) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            // The answer already started streaming; cutting the connection is the only honest signal left.
            context.request().connection().close();
            return;
        }
        if (problem instanceof ProblemHeaders headers) {
            headers.addTo(response.headers());
        }
        Problem body = new Problem(problem.type(), problem.title(), problem.status(), problem.getMessage(),
                PublicPath.of(context.request()), List.of());
        try {
            response.setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
    }
}
