package org.newsgraph.problem;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

/**
 * Holds every request to the query parameters its resource method declares (see {@link QueryParameters#requireTaken}),
 * so that no resource has to list them twice.
 */
public class TakenQueryParameters {

    private final Map<Method, Map<String, Boolean>> taken = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void requireTaken(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method != null) {
            QueryParameters.requireTaken(uri.getQueryParameters(), taken.computeIfAbsent(method, TakenQueryParameters::declaredBy));
        }
    }

    /** The query parameters of a resource method, each with whether it takes several values. */
    static Map<String, Boolean> declaredBy(Method method) {
        Map<String, Boolean> names = new TreeMap<>();
        for (Parameter parameter : method.getParameters()) {
            String name = parameter.isAnnotationPresent(QueryParam.class) ? parameter.getAnnotation(QueryParam.class).value()
                    : parameter.isAnnotationPresent(RestQuery.class) ? restQueryName(parameter) : null;
            if (name != null) {
                names.put(name, Collection.class.isAssignableFrom(parameter.getType()) || parameter.getType().isArray());
            }
        }
        return names;
    }

    private static String restQueryName(Parameter parameter) {
        String value = parameter.getAnnotation(RestQuery.class).value();
        return value.isEmpty() ? parameter.getName() : value;
    }
}
