package dev.engagehub.rewards.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** The few points-service calls rewards tests need to set the scene and check balances. */
public record PointsApi(String baseUri) {
    public void createCommunity(String communityId) {
        admin().body(Map.of("name", communityId, "timeZone", "UTC"))
                .put("/api/v1/communities/{c}", communityId).then().statusCode(201);
    }

    public void award(String communityId, String memberId, long points) {
        admin().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("points", points, "reason", "test setup"))
                .post("/api/v1/communities/{c}/members/{m}/adjustments", communityId, memberId).then().statusCode(200);
    }

    public long balance(String communityId, String memberId) {
        return given().baseUri(baseUri).get("/api/v1/communities/{c}/members/{m}/points", communityId, memberId)
                .then().statusCode(200).extract().jsonPath().getLong("balance");
    }

    public RequestSpecification admin() {
        return given().baseUri(baseUri).contentType(ContentType.JSON).header("X-Actor-Id", "admin-1");
    }
}
