package org.newsgraph.web.session;

import java.net.URI;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one page open to everyone: the way in. {@code /sign-in} needs a session, so reaching it without one starts
 * Keycloak's sign-in (authorization code with PKCE); {@code /sign-out} is Quarkus's, and ends the Keycloak session too.
 */
@Path("/")
public class SignInResource {

    record signIn() implements TemplateInstance {
    }

    private final Viewer viewer;

    public SignInResource(Viewer viewer) {
        this.viewer = viewer;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Object home() {
        return viewer.signedIn() ? Response.seeOther(URI.create("/search")).build() : new signIn();
    }

    @GET
    @Path("sign-in")
    public Response signedIn() {
        return Response.seeOther(URI.create("/search")).build();
    }
}
