package org.newsgraph.security;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newsgraph.problem.Problem;
import org.newsgraph.problem.ProblemMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** 401 and 403 as problems, so that clients read every refusal the same way. */
public class SecurityProblems {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(UriInfo uri) {
        return ProblemMapper.respond(Response.status(401).header("WWW-Authenticate", "Bearer realm=\"newsgraph\""),
                new Problem(ProblemMapper.about("unauthenticated"), "Unauthenticated", 401,
                        "Send a valid bearer token from the newsgraph realm.", ProblemMapper.instance(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException forbidden, UriInfo uri) {
        return ProblemMapper.respond(Response.status(403), new Problem(ProblemMapper.about("forbidden"), "Forbidden", 403,
                forbidden.getMessage() == null || forbidden.getMessage().isBlank()
                        ? "Your roles do not allow this." : forbidden.getMessage(),
                ProblemMapper.instance(uri), List.of()));
    }
}
