package org.newsgraph.security.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.vertx.core.Future;
import io.vertx.core.Promise;

class PartnerTokensTest {

    private static final Duration RECHECK = Duration.ofSeconds(5);
    private static final Instant EXPIRES = Instant.now().plusSeconds(300);

    /** Keycloak as the test scripts it: each question waits for the test to answer it. */
    private final Queue<Promise<Boolean>> questions = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private final PartnerTokens tokens = new PartnerTokens(token -> {
        asked.add(token);
        Promise<Boolean> question = Promise.promise();
        questions.add(question);
        return question.future();
    }, RECHECK, clock::get);

    @Test
    void asksKeycloakOnceWithinTheRecheckPeriod() {
        Future<Boolean> first = tokens.isActive("token-a", "partner-a", EXPIRES);
        questions.remove().complete(true);
        clock.addAndGet(RECHECK.toNanos() - 1);

        assertThat(first.result()).isTrue();
        assertThat(tokens.isActive("token-a", "partner-a", EXPIRES).result()).isTrue();
        assertThat(asked).containsExactly("token-a");
    }

    @Test
    void asksAgainOnceTheAnswerIsAsOldAsTheRecheckPeriod() {
        tokens.isActive("token-a", "partner-a", EXPIRES);
        questions.remove().complete(true);
        clock.addAndGet(RECHECK.toNanos());

        Future<Boolean> later = tokens.isActive("token-a", "partner-a", EXPIRES);
        questions.remove().complete(false);

        assertThat(later.result()).isFalse();
        assertThat(asked).containsExactly("token-a", "token-a");
    }

    @Test
    void asksAboutEachTokenOfItsOwn() {
        tokens.isActive("token-a", "partner-a", EXPIRES);
        tokens.isActive("token-b", "partner-a", EXPIRES);

        assertThat(asked).containsExactly("token-a", "token-b");
    }

    @Test
    void requestsWithTheSameTokenWaitForOneQuestion() {
        Future<Boolean> first = tokens.isActive("token-a", "partner-a", EXPIRES);
        Future<Boolean> second = tokens.isActive("token-a", "partner-a", EXPIRES);
        assertThat(first.isComplete()).isFalse();

        questions.remove().complete(false);

        assertThat(first.result()).isFalse();
        assertThat(second.result()).isFalse();
        assertThat(asked).hasSize(1);
    }

    @Test
    void keepsTheLastAnswerWhileKeycloakCannotBeAsked() {
        tokens.isActive("token-a", "partner-a", EXPIRES);
        questions.remove().complete(true);
        clock.addAndGet(RECHECK.toNanos());

        Future<Boolean> later = tokens.isActive("token-a", "partner-a", EXPIRES);
        questions.remove().fail(new IllegalStateException("connection refused"));

        assertThat(later.result()).isTrue();
    }

    @Test
    void failsWhenKeycloakCannotBeAskedAboutATokenItNeverAnswered() {
        Future<Boolean> first = tokens.isActive("token-a", "partner-a", EXPIRES);
        questions.remove().fail(new IllegalStateException("connection refused"));

        assertThat(first.failed()).isTrue();
        assertThat(first.cause()).isInstanceOf(PartnerTokens.Unanswered.class);
    }

    @Test
    void asksAgainAboutAForgottenClientsTokens() {
        tokens.isActive("token-a", "partner-a", EXPIRES);
        tokens.isActive("token-b", "partner-b", EXPIRES);
        questions.remove().complete(true);
        questions.remove().complete(true);

        tokens.forget("partner-a");

        assertThat(tokens.isActive("token-b", "partner-b", EXPIRES).result()).isTrue();
        Future<Boolean> again = tokens.isActive("token-a", "partner-a", EXPIRES);
        questions.remove().complete(false);
        assertThat(again.result()).isFalse();
        assertThat(asked).containsExactly("token-a", "token-b", "token-a");
    }

    @Test
    void keepsNoAnswerToAQuestionAskedBeforeItsClientWasForgotten() {
        Future<Boolean> before = tokens.isActive("token-a", "partner-a", EXPIRES);
        clock.incrementAndGet();
        tokens.forget("partner-a");
        questions.remove().complete(true);
        assertThat(before.result()).isTrue();

        tokens.isActive("token-a", "partner-a", EXPIRES);
        assertThat(asked).containsExactly("token-a", "token-a");
    }
}
