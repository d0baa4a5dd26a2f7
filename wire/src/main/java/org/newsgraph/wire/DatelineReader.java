package org.newsgraph.wire;

import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline at the start of wire copy: {@code PLACE[, Region][, Date][ (Agency)] SEPARATOR}.
 *
 * <p>Wires write the place in capitals. A place in Title Case is taken only with a date, an agency or a postal
 * abbreviation ({@code Washington, DC —}), since otherwise any sentence opening "Officials — ..." would pass.
 */
final class DatelineReader {

    /** No dateline is longer; matching only this much keeps the cost flat on any input. */
    private static final int MAX_LENGTH = 200;

    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.]*(?:-\\p{Lu}[\\p{Lu}'’.]*)*(?!\\p{L})";
    private static final String TITLE_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’.]*(?:-\\p{L}[\\p{L}'’.]*)*(?!\\p{L})";
    // Lower-case words inside place names: Rio de Janeiro, Frankfurt am Main, Sharm el-Sheikh.
    private static final String PARTICLE = "(?:(?:al|am|an|da|das|de|del|der|des|di|do|dos|du|el|en|la|le|les|of|on|sur|van|von|y)"
            + "(?![\\p{L}-])|\\p{Ll}+-\\p{Lu}[\\p{L}'’.]*)";
    private static final String CAPS_PLACE = CAPS_WORD + "(?:\\h+" + CAPS_WORD + "){0,4}";
    private static final String TITLE_PLACE = TITLE_WORD + "(?:\\h+(?:" + TITLE_WORD + "|" + PARTICLE + ")){0,4}";

    private static final String MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\\p{L})\\.?";
    private static final String DAY = "[0-3]?\\d(?!\\d)";
    private static final String ORDINAL = "(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])";
    private static final String YEAR = "\\d{4}(?!\\d)";
    private static final String DATE = "(?:(?<month1>" + MONTH + ")\\h+(?<day1>" + DAY + ")" + ORDINAL + "(?:,?\\h+(?<year1>" + YEAR + "))?"
            + "|(?<day2>" + DAY + ")" + ORDINAL + "\\h+(?<month2>" + MONTH + ")(?:\\h+(?<year2>" + YEAR + "))?)";

    // dpa writes its name in lower case; every other agency is capitalised.
    private static final String AGENCY = "\\p{Lu}[\\p{L}\\p{N}&.'’/-]*(?:\\h[\\p{L}\\p{N}][\\p{L}\\p{N}&.'’/-]*)?|dpa";

    // A hyphen separates only after a space or the agency, so WASHINGTON-based is not a dateline.
    private static final String SEPARATOR = "\\h*(?:[‒–—―]|(?:(?<=[\\h)])--?|:)(?=\\s|$))";

    private static final Pattern DATELINE = Pattern.compile(
            "(?:(?<caps>" + CAPS_PLACE + ")|(?<title>" + TITLE_PLACE + "))"
                    + "(?:,\\h*(?!" + MONTH + "\\h*\\d)(?<region>" + CAPS_PLACE + "|" + TITLE_PLACE + "))?"
                    + "(?:,\\h*" + DATE + ")?"
                    + "(?:\\h*\\(\\h*(?<agency>" + AGENCY + ")\\h*\\))?"
                    + SEPARATOR);

    private static final Pattern POSTAL_ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.?){2,3}");

    // Slugs that wires put before a story in the same capitals-and-dash form as a dateline.
    private static final Set<String> FLAGS = Set.of(
            "ADVISORY", "ALERT", "ANALYSIS", "BREAKING", "BULLETIN", "COMMENTARY", "CORRECTED", "CORRECTION",
            "EDITORIAL", "EDITOR'S", "EDITOR’S", "EXCLUSIVE", "EXPLAINER", "FACTBOX", "FEATURE", "FLASH", "INSIGHT",
            "INTERVIEW", "LIVE", "NOTE", "OPINION", "PHOTOS", "REFILE", "REVIEW", "UPDATE", "UPDATED", "URGENT",
            "VIDEO", "WARNING", "WATCH");

    private DatelineReader() {
    }

    /** The dateline starting exactly at {@code from}; its end is the index just past the separator. */
    static Optional<Located<Dateline>> read(String text, int from, int to) {
        int limit = Math.min(to, from + MAX_LENGTH);
        int lineEnd = from;
        while (lineEnd < limit && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        Matcher m = DATELINE.matcher(text)
                .region(from, lineEnd)
                .useTransparentBounds(true)
                .useAnchoringBounds(false);
        if (!m.lookingAt() || !plausible(m)) {
            return Optional.empty();
        }
        String placeGroup = m.group("region") != null ? "region" : m.group("caps") != null ? "caps" : "title";
        String place = text.substring(from, m.end(placeGroup));
        Optional<MonthDay> date = monthDay(m);
        Optional<Year> year = year(m);
        // A day that does not exist in the stated year is a typo; neither part can be trusted then.
        boolean consistent = year.isEmpty() || date.filter(year.get()::isValidMonthDay).isPresent();
        Optional<String> agency = Optional.ofNullable(m.group("agency")).map(String::strip);
        Dateline dateline = consistent
                ? new Dateline(place, date, year, agency)
                : new Dateline(place, Optional.empty(), Optional.empty(), agency);
        return Optional.of(new Located<>(dateline, from, m.end()));
    }

    private static boolean plausible(Matcher m) {
        String caps = m.group("caps");
        if (caps != null) {
            return caps.codePoints().filter(Character::isLetter).count() >= 3
                    && !FLAGS.contains(caps.split("\\h+", 2)[0]);
        }
        String region = m.group("region");
        return m.group("agency") != null
                || m.group("day1") != null
                || m.group("day2") != null
                || region != null && POSTAL_ABBREVIATION.matcher(region).matches();
    }

    private static Optional<MonthDay> monthDay(Matcher m) {
        String monthText = m.group("month1") != null ? m.group("month1") : m.group("month2");
        String dayText = m.group("day1") != null ? m.group("day1") : m.group("day2");
        if (monthText == null) {
            return Optional.empty();
        }
        Month month = month(monthText);
        int day = Integer.parseInt(dayText);
        if (day < 1 || day > month.maxLength()) {
            return Optional.empty();
        }
        return Optional.of(MonthDay.of(month, day));
    }

    private static Optional<Year> year(Matcher m) {
        String yearText = m.group("year1") != null ? m.group("year1") : m.group("year2");
        return Optional.ofNullable(yearText).map(y -> Year.of(Integer.parseInt(y)));
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalStateException("the month pattern let through " + name);
    }
}
