package org.newsgraph.articles.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange written byte for byte, for what a client library will not send: a body declared but never sent,
 * a request line or headers past a server's limits.
 */
record RawExchange(String answer) {

    /** @param head the request line and header lines, each ending in CRLF; the blank line is added */
    static RawExchange send(int port, String head) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new RawExchange(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int status() {
        return Integer.parseInt(answer.substring(9, 12));
    }

    String header(String name) {
        for (String line : answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }

    String body() {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }
}
