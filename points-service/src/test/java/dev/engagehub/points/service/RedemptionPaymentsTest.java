package dev.engagehub.points.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.EventEnvelope;
import dev.engagehub.events.PointsDebitRejected;
import dev.engagehub.events.PointsDebited;
import dev.engagehub.events.PointsRefunded;
import dev.engagehub.events.RedemptionRejected;
import dev.engagehub.events.RedemptionRequested;
import dev.engagehub.events.RewardKind;
import dev.engagehub.events.Topics;
import dev.engagehub.points.support.CommunityTestBase;
import dev.engagehub.points.support.PointsApi;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** points-service's steps of the redemption saga, driven over the broker as rewards-service would. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class RedemptionPaymentsTest extends CommunityTestBase {

    @Test
    void shouldDebitOnceWhenTheBalanceCoversTheCostEvenIfTheRequestIsRedelivered() {
        // Given kim has 200 points
        api.publish(api.activity("kim", "purchase", Instant.now()));
        api.awaitXp("kim", xp -> xp == 200);
        UUID redemption = UUID.randomUUID();
        EventEnvelope<RedemptionRequested> request = request("kim", redemption, 150);

        // When the request arrives twice
        api.kafka().publish(request);
        api.kafka().publish(request);

        // Then one debit, the balance can go no lower than 50, lifetime XP stays
        PointsDebited debited = awaitReply(redemption, PointsDebited.class);
        assertThat(debited.balance()).isEqualTo(50);
        Awaitility.await().atMost(PointsApi.WAIT).until(() -> api.balanceOf("kim") == 50);
        assertThat(api.lifetimeXpOf("kim")).isEqualTo(200);
        assertThat(api.ledgerSize("kim")).isEqualTo(2);
    }

    @Test
    void shouldRejectWhenTheBalanceIsTooLowOrTheMemberUnknown() {
        // Given
        api.publish(api.activity("lee", "daily_checkin", Instant.now()));
        api.awaitXp("lee", xp -> xp == 50);
        UUID tooExpensive = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();

        // When
        api.kafka().publish(request("lee", tooExpensive, 51));
        api.kafka().publish(request("nobody", stranger, 10));

        // Then
        PointsDebitRejected rejected = awaitReply(tooExpensive, PointsDebitRejected.class);
        assertThat(rejected.reason()).isEqualTo(PointsDebitRejected.Reason.INSUFFICIENT_POINTS);
        assertThat(rejected.balance()).isEqualTo(50);
        assertThat(awaitReply(stranger, PointsDebitRejected.class).reason())
                .isEqualTo(PointsDebitRejected.Reason.MEMBER_UNKNOWN);
        assertThat(api.balanceOf("lee")).isEqualTo(50);
    }

    @Test
    void shouldRefundARejectedRedemptionExactlyOnce() {
        // Given mo spent 150 of 200
        api.publish(api.activity("mo", "purchase", Instant.now()));
        api.awaitXp("mo", xp -> xp == 200);
        UUID redemption = UUID.randomUUID();
        api.kafka().publish(request("mo", redemption, 150));
        awaitReply(redemption, PointsDebited.class);

        // When the redemption is rejected, the rejection redelivered, and a second rejection (a timeout) follows
        EventEnvelope<RedemptionRejected> rejection = EventEnvelope.of(api.id(), "mo", "rewards-service",
                new RedemptionRejected(redemption, "mug", 150, "out of stock", true));
        api.kafka().publish(rejection);
        api.kafka().publish(rejection);
        api.kafka().publish(EventEnvelope.of(api.id(), "mo", "rewards-service",
                new RedemptionRejected(redemption, "mug", 150, "timed out", true)));

        // Then the 150 come back once
        PointsRefunded refunded = awaitReply(redemption, PointsRefunded.class);
        assertThat(refunded.points()).isEqualTo(150);
        Awaitility.await().atMost(PointsApi.WAIT).until(() -> api.balanceOf("mo") == 200);
        api.publish(api.activity("mo", "invite", Instant.now()));
        api.awaitXp("mo", xp -> xp == 300);
        assertThat(api.balanceOf("mo")).isEqualTo(300);
        assertThat(api.get("/members/{m}/ledger", "mo").extract().jsonPath().getList("kind"))
                .containsExactly("AWARD", "REFUND", "DEBIT", "AWARD");
    }

    private EventEnvelope<RedemptionRequested> request(String member, UUID redemption, long cost) {
        return EventEnvelope.of(api.id(), member, "rewards-service",
                new RedemptionRequested(redemption, "mug", "EngageHub mug", RewardKind.MERCH, cost));
    }

    private <T extends dev.engagehub.events.EventPayload> T awaitReply(UUID redemption, Class<T> type) {
        // Debits and rejections travel on the saga's topic, refunds with the other points events.
        String topic = (type == PointsRefunded.class ? Topics.POINTS : Topics.DEBITS).name();
        ConsumerRecord<String, String> record = api.kafka().awaitRecord(topic,
                r -> type.getSimpleName().equals(KafkaTestClient.header(r, "eventType"))
                        && r.value().contains(redemption.toString()), PointsApi.WAIT);
        return EventCodec.decode(record.value(), type).payload();
    }
}
