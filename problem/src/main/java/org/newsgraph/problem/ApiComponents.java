package org.newsgraph.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Describes, in every service's API document, what every service shares: the {@link Problem} body, the 304 answer to a
 * conditional GET, and the instant or date {@link QueryParameters#instant} reads. Operations name them by reference:
 * {@code @APIResponse(responseCode = "404", ref = PROBLEM)}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiComponents implements OASFilter {

    public static final String PROBLEM = "Problem";
    public static final String NOT_MODIFIED = "NotModified";
    public static final String INSTANT_OR_DATE = "InstantOrDate";
    static final String FIELD_ERROR = "FieldError";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(OASFactory.createComponents());
        }
        Components components = openApi.getComponents();
        components.addSchema(PROBLEM, problem());
        components.addSchema(FIELD_ERROR, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An input field and the rule it broke")
                .addProperty("field", string("The field, as the request named it: title, addAliases[0]"))
                .addProperty("message", string("What is wrong with it")));
        components.addSchema(INSTANT_OR_DATE, OASFactory.createSchema()
                .description("An ISO-8601 instant (2026-12-05T09:30:00Z) or a date (2026-12-05), which stands for its start in UTC")
                .oneOf(List.of(string("An instant").format("date-time"), string("A date").format("date"))));
        components.addResponse(PROBLEM, OASFactory.createAPIResponse()
                .description("A problem: its type names the kind, its detail says what was wrong and how to put it right")
                .content(problemContent()));
        components.addResponse(NOT_MODIFIED, OASFactory.createAPIResponse()
                .description("If-None-Match names the current ETag (or is *): the caller's copy is current; no body")
                .addHeader("ETag", OASFactory.createHeader().schema(string("The current strong ETag"))));
    }

    /** An answer's body as a {@link Problem}, for the answers described outside this class (401, 403). */
    public static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    static Schema problem() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("The kind of problem: https://newsgraph.org/problems/<kind>").format("uri"))
                .addProperty("title", string("The kind, for people"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("The HTTP status"))
                .addProperty("detail", string("This occurrence: what was wrong and how to put it right"))
                .addProperty("instance", string("The path asked for, as the caller sent it").format("uri-reference"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("For invalid input: which field broke which rule")
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)))
                .addExample(example());
    }

    /** In the order a problem is written, so that every build writes the same document. */
    private static Map<String, Object> example() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://newsgraph.org/problems/invalid-query");
        example.put("title", "Invalid query");
        example.put("status", 400);
        example.put("detail", "sort must be relevance, newest or oldest.");
        example.put("instance", "/api/v1/articles?sort=best");
        return example;
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
