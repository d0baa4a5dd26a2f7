package org.newsgraph.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.gateway.edge.GatewayProblems;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

class LimitedBodyTest {

    /** A request body the test feeds chunk by chunk. */
    private static final class FedBody implements ReadStream<Buffer> {
        Handler<Buffer> handler;
        boolean paused;

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            return this;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            this.handler = handler;
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            paused = true;
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            paused = false;
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
            return this;
        }
    }

    @Test
    void passesChunksUpToTheLimitThenFailsOnceAndStopsReading() {
        FedBody fed = new FedBody();
        LimitedBody body = new LimitedBody(fed, 10);
        List<Buffer> passed = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        body.exceptionHandler(failures::add);
        body.handler(passed::add);

        fed.handler.handle(Buffer.buffer("12345"));
        fed.handler.handle(Buffer.buffer("67890"));
        fed.handler.handle(Buffer.buffer("X"));
        fed.handler.handle(Buffer.buffer("Y"));

        assertThat(passed).hasSize(2);
        assertThat(body.exceeded()).isTrue();
        assertThat(failures).singleElement().isInstanceOf(GatewayProblems.BodyTooLarge.class);
        assertThat(fed.paused).isTrue();
    }
}
