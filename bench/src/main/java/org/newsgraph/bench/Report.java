package org.newsgraph.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Figures as "name: value unit", one a line, for people and for scripts. */
final class Report {

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    /** A line that says where the figures below come from; scripts skip it. */
    void note(String text) {
        out.println("# " + text);
    }

    void line(String name, double value, String unit) {
        out.println(String.format(Locale.ROOT, value == Math.rint(value) && !Double.isInfinite(value) ? "%s: %.0f %s" : "%s: %.2f %s",
                name, value, unit));
    }
}
