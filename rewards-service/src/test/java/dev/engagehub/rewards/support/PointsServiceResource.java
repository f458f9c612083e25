package dev.engagehub.rewards.support;

import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.ServiceProcess;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The test broker plus the real, packaged points-service on it, so the saga runs with its actual partner;
 * rewards-service under test reads balances from it and exchanges the saga's events with it.
 */
public class PointsServiceResource extends KafkaBrokerResource {
    public static final Path MODULE = Path.of("..", "points-service");

    private ServiceProcess points;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        points = ServiceProcess.of(MODULE, Map.of("KAFKA_BOOTSTRAP_SERVERS", config.get("kafka.bootstrap.servers"),
                "ENGAGEHUB_DB_NAME", "engagehub_points_rewards_test")).start();
        config.put("quarkus.rest-client.points-service.url", points.baseUri());
        return config;
    }

    @Override
    public void stop() {
        if (points != null) {
            points.close();
        }
        super.stop();
    }
}
