package org.newsgraph.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a service reads at startup, where that list comes from, and the properties a deployed
 * service runs with before the environment overrides them.
 */
record ServiceConfiguration(String service, Set<String> variables, String source, Map<String, String> settings) {

    static final Set<String> SERVICES = Set.of("web", "gateway", "articles-service", "actors-service");

    /**
     * What the gateway and actors-service will read, until their application.properties exist and say so
     * themselves. Once a service has the file, its ${...} references are the expectation instead.
     */
    private static final Map<String, Set<String>> DECLARED_UNTIL_CONFIGURED = Map.of(
            "gateway", Set.of("GATEWAY_ARTICLES_URL", "GATEWAY_ACTORS_URL", "QUARKUS_OIDC_AUTH_SERVER_URL",
                    "GATEWAY_KEYCLOAK_ADMIN_CLIENT_SECRET", "GATEWAY_CORS_ORIGINS"),
            "actors-service", Set.of("ACTORS_DB_URL", "ACTORS_DB_USER", "ACTORS_DB_PASSWORD",
                    "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_OIDC_AUTH_SERVER_URL"));

    private static final Pattern ENVIRONMENT_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private static final Pattern INCOMING_CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.(.+)\\.connector");

    /** {@code ${NAME}} or {@code ${NAME:default}}, NAME a variable or another property; defaults not nested. */
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(?::([^${}]*))?}");

    static ServiceConfiguration of(String service) {
        String file = service + "/src/main/resources/application.properties";
        Path properties = Repository.root().resolve(file);
        if (Files.exists(properties)) {
            try {
                String text = Files.readString(properties);
                return new ServiceConfiguration(service, readAtStartup(text), file, productionSettings(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Set<String> declared = DECLARED_UNTIL_CONFIGURED.get(service);
        if (declared == null) {
            throw new IllegalStateException(file + " is missing");
        }
        return new ServiceConfiguration(service, declared, "the list declared until " + file + " exists", Map.of());
    }

    /**
     * The variables that {@code ${NAME}} and {@code ${NAME:default}} references in application.properties name,
     * leaving out properties of profiles other than prod, which a deployed service never reads.
     */
    static Set<String> readAtStartup(String applicationProperties) {
        Set<String> variables = new TreeSet<>();
        load(applicationProperties).forEach((key, value) -> {
            if (readInProduction(key.toString())) {
                Matcher reference = ENVIRONMENT_REFERENCE.matcher(value.toString());
                while (reference.find()) {
                    variables.add(reference.group(1));
                }
            }
        });
        return variables;
    }

    /**
     * A property as the service runs with these variables: the variable Quarkus reads for it when the Deployment
     * sets one, else the prod profile's value with its references filled in. Empty when unset, or when a
     * Secret holds the value.
     */
    Optional<String> setting(String property, Map<String, Optional<String>> environment) {
        String variable = variable(property);
        if (environment.containsKey(variable)) {
            return environment.get(variable);
        }
        String value = settings.get(property);
        if (value == null) {
            return Optional.empty();
        }
        Matcher reference = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String byDefault = reference.group(2);
            Optional<String> filled = environment.containsKey(name) ? environment.get(name)
                    : setting(name, environment).or(() -> Optional.ofNullable(byDefault));
            if (filled.isEmpty()) {
                return Optional.empty();
            }
            reference.appendReplacement(resolved, Matcher.quoteReplacement(filled.get()));
        }
        reference.appendTail(resolved);
        return Optional.of(resolved.toString());
    }

    /** The incoming channels that SmallRye reads from Kafka, by name. */
    Set<String> kafkaChannels() {
        Set<String> channels = new TreeSet<>();
        settings.forEach((property, value) -> {
            Matcher connector = INCOMING_CONNECTOR.matcher(property);
            if (connector.matches() && value.equals("smallrye-kafka")) {
                channels.add(connector.group(1));
            }
        });
        return channels;
    }

    /** The environment variable Quarkus reads for a property: {@code quarkus.http.port} is QUARKUS_HTTP_PORT. */
    static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** Whether people sign in to the service itself, with Keycloak's authorization code flow. */
    boolean signsPeopleIn() {
        return Set.of("web-app", "hybrid").contains(settings.getOrDefault("quarkus.oidc.application-type", "service"));
    }

    /** The properties in force in the prod profile: a {@code %prod.} key wins over the plain one. */
    static Map<String, String> productionSettings(String applicationProperties) {
        Map<String, String> plain = new TreeMap<>();
        Map<String, String> production = new TreeMap<>();
        load(applicationProperties).forEach((key, value) -> {
            String name = key.toString();
            if (!name.startsWith("%")) {
                plain.put(name, value.toString());
            } else if (readInProduction(name)) {
                production.put(name.substring(name.indexOf('.') + 1), value.toString());
            }
        });
        plain.putAll(production);
        return plain;
    }

    private static Properties load(String applicationProperties) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(applicationProperties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static boolean readInProduction(String key) {
        if (!key.startsWith("%")) {
            return true;
        }
        String profiles = key.substring(1, key.indexOf('.'));
        return Arrays.asList(profiles.split(",")).contains("prod");
    }
}
