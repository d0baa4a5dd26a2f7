package org.newsgraph.web.gateway;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The gateway's partner administration, for admins. */
public final class Partners {

    private Partners() {
    }

    /** @param defaultQuota true while no admin has set it a quota of its own */
    public record Partner(String clientId, String name, boolean enabled, Quota quota, boolean defaultQuota) {
    }

    /** At most so many requests a minute and a day; a window without a number has no limit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quota(Integer perMinute, Integer perDay) {

        /** As the partners page says it: "600 a minute, 50000 a day". */
        public String said() {
            List<String> windows = new ArrayList<>();
            if (perMinute != null) {
                windows.add(perMinute + " a minute");
            }
            if (perDay != null) {
                windows.add(perDay + " a day");
            }
            return windows.isEmpty() ? "no limit" : String.join(", ", windows);
        }
    }

    public record Onboarding(String name, String clientId) {
    }

    /** What a partner needs to get its tokens: its secret, shown once. */
    public record Credentials(String clientId, String name, String clientSecret, URI tokenEndpoint) {
    }
}
