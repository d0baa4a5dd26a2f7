package org.newsgraph.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A service stand-in on 127.0.0.1: answers as its responder says and records every request it received. It can be
 * stopped and started again on the same port, to play a service that is down.
 */
public final class ServiceStub {

    /** A request as the stub received it. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(header -> header.getValue().get(0))
                    .findFirst().orElse(null);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public record Answer(int status, Map<String, String> headers, String body, Duration delay) {

        public static Answer json(int status, String body, String... headerPairs) {
            return new Answer(status, headers("Content-Type", "application/json", headerPairs), body, Duration.ZERO);
        }

        public static Answer problem(int status, String slug) {
            return new Answer(status, Map.of("Content-Type", "application/problem+json"),
                    "{\"type\":\"https://newsgraph.org/problems/" + slug + "\",\"title\":\"" + slug + "\",\"status\":" + status + "}",
                    Duration.ZERO);
        }

        public Answer after(Duration wait) {
            return new Answer(status, headers, body, wait);
        }

        private static Map<String, String> headers(String name, String value, String... more) {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            headers.put(name, value);
            for (int i = 0; i + 1 < more.length; i += 2) {
                headers.put(more[i], more[i + 1]);
            }
            return headers;
        }
    }

    public interface Responder {
        Answer answer(Received request, ServiceStub self);
    }

    private final Responder responder;
    private final ConcurrentLinkedDeque<Received> received = new ConcurrentLinkedDeque<>();
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private volatile HttpServer server;
    private volatile int port;

    public ServiceStub(Responder responder) {
        this.responder = responder;
    }

    public synchronized ServiceStub start() {
        if (server != null) {
            return this;
        }
        server = bind();
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Binds the port it had before, if it had one; a port just released may take a moment to be free again. */
    private HttpServer bind() {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            } catch (BindException e) {
                if (System.nanoTime() > giveUp) {
                    throw new UncheckedIOException(e);
                }
                sleep(Duration.ofMillis(100));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public Received last() {
        return received.peekLast();
    }

    public void forget() {
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes());
            if (!request.path().startsWith("/q/")) {
                received.add(request);
            }
            Answer answer = responder.answer(request, this);
            if (!answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The gateway gave up on a slow answer and closed the connection: nothing left to tell.
        }
    }
}
