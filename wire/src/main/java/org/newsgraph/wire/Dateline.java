package org.newsgraph.wire;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * The dateline that opens a wire story, e.g. {@code GAZA CITY, Oct 7 (Reuters) -}.
 *
 * @param place  the place as written, including a region qualifier such as {@code KYIV, Ukraine}
 * @param date   the day of the dateline, when it gives one
 * @param year   the year, only when the dateline spells it out next to the date
 * @param agency the agency named in parentheses, e.g. {@code Reuters}
 */
public record Dateline(String place, Optional<MonthDay> date, Optional<Year> year, Optional<String> agency) {

    public Dateline {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(agency, "agency");
        if (place.isBlank()) {
            throw new IllegalArgumentException("a dateline needs a place");
        }
        if (year.isPresent() && (date.isEmpty() || !year.get().isValidMonthDay(date.get()))) {
            throw new IllegalArgumentException("a dateline year needs a date that exists in that year");
        }
    }

    /** The full date, when the dateline gives the year. */
    public Optional<LocalDate> localDate() {
        return year.map(y -> y.atMonthDay(date.orElseThrow()));
    }
}
