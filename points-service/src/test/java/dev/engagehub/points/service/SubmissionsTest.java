package dev.engagehub.points.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

import dev.engagehub.events.EventCodec;
import dev.engagehub.events.SubmissionReviewed;
import dev.engagehub.events.Topics;
import dev.engagehub.points.support.CommunityTestBase;
import dev.engagehub.points.support.PointsApi;
import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.KafkaTestClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class SubmissionsTest extends CommunityTestBase {

    @Test
    void shouldShipTwentyTemplatesAcrossAllFourCategories() {
        api.get("/submission-templates").statusCode(200)
                .body("size()", greaterThanOrEqualTo(20))
                .body("category", hasItems("EVENTS", "CONTENT", "ADVOCACY", "LEARNING"))
                .body("key", hasItems("shared-a-post", "wrote-a-review", "attended-live-event", "finished-module",
                        "referred-a-member"));
    }

    @Test
    void shouldGrantTheTemplatesPointsAndTheFirstSubmissionBadgeOnApproval() {
        // Given
        String id = claim("nia", "wrote-blog-post", Map.of("evidenceUrl", "https://blog.example/engagehub"))
                .statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        api.get("/submissions").body("id", hasItems(id));

        // When
        review(id, "APPROVED", null).statusCode(200).body("status", equalTo("APPROVED"))
                .body("reviewerId", equalTo(PointsApi.ADMIN));

        // Then
        assertThat(api.balanceOf("nia")).isEqualTo(400);
        api.get("/members/{m}/badges", "nia").body("key", hasItems("first-submission"));
        var record = api.kafka().awaitRecord(Topics.SUBMISSIONS.name(),
                r -> "SubmissionReviewed".equals(KafkaTestClient.header(r, "eventType")) && r.value().contains(id),
                PointsApi.WAIT);
        assertThat(EventCodec.decode(record.value(), SubmissionReviewed.class).payload().points()).isEqualTo(400);
        api.get("/audit").body("[0].action", equalTo("submission.approved"));
    }

    @Test
    void shouldRejectWithAReasonAndGrantNothing() {
        String id = claim("oli", "shared-a-post", Map.of("evidenceUrl", "https://social.example/p/1")).extract().path("id");

        review(id, "REJECTED", " ").statusCode(400).body("type", equalTo("urn:engagehub:problem:reason-required"));
        review(id, "REJECTED", "the post is private").statusCode(200).body("reviewReason", equalTo("the post is private"));
        review(id, "APPROVED", null).statusCode(409).body("type", equalTo("urn:engagehub:problem:already-reviewed"));

        assertThat(api.balanceOf("oli")).isZero();
        // a rejected claim may be made again, with better evidence
        claim("oli", "shared-a-post", Map.of("evidenceUrl", "https://social.example/p/1")).statusCode(201);
    }

    @Test
    void shouldRefuseDuplicateClaimsClaimsOverTheLimitAndMissingEvidence() {
        claim("pat", "shared-a-post", Map.of("evidenceUrl", "https://social.example/p/9")).statusCode(201);
        claim("pat", "shared-a-post", Map.of("evidenceUrl", "HTTPS://social.example/p/9/ ")).statusCode(409)
                .body("type", equalTo("urn:engagehub:problem:duplicate-submission"));
        claim("pat", "wrote-a-review", Map.of("evidenceUrl", "https://reviews.example/1")).statusCode(201);
        claim("pat", "wrote-a-review", Map.of("evidenceUrl", "https://reviews.example/2")).statusCode(409)
                .body("type", equalTo("urn:engagehub:problem:submission-limit"));
        claim("pat", "wrote-blog-post", Map.of("evidenceText", "trust me")).statusCode(400)
                .body("type", equalTo("urn:engagehub:problem:evidence-required"));
        claim("pat", "wrote-blog-post", Map.of("evidenceUrl", "javascript:alert(1)")).statusCode(400)
                .body("type", equalTo("urn:engagehub:problem:invalid-evidence"));
        claim("pat", "no-such-template", Map.of("evidenceText", "x")).statusCode(404);

        api.get("/members/{m}/submissions", "pat").body("size()", equalTo(2));
    }

    private io.restassured.response.ValidatableResponse claim(String member, String template, Map<String, String> evidence) {
        Map<String, Object> body = new java.util.HashMap<>(evidence);
        body.put("templateKey", template);
        return api.memberPost(member, "/submissions", body);
    }

    private io.restassured.response.ValidatableResponse review(String id, String decision, String reason) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        return api.adminPost("/submissions/{id}/review", body, id);
    }
}
