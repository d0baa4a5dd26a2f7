package org.newsgraph.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Files in the local Maven repository that the build resolved for the servers, and their versions. */
final class Artifacts {

    private static final Properties PROPERTIES = load();

    private Artifacts() {
    }

    static Path file(String key) {
        Path path = Path.of(value(key));
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(key + " is not in the local Maven repository (" + path + "); build the devstack module first");
        }
        return path;
    }

    static String value(String key) {
        String value = PROPERTIES.getProperty(key);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("the devstack build did not record " + key);
        }
        return value;
    }

    private static Properties load() {
        try (InputStream in = Artifacts.class.getResourceAsStream("artifacts.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
