package dev.engagehub.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.engagehub.gateway.support.GatewayPlatformResource;
import dev.engagehub.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint checks the token's role and community; communities never see each other. */
@QuarkusTest
@WithTestResource(GatewayPlatformResource.class)
class AccessControlTest {
    private static final String MINE = "acme-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String THEIRS = "globex-" + UUID.randomUUID().toString().substring(0, 8);

    private record Route(String method, String path) {
    }

    @BeforeAll
    static void communities() {
        for (String community : List.of(MINE, THEIRS)) {
            given().baseUri(GatewayPlatformResource.pointsUrl()).contentType("application/json")
                    .header("X-Actor-Id", "setup").body(Map.of("name", community, "timeZone", "UTC"))
                    .put("/api/v1/communities/{c}", community).then().statusCode(201);
        }
    }

    @Test
    void shouldRefuseEveryApiEndpointWithoutAToken() {
        List<Route> routes = apiRoutes(MINE);
        assertThat(routes).hasSizeGreaterThan(30);
        for (Route route : routes) {
            Response response = given().contentType("application/json").body("{}").request(route.method(), route.path());
            assertThat(response.statusCode()).as(route.toString()).isEqualTo(401);
        }
    }

    @Test
    void shouldRefuseEveryEndpointOfAnotherCommunityEvenToItsAdmin() {
        String admin = Tokens.of("admin", MINE, "mona");
        for (Route route : apiRoutes(THEIRS)) {
            Response response = as(admin).contentType("application/json").body("{}")
                    .request(route.method(), route.path());
            assertThat(response.statusCode()).as(route.toString()).isEqualTo(403);
            assertThat(response.contentType()).as(route.toString()).startsWith("application/problem+json");
        }
    }

    @Test
    void shouldLetAMemberReadTheirOwnDataOnly() {
        String member = Tokens.of("member", MINE, "max");
        as(member).get("/api/v1/communities/{c}/members/max/points", MINE).then().statusCode(200)
                .body("balance", equalTo(0));
        as(member).get("/api/v1/communities/{c}/members/other/points", MINE).then().statusCode(403)
                .body("type", equalTo("urn:engagehub:problem:forbidden"));
        as(member).get("/api/v1/communities/{c}/leaderboards/week", MINE).then().statusCode(200);
        as(member).get("/api/v1/communities/{c}/submissions", MINE).then().statusCode(403);
        as(member).header("Idempotency-Key", "k1").contentType("application/json")
                .body(Map.of("points", 100, "reason", "me")).post("/api/v1/communities/{c}/members/max/adjustments", MINE)
                .then().statusCode(403);
    }

    @Test
    void shouldLetAnAdminManageTheirCommunityThroughTheOwningServices() {
        String admin = Tokens.of("admin", MINE, "mona");
        as(admin).header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body(Map.of("points", 70, "reason", "welcome")).post("/api/v1/communities/{c}/members/maya/adjustments",
                        MINE).then().statusCode(200).body("points.balance", equalTo(70));
        as(admin).get("/api/v1/communities/{c}/members/maya/ledger", MINE).then().statusCode(200)
                .body("[0].actorId", equalTo("mona")).body("[0].points", equalTo(70));
        // The owning service's refusals come through as they are.
        as(admin).header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body(Map.of("points", -1_000, "reason", "too much"))
                .post("/api/v1/communities/{c}/members/maya/adjustments", MINE).then().statusCode(409)
                .contentType("application/problem+json");
        as(admin).get("/api/v1/communities/{c}/members/{m}/points", MINE, "-not-an-id").then().statusCode(400)
                .body("type", equalTo("urn:engagehub:problem:invalid-field"));
    }

    @Test
    void shouldLetAnOperatorWorkInEveryCommunityAndRefuseBadTokens() {
        String operator = Tokens.script("operator", null, "ops");
        as(operator).get("/api/v1/communities/{c}/rules", THEIRS).then().statusCode(200);
        as(operator).post("/api/v1/communities/{c}/leaderboards/rebuild", MINE).then().statusCode(200);
        as(Tokens.of("admin", MINE, "mona")).post("/api/v1/communities/{c}/leaderboards/rebuild", MINE).then()
                .statusCode(403);
        as(Tokens.script("member", MINE, "max")).get("/api/v1/communities/{c}/members/max/streak", MINE).then()
                .statusCode(200);

        as(Tokens.expired("admin", MINE, "mona")).get("/api/v1/communities/{c}/rules", MINE).then().statusCode(401);
        String token = Tokens.of("admin", MINE, "mona");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        as(forged).get("/api/v1/communities/{c}/rules", MINE).then().statusCode(401);
        as(Tokens.of("partner", MINE, "shop")).get("/api/v1/communities/{c}/members/max/points", MINE).then()
                .statusCode(403);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** Every operation under /api/v1 in the OpenAPI document, with its path filled in for {@code community}. */
    @SuppressWarnings("unchecked")
    private static List<Route> apiRoutes(String community) {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<Route> routes = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/v1/")) {
                return;
            }
            String concrete = path.replace("{communityId}", community).replace("{memberId}", "someone")
                    .replace("{window}", "week").replace("{programme}", "badges").replace("{view}", "points").replace("{list}", "submissions")
                    .replace("{rewardsView}", "offers").replace("{report}", "overview")
                    .replace("{export}", "ledger.csv")
                    .replace("{decision}", "approve").replaceAll("\\{[^}]+}", "x1");
            operations.keySet().forEach(method -> routes.add(new Route(method.toUpperCase(), concrete)));
        });
        return routes;
    }
}
