package org.newsgraph.devstack.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange written byte for byte, for what a client library will not send: a body declared but never sent,
 * a chunked body past a limit, a request line or headers past a server's limits.
 */
public record RawExchange(String answer) {

    /** @param head the request line and header lines, each ending in CRLF; the blank line is added */
    public static RawExchange send(int port, String head) {
        return send(port, head, new byte[0]);
    }

    /** @param body written as it is after the blank line, such as chunks */
    public static RawExchange send(int port, String head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return new RawExchange(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A body of the given size in chunks of 64 KB, with the last chunk. */
    public static byte[] chunked(int size) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int sent = 0; sent < size; sent += chunk.length) {
            int length = Math.min(chunk.length, size - sent);
            chunks.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.write(chunk, 0, length);
            chunks.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunks.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return chunks.toByteArray();
    }

    public int status() {
        return Integer.parseInt(answer.substring(9, 12));
    }

    public String header(String name) {
        for (String line : answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }

    public String body() {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }
}
