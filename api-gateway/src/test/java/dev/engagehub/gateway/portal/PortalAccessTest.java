package dev.engagehub.gateway.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import dev.engagehub.gateway.support.GatewayPlatformResource;
import dev.engagehub.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Who may open the portal's pages and post its forms; the browser tests (system-tests) cover the rest. */
@QuarkusTest
@WithTestResource(GatewayPlatformResource.class)
class PortalAccessTest {
    private static final String COOKIE = PortalSessions.COOKIE;

    @Test
    void shouldSendVisitorsWithoutAValidAdminSessionToSignInAndBack() {
        assertThat(location(given().redirects().follow(false).get("/portal/c/acme/review")))
                .endsWith("/portal/sign-in?next=%2Fportal%2Fc%2Facme%2Freview&reason=signed-out");
        assertThat(location(given().redirects().follow(false).cookie(COOKIE, Tokens.of("member", "acme", "max"))
                .get("/portal/c/acme"))).contains("reason=role");
        assertThat(location(given().redirects().follow(false).cookie(COOKIE, Tokens.expired("admin", "acme", "mona"))
                .get("/portal/c/acme"))).contains("reason=expired");
        assertThat(location(given().redirects().follow(false).cookie(COOKIE, "not-a-token")
                .get("/portal/c/acme/rewards"))).contains("reason=expired");
    }

    @Test
    void shouldKeepAnAdminInTheirOwnCommunity() {
        assertThat(location(given().redirects().follow(false).cookie(COOKIE, Tokens.of("admin", "acme", "mona"))
                .get("/portal/c/globex/members"))).endsWith("/portal/c/acme");
    }

    @Test
    void shouldRefuseFormsPostedFromAnotherSite() {
        String admin = Tokens.of("admin", "acme", "mona");
        given().redirects().follow(false).cookie(COOKIE, admin).header("Origin", "https://evil.example")
                .formParam("decision", "APPROVED").post("/portal/c/acme/review/submissions/x")
                .then().statusCode(403);
        given().redirects().follow(false).cookie(COOKIE, admin).header("Sec-Fetch-Site", "cross-site")
                .formParam("points", "100").formParam("reason", "x").formParam("idempotencyKey", "k")
                .post("/portal/c/acme/members/max/adjustments").then().statusCode(403);
    }

    @Test
    void shouldSignInWithAnAdminTokenIntoAStrictCookieOnlyThePortalGets() {
        Response signedIn = given().redirects().follow(false).formParam("token", Tokens.of("admin", "acme", "mona"))
                .formParam("next", "https://evil.example/steal").post("/portal/sign-in");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(location(signedIn)).endsWith("/portal/c/acme");
        String cookie = signedIn.getHeader("Set-Cookie");
        assertThat(cookie).startsWith(COOKIE + "=").contains("Path=/portal").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Strict").contains("Max-Age=");

        given().redirects().follow(false).formParam("token", Tokens.of("admin", "acme", "mona"))
                .formParam("next", "/portal/c/acme/rules").post("/portal/sign-in").then().statusCode(303)
                .header("Location", endsWith("/portal/c/acme/rules"));
        given().cookie(COOKIE, Tokens.of("admin", "acme", "mona")).get("/api/v1/communities/acme/rewards").then()
                .statusCode(401);
    }

    @Test
    void shouldExplainARefusedSignInNextToTheField() {
        given().formParam("token", Tokens.of("member", "acme", "max")).post("/portal/sign-in").then().statusCode(400)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue())
                .body(containsString("id=\"token-error\""), containsString("needs the admin or operator role"));
        given().formParam("token", "").post("/portal/sign-in").then().statusCode(400)
                .body(containsString("A token is required."));
        given().formParam("token", Tokens.of("operator", null, "olga")).post("/portal/sign-in").then()
                .statusCode(400).body(containsString("id=\"community-error\""));
        given().redirects().follow(false).formParam("token", Tokens.of("operator", null, "olga"))
                .formParam("community", "globex").post("/portal/sign-in").then().statusCode(303)
                .header("Location", endsWith("/portal/c/globex"));
    }

    @Test
    void shouldSignOutByExpiringTheCookie() {
        given().redirects().follow(false).post("/portal/sign-out").then().statusCode(303)
                .header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void shouldDownloadExportsAndTheAuditTrailWithThePortalSession() {
        String community = "portal-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String admin = Tokens.of("admin", community, "mona");
        given().auth().oauth2(admin).contentType("application/json")
                .body(java.util.Map.of("name", "Exports", "timeZone", "UTC"))
                .put("/api/v1/communities/{c}", community).then().statusCode(201);

        given().cookie(COOKIE, admin).get("/portal/c/{c}/exports/members.csv?from=2026-11-01&to=2026-11-30", community)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(org.hamcrest.Matchers.startsWith("member_id,"));
        given().cookie(COOKIE, admin).get("/portal/c/{c}/audit.csv?q=community", community).then().statusCode(200)
                .body(org.hamcrest.Matchers.startsWith("at,source,actor,action,subject,details"));
        given().redirects().follow(false).get("/portal/c/{c}/exports/ledger.csv", community).then().statusCode(303);
    }

    private static String location(Response response) {
        assertThat(response.statusCode()).isEqualTo(303);
        return response.getHeader("Location");
    }
}
