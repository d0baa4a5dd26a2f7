package org.newsgraph.gateway.partners;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.newsgraph.devstack.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RefusedPartnersTest {

    @Test
    void nulByteInPartnerNameIsRefusedWith400() {
        given().auth().oauth2(TestTokens.user("admin")).contentType(ContentType.JSON)
                .body("{\"name\":\"Agence\\u0000Presse\",\"clientId\":\"partner-agence-presse\"}")
                .when().post("/api/v1/partners")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("Field 'name' holds NUL (U+0000) at index 6"))
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void partnerOfTheWrongShapeIsRefusedWith400NamingTheField() {
        given().auth().oauth2(TestTokens.user("admin")).contentType(ContentType.JSON)
                .body("{\"name\":[\"Agence Presse\"],\"clientId\":\"partner-agence-presse\"}")
                .when().post("/api/v1/partners")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Field 'name' must be a string."));
    }
}
