package org.newsgraph.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;
import org.newsgraph.devstack.testing.RawExchange;
import org.newsgraph.gateway.support.ServiceStubs;
import org.newsgraph.gateway.support.ServiceStubsResource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class OversizedUploadTest {

    private static final int LIMIT = 2 * 1024 * 1024;

    @ServiceStubsResource.Stubs
    ServiceStubs stubs;

    @BeforeEach
    void forgetEarlierRequests() {
        stubs.forget();
    }

    @Test
    void chunkedUploadOverTheLimitIsRefusedWholeAndNothingReachesTheService() throws InterruptedException {
        RawExchange answer = RawExchange.send(RestAssured.port, "POST /api/v1/articles HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TestTokens.user("alice") + "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n",
                RawExchange.chunked(LIMIT + 256 * 1024));

        assertThat(answer.status()).as(answer.answer()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("https://newsgraph.org/problems/body-too-large");
        // The service stub records a request once it has read its whole body; give a cut-off one time to arrive.
        Thread.sleep(1000);
        assertThat(stubs.articles().received()).isEmpty();
    }

    @Test
    void chunkedUploadWithinTheLimitGoesThroughWhole() {
        RawExchange answer = RawExchange.send(RestAssured.port, "POST /api/v1/articles HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TestTokens.user("alice") + "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n",
                RawExchange.chunked(LIMIT));

        assertThat(answer.status()).as(answer.answer()).isEqualTo(201);
        assertThat(stubs.articles().last().body()).hasSize(LIMIT);
    }
}
