package org.newsgraph.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiProblemTest {

    @Test
    void readsTitleDetailAndTheRulesEachFieldBroke() {
        ApiProblem problem = ApiProblem.of(400, """
                {"type":"https://newsgraph.org/problems/invalid-request","title":"Invalid request","status":400,
                 "detail":"The request breaks 2 rule(s).",
                 "errors":[{"field":"clientId","message":"must be partner- followed by lower-case letters, digits and dashes"},
                           {"field":"name","message":"must not be blank"}]}""");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Invalid request");
        assertThat(problem.detail()).isEqualTo("The request breaks 2 rule(s).");
        assertThat(problem.errors()).containsExactly(
                new ApiProblem.FieldError("clientId", "must be partner- followed by lower-case letters, digits and dashes"),
                new ApiProblem.FieldError("name", "must not be blank"));
    }

    @Test
    void aConflictHasNoFieldErrors() {
        ApiProblem problem = ApiProblem.of(409,
                "{\"title\":\"Partner exists\",\"status\":409,\"detail\":\"A client with id partner-x already exists.\"}");

        assertThat(problem.title()).isEqualTo("Partner exists");
        assertThat(problem.detail()).isEqualTo("A client with id partner-x already exists.");
        assertThat(problem.errors()).isEmpty();
    }

    @Test
    void skipsAnErrorWithoutAMessage() {
        ApiProblem problem = ApiProblem.of(400, "{\"title\":\"Invalid request\",\"errors\":[{\"field\":\"name\"},{\"message\":\"too long\"}]}");

        assertThat(problem.errors()).containsExactly(new ApiProblem.FieldError("", "too long"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "502 | <html>Bad gateway</html> | Bad Gateway",
            "403 | '' | Forbidden",
            "409 | [1, 2] | Conflict",
            "599 | null | Error 599",
            "404 | {\"detail\":\"gone\"} | Not Found"})
    void fallsBackOnTheStatusWhenTheBodyIsNoProblem(int status, String body, String title) {
        ApiProblem problem = ApiProblem.of(status, body);

        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.title()).isEqualTo(title);
        assertThat(problem.errors()).isEmpty();
    }
}
