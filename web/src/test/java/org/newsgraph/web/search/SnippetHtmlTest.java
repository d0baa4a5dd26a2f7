package org.newsgraph.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnippetHtmlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a <mark>ceasefire</mark> was agreed | a <mark>ceasefire</mark> was agreed",
            "Tom &amp; Jerry | Tom &amp; Jerry",
            "<script>alert(1)</script> | &lt;script&gt;alert(1)&lt;/script&gt;",
            "<mark onclick=x>word</mark> | &lt;mark onclick=x&gt;word&lt;/mark&gt;",
            "<mark>left open | <mark>left open</mark>",
            "</mark> stray close | &lt;/mark&gt; stray close",
            "<mark><mark>twice</mark> | <mark>&lt;mark&gt;twice</mark>",
            "say \"<img src=x>\" | say &quot;&lt;img src=x&gt;&quot;"})
    void letsOnlyMarkThrough(String snippet, String safe) {
        assertThat(SnippetHtml.safe(snippet)).isEqualTo(safe);
    }
}
