package org.newsgraph.articles.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.newsgraph.articles.search.SearchPage;
import org.newsgraph.articles.search.SearchRequest;
import org.newsgraph.articles.search.Sort;
import org.newsgraph.problem.FieldSelection;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Lists in the API document the values that the search's and the article's parameters take, taken from the types that
 * read them, so that the document names every sort, facet and field there is and no other.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ParameterValuesDocumentation implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Operation search = openApi.getPaths().getPathItem("/articles").getGET();
        Operation article = openApi.getPaths().getPathItem("/articles/{id}").getGET();
        parameter(search, "sort").getSchema().setEnumeration(values(Arrays.stream(Sort.values()).map(Sort::spelling).toList()));
        parameter(search, "facets").getSchema().getItems().setEnumeration(
                values(Arrays.stream(SearchRequest.Facet.values()).map(facet -> facet.name().toLowerCase(Locale.ROOT)).toList()));
        parameter(search, FieldSelection.PARAMETER).getSchema().getItems().setEnumeration(values(FieldSelection.fieldsOf(SearchPage.Hit.class)));
        parameter(article, FieldSelection.PARAMETER).getSchema().getItems().setEnumeration(values(FieldSelection.fieldsOf(ArticleView.class)));
    }

    private static Parameter parameter(Operation operation, String name) {
        return operation.getParameters().stream().filter(parameter -> parameter.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(operation.getOperationId() + " has no parameter " + name));
    }

    private static List<Object> values(List<String> values) {
        return List.copyOf(values);
    }
}
