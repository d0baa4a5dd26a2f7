package org.newsgraph.actors.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsgraph.actors.annotation.Reannotation;
import org.newsgraph.problem.ProblemException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/admin/reannotation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "For operators inside the cluster; the gateway does not offer these")
public class AdminResource {

    private final Reannotation reannotation;

    public AdminResource(Reannotation reannotation) {
        this.reannotation = reannotation;
    }

    @POST
    @Operation(summary = "Read every article again", description = "After an engine change. Runs in the background; GET shows progress.")
    public Response start() {
        if (!reannotation.start()) {
            throw new ProblemException(409, "reannotation-running", "Already running",
                    "Every article is being read again already; GET shows how far it got.");
        }
        return Response.accepted(reannotation.progress()).header("Location", "/admin/reannotation").build();
    }

    @GET
    @Operation(summary = "How far reading every article again has come")
    public Reannotation.Progress progress() {
        return reannotation.progress();
    }
}
