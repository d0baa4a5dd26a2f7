package org.newsgraph.problem;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Every string of every JSON body is {@link StorableText}: one that is not fails the body where it stands, so the
 * problem names the field, and nothing reaches the database that it would refuse with a failure of its own.
 */
@Singleton
public class StorableStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper json) {
        json.registerModule(new SimpleModule("storable-strings").addDeserializer(String.class, new Deserializer()));
    }

    /** A string field that holds text no service can store. */
    public static final class UnstorableString extends MismatchedInputException {

        private final String why;

        UnstorableString(JsonParser parser, String why) {
            super(parser, "String " + why, String.class);
            this.why = why;
        }

        public String why() {
            return why;
        }
    }

    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null) {
                var problem = StorableText.problemWith(text);
                if (problem.isPresent()) {
                    throw new UnstorableString(parser, problem.get());
                }
            }
            return text;
        }
    }
}
