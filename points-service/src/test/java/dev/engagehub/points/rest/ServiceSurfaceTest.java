package dev.engagehub.points.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import dev.engagehub.testkit.KafkaBrokerResource;
import dev.engagehub.testkit.ServiceSurfaceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ServiceSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected boolean usesRedis() {
        return true;
    }

    @Test
    void shouldDocumentTheLeaderboardApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/communities/{communityId}/leaderboards/{window}"));
    }

    @Test
    void shouldAnswerBadInputWithProblemJson() {
        given().get("/api/v1/communities/c1/leaderboards/fortnight").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:engagehub:problem:unknown-window"))
                .body("detail", containsString("day, week, month, all"))
                .body("instance", equalTo("/api/v1/communities/c1/leaderboards/fortnight"));
        given().get("/api/v1/communities/c1/leaderboards/all?limit=1000").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("limit"));
    }
}
