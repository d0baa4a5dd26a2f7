package org.newsgraph.gateway.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.representations.idm.ClientRepresentation;

/** A partner's quota as its client's attributes hold it, set through the API or by hand in Keycloak's console. */
class QuotaAttributesTest {

    private static ClientRepresentation client(String perMinute, String perDay) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("partner-wire");
        Map<String, String> attributes = new HashMap<>(Map.of("post.logout.redirect.uris", "+"));
        if (perMinute != null) {
            attributes.put(PartnerRegistry.PER_MINUTE_ATTRIBUTE, perMinute);
        }
        if (perDay != null) {
            attributes.put(PartnerRegistry.PER_DAY_ATTRIBUTE, perDay);
        }
        client.setAttributes(attributes);
        return client;
    }

    @ParameterizedTest(name = "per-minute {0}, per-day {1}")
    @CsvSource(nullValues = "null", value = {
            "600,   50000,  600,  50000",
            "600,   none,   600,  null",
            "none,  50000,  null, 50000",
            "' 60 ', null,  60,   null",
            "null,  7,      null, 7"})
    void aQuotaIsSetWhenEitherWindowIs(String perMinute, String perDay, Integer minuteLimit, Integer dayLimit) {
        assertThat(PartnerRegistry.quotaOf(client(perMinute, perDay))).contains(new Quota(minuteLimit, dayLimit));
    }

    @ParameterizedTest(name = "per-minute {0}, per-day {1}")
    @CsvSource(nullValues = "null", value = {
            "null, null",
            "'',   ''",
            "0,    null",
            "-5,   100",
            "lots, null",
            "600,  1e6"})
    void noQuotaOrABrokenOneLeavesThePartnerTheDefault(String perMinute, String perDay) {
        assertThat(PartnerRegistry.quotaOf(client(perMinute, perDay))).isEqualTo(Optional.empty());
    }
}
