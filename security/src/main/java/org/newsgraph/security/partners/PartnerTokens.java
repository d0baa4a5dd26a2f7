package org.newsgraph.security.partners;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;
import org.newsgraph.security.SecurityConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether a partner's token may still be used, as Keycloak says. Keycloak alone knows that a partner was disabled: the
 * tokens its client holds stay signed and unexpired. Keycloak's answer on a token holds for
 * {@code newsgraph.security.partner-recheck}, so that every replica of every service refuses a disabled partner within
 * that time, for one question per partner token, replica and period. Users' tokens are never asked about.
 */
@ApplicationScoped
public class PartnerTokens {

    private static final Logger LOG = Logger.getLogger(PartnerTokens.class);
    /** Far more partner tokens than live at once; beyond it, answers are asked again sooner. */
    private static final int MAX_TOKENS = 10_000;

    /** Keycloak could not say, and had said nothing on the token before. */
    public static final class Unanswered extends RuntimeException {
        Unanswered(Throwable cause) {
            super("Keycloak did not answer whether the token is active: " + cause.getMessage(), cause);
        }
    }

    /** Keycloak's last word on a token, when it was asked, and when the token expires anyway. */
    private record Answer(String clientId, boolean active, long askedAt, Instant expiresAt) {
    }

    private final Function<String, Future<Boolean>> keycloak;
    private final long recheckNanos;
    private final LongSupplier clock;
    private final Cache<String, Answer> answers;
    private final Map<String, Future<Boolean>> asking = new ConcurrentHashMap<>();
    /** When each client's answers were last forgotten: an answer to a question asked before then is not kept. */
    private final Map<String, Long> forgotten = new ConcurrentHashMap<>();

    @Inject
    public PartnerTokens(TokenIntrospection introspection, SecurityConfig config) {
        this(introspection::isActive, config.partnerRecheck(), System::nanoTime);
    }

    PartnerTokens(Function<String, Future<Boolean>> keycloak, Duration recheck, LongSupplier clock) {
        this.keycloak = keycloak;
        this.recheckNanos = recheck.toNanos();
        this.clock = clock;
        // An answer is kept until its token expires, to stand in while Keycloak cannot be asked.
        this.answers = Caffeine.newBuilder().maximumSize(MAX_TOKENS).executor(Runnable::run)
                .expireAfter(Expiry.writing((String token, Answer answer) -> untilExpiry(answer.expiresAt())))
                .build();
    }

    /**
     * Keycloak's answer on the partner's token if it is younger than the recheck period, else Keycloak's answer now.
     * When Keycloak cannot answer, its last answer on the token stands; without one, the future fails with
     * {@link Unanswered}. Requests with the same token wait for the same question.
     */
    public Future<Boolean> isActive(String token, String clientId, Instant expiresAt) {
        Answer known = answers.getIfPresent(token);
        if (known != null && clock.getAsLong() - known.askedAt() < recheckNanos) {
            return Future.succeededFuture(known.active());
        }
        return ask(token, clientId, expiresAt).recover(failure -> {
            if (known == null) {
                return Future.failedFuture(new Unanswered(failure));
            }
            LOG.warnf("Keycloak did not answer whether a token of partner %s is active; its last answer stands: %s",
                    clientId, failure.getMessage());
            return Future.succeededFuture(known.active());
        });
    }

    /** Forgets what Keycloak said on a client's tokens, so that its next request asks again: for a client just disabled. */
    public void forget(String clientId) {
        forgotten.put(clientId, clock.getAsLong());
        answers.asMap().values().removeIf(answer -> answer.clientId().equals(clientId));
    }

    private Future<Boolean> ask(String token, String clientId, Instant expiresAt) {
        Promise<Boolean> question = Promise.promise();
        Future<Boolean> pending = asking.putIfAbsent(token, question.future());
        if (pending != null) {
            return pending;
        }
        long askedAt = clock.getAsLong();
        keycloak.apply(token).onComplete(answer -> {
            Long forgottenAt = forgotten.get(clientId);
            if (answer.succeeded() && (forgottenAt == null || askedAt - forgottenAt > 0)) {
                answers.put(token, new Answer(clientId, answer.result(), askedAt, expiresAt));
            }
            asking.remove(token);
            question.handle(answer);
        });
        return question.future();
    }

    private static Duration untilExpiry(Instant expiresAt) {
        Duration left = Duration.between(Instant.now(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
