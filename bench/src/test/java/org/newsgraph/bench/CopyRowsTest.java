package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyRowsTest {

    @Test
    void valuesAreSeparatedByTabsAndEndWithALineEnd() {
        StringBuilder line = new StringBuilder();
        CopyRows.append(line, "a", 1, false);
        assertThat(line).hasToString("a\t1\tfalse\n");
    }

    @Test
    void nullIsWrittenAsBackslashN() {
        StringBuilder line = new StringBuilder();
        CopyRows.append(line, "x", null);
        assertThat(line).hasToString("x\t\\N\n");
    }

    @Test
    void paragraphsTabsAndBackslashesOfAStorySurviveAsEscapes() {
        StringBuilder line = new StringBuilder();
        CopyRows.append(line, "NAIROBI —\tfirst\r\n\nsecond \\ third");
        assertThat(line).hasToString("NAIROBI —\\tfirst\\r\\n\\nsecond \\\\ third\n");
    }
}
