package org.newsgraph.gateway.compose;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an expanded article shows of each of its actors, read from actors-service's {@code GET /actors/{id}}. Roles and
 * aliases are passed on in whatever shape the registry gives them; fields it adds later are left out, fields it leaves
 * out stay out.
 *
 * @param mentionCount mentions across all articles, where the tag's own count is this article's
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActorSummary(String id, String name, String type, JsonNode roles, JsonNode aliases, Long mentionCount) {
}
