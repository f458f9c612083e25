package dev.engagehub.testkit;

import dev.engagehub.broker.TopicProvisioner;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker with every catalog topic: the one named by
 * {@code KAFKA_BOOTSTRAP_SERVERS} when set, otherwise a single-node KRaft broker started inside
 * the test JVM (1-3 s) on a random port and shared by all the tests of that JVM.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {
    private static KafkaClusterTestKit embedded;

    @Override
    public Map<String, String> start() {
        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        try {
            if (bootstrap == null || bootstrap.isBlank()) {
                bootstrap = embeddedBroker().bootstrapServers();
            }
            TopicProvisioner.provision(bootstrap);
        } catch (Exception e) {
            throw new IllegalStateException("could not start or reach the test Kafka broker", e);
        }
        return Map.of("kafka.bootstrap.servers", bootstrap);
    }

    @Override
    public void stop() {
        // The embedded broker lives as long as the JVM: Quarkus restarts between test profiles reuse it.
    }

    private static synchronized KafkaClusterTestKit embeddedBroker() throws Exception {
        if (embedded == null) {
            // A broker inside the test JVM must never end the JVM: Kafka's fatal-error path calls Exit.halt,
            // which during shutdown would turn a green run into a failed fork.
            Exit.setExitProcedure((status, message) -> System.err.println("embedded Kafka asked to exit "
                    + status + ": " + message));
            Exit.setHaltProcedure((status, message) -> System.err.println("embedded Kafka asked to halt "
                    + status + ": " + message));
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("auto.create.topics.enable", "false")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("offsets.topic.num.partitions", "4")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.close();
                } catch (Exception ignored) {
                    // The JVM is going away; the broker's temp directory goes with it.
                }
            }, "test-kafka-shutdown"));
            embedded = cluster;
        }
        return embedded;
    }
}
