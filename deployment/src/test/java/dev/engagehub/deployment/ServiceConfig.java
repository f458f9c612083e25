package dev.engagehub.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service's configuration files say it reads: its properties, and the Kafka groups and topics it consumes. */
record ServiceConfig(Map<String, String> properties, Set<String> documentedKeys) {
    private static final Pattern PROPERTY = Pattern.compile("^#?\\s*(%[a-z]+\\.)?([a-z][\\w.\\-\"]*)\\s*=(.*)$");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([a-z][\\w.\\-]*)(:[^}]*)?}");
    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([\\w-]+)\\.group\\.id");

    static ServiceConfig of(Path root, String module) {
        Map<String, String> properties = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (Path file : List.of(root.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"),
                root.resolve(module).resolve("src/main/resources/application.properties"))) {
            for (String line : lines(file)) {
                Matcher property = PROPERTY.matcher(line.trim());
                if (!property.matches()) {
                    continue;
                }
                // Commented-out keys document settings that have no default (secrets): they are read too.
                keys.add(property.group(2));
                Matcher reference = REFERENCE.matcher(property.group(3));
                while (reference.find()) {
                    keys.add(reference.group(1));
                }
                if (!line.startsWith("#") && property.group(1) == null) {
                    properties.put(property.group(2), property.group(3).trim());
                }
            }
        }
        return new ServiceConfig(properties, keys);
    }

    /** The environment variables that set a property the service reads (MicroProfile Config's mapping). */
    Set<String> environmentVariables() {
        Set<String> variables = new HashSet<>();
        documentedKeys.forEach(key -> variables.add(key.replace("\"", "").replaceAll("[^A-Za-z0-9]", "_")
                .toUpperCase(Locale.ROOT)));
        return variables;
    }

    /** Consumer group → the topics the service reads in it. */
    Map<String, Set<String>> consumedTopics() {
        Map<String, Set<String>> topics = new HashMap<>();
        properties.forEach((key, group) -> {
            Matcher incoming = INCOMING.matcher(key);
            if (incoming.matches()) {
                topics.computeIfAbsent(group, g -> new HashSet<>())
                        .add(properties.get("mp.messaging.incoming." + incoming.group(1) + ".topic"));
            }
        });
        return topics;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
