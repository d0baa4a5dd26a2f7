package org.newsgraph.actors.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a result in the fixed extract response format that score_extraction.py reads. */
final class ExtractResponses {

    static final ObjectMapper JSON = new ObjectMapper();

    private ExtractResponses() {
    }

    static ObjectNode toJson(ExtractionResult result) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode actors = root.putArray("actors");
        for (Actor a : result.actors()) {
            ObjectNode actor = actors.addObject();
            actor.put("name", a.name());
            actor.put("type", a.type().name());
            a.aliases().forEach(actor.putArray("aliases")::add);
            a.roles().forEach(actor.putArray("roles")::add);
            ArrayNode mentions = actor.putArray("mentions");
            for (Mention m : a.mentions()) {
                mentions.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end());
            }
            if (a.knownActorId() != null) {
                actor.put("actorId", a.knownActorId());
            }
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : result.quotes()) {
            quotes.addObject().put("speaker", q.speaker()).put("text", q.text()).put("start", q.start())
                    .put("end", q.end());
        }
        return root;
    }
}
