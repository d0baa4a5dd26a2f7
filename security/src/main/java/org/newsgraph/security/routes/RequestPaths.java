package org.newsgraph.security.routes;

import java.util.Optional;

/**
 * Which request paths are canonical: plain segments of letters, digits and {@code - . _ ~}, none empty but the last,
 * none {@code .} or {@code ..}. Anything else (matrix parameters, percent-encoding, backslashes, double slashes, dot
 * segments) is refused before routing, since a framework further in may read such a path differently from the check
 * that admitted it.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** Why a raw request path is not canonical, or nothing when it is. */
    public static Optional<String> problemWith(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.of("A path starts with '/'.");
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0)) {
                return Optional.of("Paths hold only letters, digits, '-', '.', '_', '~' and '/'; this one holds "
                        + (c == '%' ? "a percent-encoding" : c == ';' ? "a matrix parameter" : "'" + printable(c) + "'") + ".");
            }
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].isEmpty() && i < segments.length - 1) {
                return Optional.of("Paths have no empty segments ('//').");
            }
            if (segments[i].equals(".") || segments[i].equals("..")) {
                return Optional.of("Paths have no '.' or '..' segments.");
            }
        }
        return Optional.empty();
    }

    private static String printable(char c) {
        return c < 0x20 || c >= 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }
}
