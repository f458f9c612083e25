package dev.engagehub.broker;

import dev.engagehub.events.Topic;
import dev.engagehub.events.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates every topic of the {@link Topics} catalog, and its dead-letter twin, on a broker.
 * Safe to run again: topics that exist are left as they are.
 */
public final class TopicProvisioner {
    /** Dead letters are rare and read by people: a few partitions are plenty. */
    static final int DEAD_LETTER_PARTITIONS = 3;

    private TopicProvisioner() {
    }

    public static List<NewTopic> catalog(short replicationFactor) {
        List<NewTopic> topics = new ArrayList<>();
        for (Topic topic : Topics.all()) {
            topics.add(new NewTopic(topic.name(), topic.partitions(), replicationFactor));
            topics.add(new NewTopic(topic.deadLetterTopic(), DEAD_LETTER_PARTITIONS, replicationFactor));
        }
        return topics;
    }

    /** Creates the missing topics and returns the names it created. */
    public static List<String> provision(String bootstrapServers) throws InterruptedException, ExecutionException,
            TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = catalog((short) 1).stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            return missing.stream().map(NewTopic::name).toList();
        }
    }

    /** {@code TopicProvisioner <bootstrap-servers>}: used by {@code ./engagehub up}. */
    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "localhost:9092";
        List<String> created = provision(bootstrap);
        System.out.println(created.isEmpty() ? "topics: all present" : "topics created: " + String.join(", ", created));
    }
}
