package dev.engagehub.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders a Kustomize directory the way {@code kubectl kustomize} does, for the parts this project uses:
 * resources (files and directories), namespace, labels, images, secretGenerator and strategic-merge patches
 * (maps merged, lists of named items merged by name). No kustomize binary is needed to check the result.
 */
final class Kustomization {
    private Kustomization() {
    }

    /** Every resource the directory renders to. */
    static List<Map<String, Object>> render(Path dir) {
        Map<String, Object> kustomization = map(new Yaml().load(read(dir.resolve("kustomization.yaml"))));
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : list(kustomization.get("resources"))) {
            Path resource = dir.resolve((String) entry).normalize();
            resources.addAll(Files.isDirectory(resource) ? render(resource) : load(resource));
        }
        for (Object generator : list(kustomization.get("secretGenerator"))) {
            Map<String, Object> secret = new LinkedHashMap<>(Map.of("apiVersion", "v1", "kind", "Secret",
                    "metadata", new LinkedHashMap<>(Map.of("name", map(generator).get("name")))));
            Map<String, Object> data = new LinkedHashMap<>();
            list(map(generator).get("literals")).forEach(literal -> data.put(((String) literal).split("=", 2)[0], ""));
            // Keys from env files (prod's secrets.env) are not in git: only the Secret's existence is rendered.
            secret.put("stringData", data);
            resources.add(secret);
        }
        for (Object patch : list(kustomization.get("patches"))) {
            for (Map<String, Object> change : load(dir.resolve((String) map(patch).get("path")))) {
                Map<String, Object> target = resources.stream().filter(resource -> sameObject(resource, change))
                        .findFirst().orElseThrow(() -> new AssertionError("patch for a missing resource: "
                                + change.get("kind") + " " + name(change)));
                merge(target, change);
            }
        }
        for (Object label : list(kustomization.get("labels"))) {
            Map<String, Object> pairs = map(map(label).get("pairs"));
            boolean templates = Boolean.TRUE.equals(map(label).get("includeTemplates"));
            resources.forEach(resource -> {
                map(resource.get("metadata")).computeIfAbsent("labels", key -> new LinkedHashMap<>());
                map(map(resource.get("metadata")).get("labels")).putAll(pairs);
                Map<String, Object> template = template(resource);
                if (templates && template != null) {
                    map(template.get("metadata")).computeIfAbsent("labels", key -> new LinkedHashMap<>());
                    map(map(template.get("metadata")).get("labels")).putAll(pairs);
                }
            });
        }
        for (Object image : list(kustomization.get("images"))) {
            Map<String, Object> rule = map(image);
            resources.stream().map(Kustomization::template).filter(Objects::nonNull)
                    .flatMap(template -> list(map(template.get("spec")).get("containers")).stream())
                    .map(Kustomization::map).forEach(container -> retag(container, rule));
        }
        if (kustomization.get("namespace") != null) {
            resources.forEach(resource -> map(resource.get("metadata")).put("namespace", kustomization.get("namespace")));
        }
        return resources;
    }

    static List<Map<String, Object>> load(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        new Yaml().loadAll(read(file)).forEach(document -> {
            if (document != null) {
                documents.add(map(document));
            }
        });
        return documents;
    }

    static String name(Map<String, Object> resource) {
        return (String) map(resource.get("metadata")).get("name");
    }

    /** The pod template of a workload, or null. */
    static Map<String, Object> template(Map<String, Object> resource) {
        Object spec = resource.get("spec");
        return spec instanceof Map<?, ?> && map(spec).get("template") instanceof Map<?, ?> template
                && map(template).containsKey("spec") ? map(template) : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? new LinkedHashMap<>() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private static void retag(Map<String, Object> container, Map<String, Object> rule) {
        String image = (String) container.get("image");
        String name = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
        String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : null;
        if (!name.equals(rule.get("name"))) {
            return;
        }
        String newName = (String) rule.getOrDefault("newName", name);
        String newTag = (String) rule.getOrDefault("newTag", tag);
        container.put("image", newTag == null ? newName : newName + ":" + newTag);
    }

    private static boolean sameObject(Map<String, Object> a, Map<String, Object> b) {
        return Objects.equals(a.get("kind"), b.get("kind")) && Objects.equals(name(a), name(b));
    }

    /** Strategic merge, as far as these manifests need it. */
    private static void merge(Map<String, Object> target, Map<String, Object> change) {
        change.forEach((key, value) -> {
            Object current = target.get(key);
            if (current instanceof Map<?, ?> && value instanceof Map<?, ?>) {
                merge(map(current), map(value));
            } else if (current instanceof List<?> items && value instanceof List<?> changes && byName(items)) {
                List<Object> merged = new ArrayList<>(items);
                for (Object item : changes) {
                    merged.stream().filter(existing -> Objects.equals(map(existing).get("name"), map(item).get("name")))
                            .findFirst().ifPresentOrElse(existing -> merge(map(existing), map(item)), () -> merged.add(item));
                }
                target.put(key, merged);
            } else {
                target.put(key, value);
            }
        });
    }

    private static boolean byName(List<?> items) {
        return !items.isEmpty() && items.stream().allMatch(item -> item instanceof Map<?, ?> entry
                && entry.containsKey("name"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
