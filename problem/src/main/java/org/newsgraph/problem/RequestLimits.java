package org.newsgraph.problem;

import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The limits of a request's target, headers and declared body, refused with problems before anything else reads the
 * request, on every service and the gateway. The HTTP parser's own limits lie far beyond these (see
 * META-INF/microprofile-config.properties): Quarkus offers no hook for the answers of the parser, so what only it refuses
 * (a request line it cannot parse, a malformed percent-encoding, sizes past its own limits) gets a bare status, as a
 * backstop. So does a body of no declared length that grows past quarkus.http.limits.max-body-size, which Quarkus REST
 * answers itself while reading it; the gateway refuses such bodies long before, at gateway.max-body-size.
 */
@ApplicationScoped
public class RequestLimits {

    /** After the request gets its id, so that refusals carry it; before CORS and authentication read the headers. */
    public static final int PRIORITY = SecurityHandlerPriorities.CORS + 5;

    @ConfigMapping(prefix = "newsgraph.http")
    public interface Limits {

        /** The longest request target (path and query) answered; a longer one is refused with 414. */
        @WithDefault("4096")
        int maxTargetLength();

        /** The most a request's header lines may take together; more are refused with 431. */
        @WithDefault("20K")
        MemorySize maxHeaderSize();
    }

    public static final class TargetTooLong extends ProblemException {
        public TargetTooLong(int length, int limit) {
            super(414, "uri-too-long", "URI too long", "The request target has " + length + " characters; at most " + limit
                    + " are accepted.");
        }
    }

    public static final class HeadersTooLarge extends ProblemException {
        public HeadersTooLarge(long size, long limit) {
            super(431, "headers-too-large", "Request headers too large", "The request headers take " + size + " bytes; at most " + limit
                    + " are accepted.");
        }
    }

    public static final class BodyTooLarge extends ProblemException {
        public BodyTooLarge(String declared, long limit) {
            super(413, "body-too-large", "Body too large", "The body is declared as " + declared + " bytes; at most " + limit
                    + " are accepted.");
        }
    }

    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request is not one HTTP allows.",
            413, "The body is larger than this server accepts.",
            414, "The request target is longer than this server accepts.",
            431, "The request headers are larger than this server accepts.");

    private final int maxTargetLength;
    private final long maxHeaderSize;
    private final long maxBodySize;
    private final ProblemResponses problems;

    public RequestLimits(Limits limits, @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            ProblemResponses problems) {
        this.maxTargetLength = limits.maxTargetLength();
        this.maxHeaderSize = limits.maxHeaderSize().asLongValue();
        this.maxBodySize = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::admit, PRIORITY);
    }

    void registerFailures(@Observes Router router) {
        // After the handlers of authentication failures, which answer those themselves.
        router.route().order(SecurityHandlerPriorities.AUTH_FAILURE_HANDLER + 1).failureHandler(this::refuseBareFailure);
    }

    /** What the request breaks, if anything. */
    static Optional<ProblemException> refusal(String target, MultiMap headers, int maxTargetLength, long maxHeaderSize, long maxBodySize) {
        if (target.length() > maxTargetLength) {
            return Optional.of(new TargetTooLong(target.length(), maxTargetLength));
        }
        long headerSize = 0;
        for (Map.Entry<String, String> header : headers) {
            // As sent: "name: value" and the line break.
            headerSize += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerSize > maxHeaderSize) {
            return Optional.of(new HeadersTooLarge(headerSize, maxHeaderSize));
        }
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > maxBodySize) {
            return Optional.of(new BodyTooLarge(length.strip(), maxBodySize));
        }
        return Optional.empty();
    }

    private void admit(RoutingContext context) {
        Optional<ProblemException> refusal = refusal(context.request().uri(), context.request().headers(), maxTargetLength, maxHeaderSize,
                maxBodySize);
        if (refusal.isEmpty()) {
            context.next();
            return;
        }
        // The rest of the request is not read, so the connection cannot carry another one.
        if (context.request().version() != HttpVersion.HTTP_2) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            context.response().endHandler(answered -> context.request().connection().close());
        }
        problems.send(context, refusal.get());
    }

    /** A client error some handler failed the request with and left unanswered, which would otherwise have no body. */
    private void refuseBareFailure(RoutingContext context) {
        int status = context.statusCode();
        Throwable failure = context.failure();
        if (status < 400 || status >= 500 || failure != null && !(failure instanceof HttpException) || context.response().headWritten()) {
            context.next();
            return;
        }
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        String payload = failure instanceof HttpException http ? http.getPayload() : null;
        String detail = payload != null && !payload.isBlank() ? payload : DETAILS.getOrDefault(status, title + ".");
        problems.send(context, new ProblemException(status, ProblemMapper.slug(title), title, detail));
    }
}
