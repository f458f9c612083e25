package dev.engagehub.rewards.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.engagehub.testkit.KafkaBrokerResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class CatalogAndInventoryTest {
    private final String community = "c-" + UUID.randomUUID();

    @Inject
    Inventory inventory;

    @Test
    void shouldCreateChangeAndListRewardsWithAnAuditTrail() {
        save("mug", Map.of("name", "EngageHub mug", "kind", "MERCH", "cost", 500, "stock", 20)).statusCode(201)
                .body("reward.cost", equalTo(500)).body("available", equalTo(20));
        save("mug", Map.of("name", "EngageHub mug", "kind", "MERCH", "cost", 450, "stock", 20)).statusCode(200);
        save("role", Map.of("name", "VIP role", "kind", "DIGITAL_PERK", "cost", 100)).statusCode(201)
                .body("available", equalTo(null));
        save("secret", Map.of("name", "Secret", "kind", "CUSTOM", "cost", 1, "visible", false)).statusCode(201);

        given().get("/api/v1/communities/{c}/rewards", community).then().statusCode(200)
                .body("reward.key", equalTo(List.of("role", "mug")));
        given().get("/api/v1/communities/{c}/rewards?includeHidden=true", community).then()
                .body("reward.key", equalTo(List.of("secret", "role", "mug")));
        given().get("/api/v1/communities/{c}/rewards/nope", community).then().statusCode(404);
    }

    @Test
    void shouldRefuseImpossibleRewardsNamingTheField() {
        save("free", Map.of("name", "Free", "kind", "CUSTOM", "cost", 0)).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cost"));
        save("neg", Map.of("name", "Neg", "kind", "MERCH", "cost", 5, "stock", -1)).statusCode(400)
                .body("errors[0].field", equalTo("stock"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "kind", "MERCH", "cost", 5))
                .put("/api/v1/communities/{c}/rewards/{k}", community, "x").then().statusCode(400)
                .body("type", equalTo("urn:engagehub:problem:actor-required"));
        given().get("/api/v1/communities/{c}/rewards", community).then().body("size()", equalTo(0));
    }

    @Test
    void shouldGrowACodePoolByTheNewCodesOnlyAndRefuseBadUploadsWhole() {
        save("steam", Map.of("name", "Steam", "kind", "DISCOUNT_CODE", "cost", 100, "stock", 5)).statusCode(400)
                .body("errors[0].field", equalTo("stock"));
        save("steam", Map.of("name", "Steam", "kind", "DISCOUNT_CODE", "cost", 100)).statusCode(201)
                .body("available", equalTo(0));

        upload("steam", "code,batch\n\"A-1\",june\nB-2\r\nA-1\n\nC-3\n").statusCode(200)
                .body("added", equalTo(3)).body("duplicates", equalTo(1)).body("poolSize", equalTo(3));
        upload("steam", "C-3\nD-4\n").statusCode(200).body("added", equalTo(1)).body("poolSize", equalTo(4));
        upload("steam", "E-5\nhas space\n").statusCode(400).body("type", equalTo("urn:engagehub:problem:invalid-code"))
                .body("detail", containsString("line 2"));
        upload("steam", "\n\n").statusCode(400).body("type", equalTo("urn:engagehub:problem:no-codes"));
        given().contentType("text/plain").body("X-1").post("/api/v1/communities/{c}/rewards/steam/codes", community)
                .then().statusCode(400).body("type", equalTo("urn:engagehub:problem:actor-required"));
        save("tee", Map.of("name", "Tee", "kind", "MERCH", "cost", 100, "stock", 5)).statusCode(201);
        upload("tee", "Z-1\n").statusCode(409).body("type", equalTo("urn:engagehub:problem:not-a-code-reward"));
        upload("none", "Z-1\n").statusCode(404);

        // Editing the reward keeps its pool as stock; its kind cannot change
        save("steam", Map.of("name", "Steam 5", "kind", "DISCOUNT_CODE", "cost", 90)).statusCode(200)
                .body("reward.stock", equalTo(4)).body("available", equalTo(4));
        save("steam", Map.of("name", "Steam", "kind", "PARTNER_OFFER", "cost", 90)).statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void shouldKeepStockAboveWhatIsPromisedAndCheckNestedRules() {
        save("cap", Map.of("name", "Cap", "kind", "MERCH", "cost", 100, "stock", 3)).statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> {
            inventory.reserve(community, "cap");
            inventory.reserve(community, "cap");
        });
        save("cap", Map.of("name", "Cap", "kind", "MERCH", "cost", 100, "stock", 1)).statusCode(400)
                .body("errors[0].field", equalTo("stock")).body("errors[0].message", containsString("2 unit(s)"));
        save("cap", Map.of("name", "Cap", "kind", "MERCH", "cost", 100, "stock", 2)).statusCode(200)
                .body("available", equalTo(0));

        save("gated", Map.of("name", "Gated", "kind", "CUSTOM", "cost", 1, "eligibility", Map.of("minLevel", -1)))
                .statusCode(400).body("errors[0].field", equalTo("eligibility.minLevel"));
        save("role", Map.of("name", "Role", "kind", "MERCH", "cost", 1, "fulfilment", Map.of("roleId", "42")))
                .statusCode(400).body("errors[0].field", equalTo("fulfilment.roleId"));
        save("days", Map.of("name", "Days", "kind", "DIGITAL_PERK", "cost", 1,
                "fulfilment", Map.of("roleDurationDays", 7))).statusCode(400)
                .body("errors[0].field", equalTo("fulfilment.roleDurationDays"));
    }

    @Test
    void shouldNeverReserveMoreUnitsThanExistUnderConcurrency() throws Exception {
        // Given 100 units
        save("hoodie", Map.of("name", "Hoodie", "kind", "MERCH", "cost", 900, "stock", 100)).statusCode(201);

        // When 1,000 reservations race on 8 threads
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            attempts.add(pool.submit(() -> QuarkusTransaction.requiringNew()
                    .call(() -> inventory.reserve(community, "hoodie"))));
        }
        int reserved = 0;
        for (Future<Boolean> attempt : attempts) {
            reserved += attempt.get() ? 1 : 0;
        }
        pool.shutdown();

        // Then exactly 100 succeed, none is left, and a release frees exactly one
        assertThat(reserved).isEqualTo(100);
        assertThat(inventory.available(community, "hoodie")).isZero();
        QuarkusTransaction.requiringNew().run(() -> inventory.release(community, "hoodie"));
        assertThat(inventory.available(community, "hoodie")).isEqualTo(1);
    }

    private ValidatableResponse upload(String key, String body) {
        return given().contentType("text/csv").header("X-Actor-Id", "admin-1").body(body)
                .post("/api/v1/communities/{c}/rewards/{k}/codes", community, key).then();
    }

    private ValidatableResponse save(String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("X-Actor-Id", "admin-1").body(new HashMap<>(body))
                .put("/api/v1/communities/{c}/rewards/{k}", community, key).then();
    }
}
