package org.newsgraph.articles.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.MediaType;

class SearchPageJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final SearchPageJson writer = new SearchPageJson(mapper);

    private static SearchPage page(List<SearchPage.ValueFacet> sources) {
        return new SearchPage(List.of(), new SearchPage.Total(1, true), "newest", null, null, sources, null, null);
    }

    private String written(SearchPage page) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writer.writeTo(page, SearchPage.class, SearchPage.class, null, MediaType.APPLICATION_JSON_TYPE, null, body);
        return body.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesWhatJacksonWrites() throws IOException {
        SearchPage page = page(List.of(new SearchPage.ValueFacet("Reuters", 3)));
        assertThat(written(page)).isEqualTo(mapper.writeValueAsString(page));
        assertThat(writer.isWriteable(SearchPage.class, SearchPage.class, null, MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(writer.isWriteable(Object.class, Object.class, null, MediaType.APPLICATION_JSON_TYPE)).isFalse();
    }

    @Test
    void aPageAnsweredAgainIsNotWrittenAgainButAnEqualNewPageIs() throws IOException {
        // A page is immutable once answered; a list changed behind it shows whether it was written again.
        List<SearchPage.ValueFacet> sources = new ArrayList<>(List.of(new SearchPage.ValueFacet("Reuters", 3)));
        SearchPage page = page(sources);
        String first = written(page);
        sources.add(new SearchPage.ValueFacet("AFP", 1));

        assertThat(written(page)).isEqualTo(first);
        assertThat(written(page(sources))).contains("AFP");
    }
}
