package org.newsgraph.devstack.testing;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;

/** Sends REST Assured's requests with a real token of the development realm. */
public final class SignedIn {

    private SignedIn() {
    }

    /** Every request after this carries alice's token (an editor) unless it sets its own. */
    public static void asEditor() {
        as(TestTokens.user("alice"));
    }

    public static void as(String token) {
        // A builder starts from the current default, which would send the previous token too.
        RestAssured.requestSpecification = null;
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + token).build();
    }
}
