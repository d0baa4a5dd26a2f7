package org.newsgraph.security.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP/1.1 request sent with its target exactly as written: clients such as REST Assured tidy a path (collapse
 * slashes, refuse backslashes) before it leaves, and the point here is what the server does with the untidy one.
 */
record RawRequest(String method, String target, String bearerToken) {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");
    private static final Pattern CONTENT_TYPE = Pattern.compile("(?im)^content-type:\\s*([^;\\r\\n]+)");

    record Answer(int status, String contentType, String text) {

        /**
         * Vert.x answers a request line it cannot parse (a raw backslash in the target, say) with a bare 400 and closes
         * the connection, before any handler of the application runs: refused, though without a problem body.
         */
        boolean refusedByTheHttpParser() {
            return status == 400 && contentType == null && text.toLowerCase(java.util.Locale.ROOT).contains("content-length: 0");
        }
    }

    Answer sendTo(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + (bearerToken == null ? "" : "Authorization: Bearer " + bearerToken + "\r\n")
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher status = STATUS_LINE.matcher(text);
            if (!status.lookingAt()) {
                throw new IllegalStateException("not an HTTP answer: " + text);
            }
            Matcher contentType = CONTENT_TYPE.matcher(text);
            return new Answer(Integer.parseInt(status.group(1)), contentType.find() ? contentType.group(1).strip() : null, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
