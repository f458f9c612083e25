package dev.engagehub.deployment;

import static dev.engagehub.deployment.Kustomization.list;
import static dev.engagehub.deployment.Kustomization.map;
import static dev.engagehub.deployment.Kustomization.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engagehub.broker.TopicProvisioner;
import dev.engagehub.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * What an operator relies on when deploying: every overlay renders workloads with probes, limits, a non-root
 * security context and the project's image tag; every consumer scales on the lag of exactly the groups and topics
 * it reads; topics match the catalog; compose and Kubernetes set the same variables, all of them ones the services
 * read.
 */
class DeploymentManifestsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("points-service", "rewards-service", "analytics-service",
            "api-gateway", "bot-gateway");
    private static final List<String> CONSUMERS = List.of("points-service", "rewards-service", "analytics-service");
    private static final Pattern PROJECT_VERSION = Pattern.compile("<artifactId>engagehub-parent</artifactId>\\s*"
            + "<version>([^<]+)</version>");

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void everyWorkloadIsProbedLimitedNonRootAndTaggedWithTheProjectVersion(String overlay) throws IOException {
        List<Map<String, Object>> workloads = kinds(Kustomization.render(ROOT.resolve(overlay)), "Deployment",
                "StatefulSet");
        assertThat(workloads).extracting(Kustomization::name).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (Map<String, Object> workload : workloads) {
            Map<String, Object> pod = map(Kustomization.template(workload).get("spec"));
            assertThat(map(pod.get("securityContext")).get("runAsNonRoot")).as(name(workload)).isEqualTo(true);
            for (Object entry : list(pod.get("containers"))) {
                Map<String, Object> container = map(entry);
                String what = overlay + " " + name(workload);
                assertThat(probePath(container, "startupProbe")).as(what).isEqualTo("/q/health/started");
                assertThat(probePath(container, "livenessProbe")).as(what).isEqualTo("/q/health/live");
                assertThat(probePath(container, "readinessProbe")).as(what).isEqualTo("/q/health/ready");
                Map<String, Object> resources = map(container.get("resources"));
                assertThat(map(resources.get("requests"))).as(what).containsKeys("cpu", "memory");
                assertThat(map(resources.get("limits"))).as(what).containsKeys("cpu", "memory");
                assertThat(map(container.get("securityContext")).get("allowPrivilegeEscalation")).as(what)
                        .isEqualTo(false);
                assertThat((String) container.get("image")).as(what).matches("([a-z0-9.-]+/)?engagehub/"
                        + name(workload) + ":" + Pattern.quote(projectVersion()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void everyConsumerScalesOnTheLagOfWhatItReadsAndNoFurtherThanItsPartitions(String overlay) {
        List<Map<String, Object>> resources = Kustomization.render(ROOT.resolve(overlay));
        Map<String, Integer> partitions = Topics.all().stream()
                .collect(Collectors.toMap(topic -> topic.name(), topic -> topic.partitions()));
        for (String consumer : CONSUMERS) {
            Map<String, Object> scaled = kinds(resources, "ScaledObject").stream()
                    .filter(object -> consumer.equals(map(map(object.get("spec")).get("scaleTargetRef")).get("name")))
                    .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no ScaledObject for " + consumer));
            Map<String, Set<String>> triggers = new HashMap<>();
            for (Object trigger : list(map(scaled.get("spec")).get("triggers"))) {
                Map<String, Object> metadata = map(map(trigger).get("metadata"));
                assertThat(map(trigger).get("type")).isEqualTo("kafka");
                triggers.computeIfAbsent((String) metadata.get("consumerGroup"), g -> new HashSet<>())
                        .add((String) metadata.get("topic"));
            }
            assertThat(triggers).as(overlay + " " + consumer)
                    .isEqualTo(ServiceConfig.of(ROOT, consumer).consumedTopics());
            int most = triggers.values().stream().flatMap(Set::stream).mapToInt(partitions::get).max().orElseThrow();
            int max = (Integer) map(scaled.get("spec")).get("maxReplicaCount");
            assertThat(max).as(overlay + " " + consumer + " replicas ≤ partitions").isBetween(1, most);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void theBotRunsOneGatewayShardPerPodAndTheApiScalesOnCpu(String overlay) {
        List<Map<String, Object>> resources = Kustomization.render(ROOT.resolve(overlay));
        Map<String, Object> bot = kinds(resources, "StatefulSet").stream().filter(r -> name(r).equals("bot-gateway"))
                .findFirst().orElseThrow();
        Map<String, Object> env = environment(map(list(map(Kustomization.template(bot).get("spec")).get("containers"))
                .get(0)));
        assertThat(env.get("ENGAGEHUB_DISCORD_SHARD_COUNT")).as(overlay)
                .isEqualTo(String.valueOf(map(bot.get("spec")).get("replicas")));
        assertThat(env.get("ENGAGEHUB_DISCORD_SHARD_INDEX").toString()).contains("apps.kubernetes.io/pod-index");
        assertThat(kinds(resources, "HorizontalPodAutoscaler")).extracting(hpa -> map(map(hpa.get("spec"))
                .get("scaleTargetRef")).get("name")).containsExactly("api-gateway");
        assertThat(kinds(resources, "PodDisruptionBudget")).extracting(Kustomization::name)
                .containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    @Test
    void onlyTheGatewaysAreReachableFromOutside() {
        List<Map<String, Object>> resources = Kustomization.render(ROOT.resolve("k8s/base"));
        Set<Object> backends = new HashSet<>();
        kinds(resources, "Ingress").forEach(ingress -> list(map(ingress.get("spec")).get("rules")).forEach(rule ->
                list(map(map(rule).get("http")).get("paths")).forEach(path ->
                        backends.add(map(map(map(path).get("backend")).get("service")).get("name")))));
        assertThat(backends).containsExactlyInAnyOrder("api-gateway", "bot-gateway");
        Map<String, Object> denyAll = kinds(resources, "NetworkPolicy").stream()
                .filter(policy -> name(policy).equals("default-deny-ingress")).findFirst().orElseThrow();
        assertThat(map(map(denyAll.get("spec")).get("podSelector"))).isEmpty();
        assertThat(map(denyAll.get("spec")).get("ingress")).isNull();
        Map<String, Object> fromOutside = kinds(resources, "NetworkPolicy").stream()
                .filter(policy -> name(policy).equals("gateways-from-ingress")).findFirst().orElseThrow();
        Set<String> exposed = kinds(resources, "Deployment", "StatefulSet").stream()
                .filter(workload -> "gateway".equals(map(map(Kustomization.template(workload).get("metadata"))
                        .get("labels")).get("app.kubernetes.io/component")))
                .map(Kustomization::name).collect(Collectors.toSet());
        assertThat(map(map(map(fromOutside.get("spec")).get("podSelector")).get("matchLabels")))
                .containsEntry("app.kubernetes.io/component", "gateway");
        assertThat(exposed).containsExactlyInAnyOrder("api-gateway", "bot-gateway");
    }

    @Test
    void topicsOnKubernetesAndInComposeAreTheCatalog() throws IOException {
        Map<String, Integer> catalog = new TreeMap<>();
        for (NewTopic topic : TopicProvisioner.catalog((short) 1)) {
            catalog.put(topic.name(), topic.numPartitions());
        }
        Map<String, Integer> strimzi = new TreeMap<>();
        kinds(Kustomization.render(ROOT.resolve("k8s/base")), "KafkaTopic").forEach(topic -> strimzi.put(
                (String) map(topic.get("spec")).get("topicName"), (Integer) map(topic.get("spec")).get("partitions")));
        assertThat(strimzi).isEqualTo(catalog);
        Map<String, Integer> compose = new TreeMap<>();
        Matcher spec = Pattern.compile("(engagehub\\.[a-z.]+):(\\d+)")
                .matcher(Files.readString(ROOT.resolve("docker/kafka/create-topics.sh")));
        while (spec.find()) {
            compose.put(spec.group(1), Integer.parseInt(spec.group(2)));
        }
        assertThat(compose).isEqualTo(catalog);
    }

    @Test
    void composeAndKubernetesSetTheSameVariablesAndTheServicesReadEachOne() throws IOException {
        Map<String, Object> compose = map(new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml"))));
        List<Map<String, Object>> workloads = kinds(Kustomization.render(ROOT.resolve("k8s/base")), "Deployment",
                "StatefulSet");
        for (String service : SERVICES) {
            Set<String> inCompose = map(map(map(compose.get("services")).get(service)).get("environment")).keySet();
            Map<String, Object> workload = workloads.stream().filter(w -> name(w).equals(service)).findFirst()
                    .orElseThrow();
            Set<String> inKubernetes = environment(map(list(map(Kustomization.template(workload).get("spec"))
                    .get("containers")).get(0))).keySet();
            assertThat(inKubernetes).as(service).isEqualTo(inCompose);
            assertThat(ServiceConfig.of(ROOT, service).environmentVariables()).as(service).containsAll(inCompose);
        }
    }

    @Test
    void composeBuildsEveryServiceFromTheOneNonRootImageRecipe() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile.jvm"));
        assertThat(dockerfile).containsPattern("(?m)^USER 10001").containsPattern("(?m)^HEALTHCHECK .*\\n?.*/q/health/ready")
                .containsPattern("(?m)^EXPOSE 8080");
        Map<String, Object> services = map(map(new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml"))))
                .get("services"));
        for (String service : SERVICES) {
            Map<String, Object> build = map(map(services.get(service)).get("build"));
            assertThat(build.get("dockerfile")).as(service).isEqualTo("docker/Dockerfile.jvm");
            assertThat(map(build.get("args")).get("SERVICE")).as(service).isEqualTo(service);
            assertThat((String) map(services.get(service)).get("image")).as(service)
                    .isEqualTo("engagehub/" + service + ":${ENGAGEHUB_VERSION:-" + projectVersion() + "}");
        }
    }

    private static Map<String, Object> environment(Map<String, Object> container) {
        Map<String, Object> env = new HashMap<>();
        list(container.get("env")).forEach(entry -> env.put((String) map(entry).get("name"),
                map(entry).containsKey("value") ? map(entry).get("value") : map(entry).get("valueFrom")));
        return env;
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) map(map(container.get(probe)).get("httpGet")).get("path");
    }

    private static List<Map<String, Object>> kinds(List<Map<String, Object>> resources, String... kinds) {
        Set<String> wanted = Set.of(kinds);
        return resources.stream().filter(resource -> wanted.contains((String) resource.get("kind"))).toList();
    }

    private static String projectVersion() throws IOException {
        Matcher version = PROJECT_VERSION.matcher(Files.readString(ROOT.resolve("deployment/pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
