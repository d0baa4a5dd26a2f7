package org.newsgraph.articles.search;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes a search page's JSON once, however often the page is answered: a popular page is answered from
 * {@link SearchCache} hundreds of times a second, and writing its JSON again each time was the largest part of
 * answering it. The JSON is kept by the page's identity, as long as the page itself is held (by the cache, or by a
 * request still being answered).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SearchPageJson implements MessageBodyWriter<SearchPage> {

    private final ObjectWriter json;
    private final Cache<SearchPage, byte[]> written;

    /** Made as the service starts, before its configuration is read: the JSON is bounded by the pages held. */
    public SearchPageJson(ObjectMapper mapper) {
        this.json = mapper.writer();
        this.written = Caffeine.newBuilder().weakKeys().build();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == SearchPage.class;
    }

    @Override
    public void writeTo(SearchPage page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        body.write(written.get(page, this::write));
    }

    private byte[] write(SearchPage page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A search page could not be written as JSON", e);
        }
    }
}
