package org.newsgraph.gateway.routing;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A path such as {@code /actors/{id}/merge}. A variable matches one segment of unreserved characters only, so that
 * no encoded slash or dot segment can make a service read a different path than the one authorised here.
 */
public record PathTemplate(String template, List<String> segments) {

    private static final Pattern SEGMENT_VALUE = Pattern.compile("[A-Za-z0-9._~-]+");

    public static PathTemplate of(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with /: " + template);
        }
        return new PathTemplate(template, segmentsOf(template));
    }

    public boolean matches(String path) {
        List<String> actual = segmentsOf(path);
        if (actual.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String value = actual.get(i);
            boolean matches = isVariable(expected)
                    ? SEGMENT_VALUE.matcher(value).matches() && !value.equals(".") && !value.equals("..")
                    : expected.equals(value);
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static List<String> segmentsOf(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("/", -1));
    }

    @Override
    public String toString() {
        return template;
    }
}
