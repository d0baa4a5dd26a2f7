package org.newsgraph.web.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;

/** How pages write times: in UTC, as the API gives them. */
@TemplateExtension
public final class Times {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** {@code 2025-10-07} */
    static String day(Instant instant) {
        return DAY.format(instant);
    }

    /** {@code 2025-10-07 14:03 UTC} */
    static String minute(Instant instant) {
        return MINUTE.format(instant);
    }
}
