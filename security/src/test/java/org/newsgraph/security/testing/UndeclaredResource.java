package org.newsgraph.security.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An endpoint that no entry of the route table declares, added to every application under test: nobody reaches it. */
@Path(UndeclaredResource.PATH)
public class UndeclaredResource {

    public static final String PATH = "/api/v1/undeclared";
    static final String REACHED = "reached an endpoint nobody declared";

    @GET
    public String reach() {
        return REACHED;
    }
}
