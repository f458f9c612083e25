package dev.engagehub.system.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A fresh community made through the public API, with its admin's token and helpers to act as its members. */
public final class Community {
    private final Platform platform;
    private final String id;
    private final String adminToken;

    private Community(Platform platform, String id) {
        this.platform = platform;
        this.id = id;
        this.adminToken = Platform.token("admin", id, "mona");
    }

    public static Community create(Platform platform, String prefix, String name) {
        Community community = new Community(platform, prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
        community.asAdmin().contentType(ContentType.JSON).body(Map.of("name", name, "timeZone", "UTC"))
                .put("/api/v1/communities/{c}", community.id).then().statusCode(201);
        return community;
    }

    public String id() {
        return id;
    }

    public String adminToken() {
        return adminToken;
    }

    public RequestSpecification asAdmin() {
        return given().baseUri(platform.gateway()).auth().oauth2(adminToken);
    }

    public RequestSpecification as(String member) {
        return given().baseUri(platform.gateway()).auth().oauth2(Platform.token("member", id, member));
    }

    /** Activity reported through the API, as a partner system would. */
    public void activity(String member, String action, Instant at) {
        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("memberId", member, "action", action, "occurredAt", at.toString()))
                .post("/api/v1/communities/{c}/activity", id).then().statusCode(202);
    }

    public long balanceOf(String member) {
        return asAdmin().get("/api/v1/communities/{c}/members/{m}/points", id, member).then().statusCode(200)
                .extract().jsonPath().getLong("balance");
    }
}
