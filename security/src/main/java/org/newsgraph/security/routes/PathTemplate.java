package org.newsgraph.security.routes;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A path such as {@code /actors/{id}/merge}, or {@code /q/health/**} for a path and anything below it. A variable
 * matches one segment of unreserved characters only, so that no encoded slash or dot segment can make a service read
 * a different path than the one authorised here.
 */
public record PathTemplate(String template, List<String> segments) {

    private static final Pattern SEGMENT_VALUE = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final String ANYTHING_BELOW = "**";

    public static PathTemplate of(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path template starts with /: " + template);
        }
        List<String> segments = segmentsOf(template);
        if (segments.subList(0, Math.max(0, segments.size() - 1)).contains(ANYTHING_BELOW)) {
            throw new IllegalArgumentException("** ends a path template: " + template);
        }
        return new PathTemplate(template, segments);
    }

    public boolean matches(String path) {
        List<String> actual = segmentsOf(path);
        boolean open = !segments.isEmpty() && segments.get(segments.size() - 1).equals(ANYTHING_BELOW);
        int fixed = open ? segments.size() - 1 : segments.size();
        if (open ? actual.size() < fixed : actual.size() != fixed) {
            return false;
        }
        for (int i = 0; i < fixed; i++) {
            String expected = segments.get(i);
            String value = actual.get(i);
            boolean matches = isVariable(expected) ? isValue(value) : expected.equals(value);
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    private static boolean isValue(String segment) {
        return SEGMENT_VALUE.matcher(segment).matches() && !segment.equals(".") && !segment.equals("..");
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
