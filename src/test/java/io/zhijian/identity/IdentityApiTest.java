package io.zhijian.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
public class IdentityApiTest {

    static final String PROBLEM = "application/problem+json";

    @ParameterizedTest
    @ValueSource(strings = {"admin", "trainer", "qa", "lead", "agent1", "agent2"})
    void everyDemoUserSignsInAndSeesThemselves(String username) {
        as(username).get("/api/me").then().statusCode(200)
                .body("username", equalTo(username))
                .body("displayName", notNullValue())
                .body("roles.size()", equalTo(1))
                .body("language", equalTo("en"));
    }

    @Test
    void meCarriesRolesTeamAndBrowserLanguage() {
        as("lead").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").get("/api/me").then().statusCode(200)
                .body("roles", equalTo(List.of("LEAD")))
                .body("team", equalTo("A组"))
                .body("language", equalTo("zh"));
        as("admin").get("/api/me").then().body("team", nullValue()).body("roles", equalTo(List.of("ADMIN")));
    }

    @Test
    void apiWithoutCredentialsIs401() {
        given().get("/api/me").then().statusCode(401).header("WWW-Authenticate", startsWith("Basic"));
        given().get("/api/users").then().statusCode(401);
    }

    @Test
    void wrongPasswordIs401() {
        as("trainer", "wrong-password").get("/api/me").then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"trainer", "qa", "lead", "agent1"})
    void everyAdminEndpointRefusesOtherRolesWithProblemJson(String username) {
        List<String[]> calls = List.of(
                new String[]{"GET", "/api/users"}, new String[]{"GET", "/api/users/agent1"},
                new String[]{"POST", "/api/users"}, new String[]{"PUT", "/api/users/agent1"},
                new String[]{"DELETE", "/api/users/agent1"}, new String[]{"POST", "/api/users/agent1/password"},
                new String[]{"POST", "/api/users/agent1/unlock"}, new String[]{"GET", "/api/teams"},
                new String[]{"GET", "/api/teams/1"}, new String[]{"POST", "/api/teams"},
                new String[]{"PUT", "/api/teams/1"}, new String[]{"DELETE", "/api/teams/1"},
                new String[]{"GET", "/api/audit"});
        for (String[] call : calls) {
            as(username).contentType(ContentType.JSON).body("{}").request(call[0], call[1]).then()
                    .statusCode(403).contentType(PROBLEM)
                    .body("status", equalTo(403)).body("title", equalTo("Forbidden"));
        }
        as("admin").get("/api/users/agent1").then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void adminCreatesEditsResetsAndDeactivatesAUserAndEverythingIsAudited() {
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "zhang.san", "displayName", "张三", "password", "s3cret-pass",
                        "roles", List.of("AGENT", "QA"), "team", "A组"))
                .post("/api/users").then().statusCode(201)
                .header("Location", containsString("/api/users/zhang.san"))
                .body("roles", equalTo(List.of("QA", "AGENT")))
                .body("team", equalTo("A组"))
                .body("active", equalTo(true))
                .body("passwordHash", nullValue());
        as("zhang.san", "s3cret-pass").get("/api/me").then().statusCode(200).body("displayName", equalTo("张三"));

        as("admin").contentType(ContentType.JSON).body(Map.of("displayName", "张三丰", "roles", List.of("LEAD")))
                .put("/api/users/zhang.san").then().statusCode(200)
                .body("displayName", equalTo("张三丰")).body("roles", equalTo(List.of("LEAD")))
                .body("team", equalTo("A组"));
        // Signed in a moment ago as AGENT and QA: the new roles apply to the very next request.
        as("zhang.san", "s3cret-pass").get("/api/me").then().statusCode(200).body("roles", equalTo(List.of("LEAD")));
        as("zhang.san", "s3cret-pass").contentType(ContentType.JSON).body("{}").post("/api/calibrations").then()
                .statusCode(403);

        as("admin").contentType(ContentType.JSON).body(Map.of("password", "another-pass"))
                .post("/api/users/zhang.san/password").then().statusCode(204);
        as("zhang.san", "s3cret-pass").get("/api/me").then().statusCode(401);
        as("zhang.san", "another-pass").get("/api/me").then().statusCode(200).body("roles", equalTo(List.of("LEAD")));

        as("admin").delete("/api/users/zhang.san").then().statusCode(200).body("active", equalTo(false));
        as("zhang.san", "another-pass").get("/api/me").then().statusCode(401);

        as("admin").get("/api/audit?size=20").then().statusCode(200)
                .body("findAll { it.targetId == 'zhang.san' }.action",
                        hasItems("USER_CREATED", "USER_UPDATED", "USER_PASSWORD_RESET", "USER_DEACTIVATED"))
                .body("find { it.action == 'USER_UPDATED' && it.targetId == 'zhang.san' }.before",
                        containsString("张三"))
                .body("find { it.action == 'USER_UPDATED' && it.targetId == 'zhang.san' }.after",
                        containsString("张三丰"))
                .body("find { it.action == 'USER_CREATED' && it.targetId == 'zhang.san' }.actor", equalTo("admin"));
    }

    @Test
    void invalidUserInputListsEveryFieldAndChangesNothing() {
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "x", "displayName", " ", "password", "short", "roles", List.of(),
                        "team", "no-such-team"))
                .post("/api/users").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("username", "displayName", "password", "roles", "team")))
                .body("errors.message", hasItem(containsString("8")));
        as("admin").get("/api/users/x").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void duplicateUsernameIs409() {
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "agent1", "displayName", "Dup", "password", "long-enough", "roles",
                        List.of("AGENT")))
                .post("/api/users").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("agent1"));
    }

    @Test
    void unknownRoleAndMalformedJsonAre400NamingTheProblem() {
        as("admin").contentType(ContentType.JSON)
                .body("{\"username\":\"bad.role\",\"displayName\":\"B\",\"password\":\"long-enough\",\"roles\":[\"BOSS\"]}")
                .post("/api/users").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("roles[0]"))
                .body("detail", containsString("\"BOSS\" is not one of ADMIN, TRAINER, QA, LEAD, MANAGER, AGENT"))
                .body("detail", not(containsString("io.zhijian"))).body("detail", not(containsString("java.")));
        as("admin").contentType(ContentType.JSON).header("Accept-Language", "zh")
                .body("{\"username\":[\"x\"],\"displayName\":\"B\",\"password\":\"long-enough\",\"roles\":[\"AGENT\"]}")
                .post("/api/users").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("username")).body("errors[0].message", equalTo("应为文本"))
                .body("detail", containsString("（第 1 行第")).body("detail", not(containsString("java.")));
        as("admin").contentType(ContentType.JSON).body("{\"username\": \"oops\",")
                .post("/api/users").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("line 1"));
        as("admin").contentType(ContentType.JSON).post("/api/users").then().statusCode(400).contentType(PROBLEM);
        as("admin").get("/api/users/bad.role").then().statusCode(404);
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "{\"username\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}";
        as("admin").contentType(ContentType.JSON).body(huge).post("/api/users").then().statusCode(413);
    }

    @Test
    void theLastActiveAdminCannotBeRemoved() {
        as("admin").contentType(ContentType.JSON).body(Map.of("active", false))
                .put("/api/users/admin").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("last active administrator"));
        as("admin").contentType(ContentType.JSON).body(Map.of("roles", List.of("QA")))
                .put("/api/users/admin").then().statusCode(409);
        as("admin").delete("/api/users/admin").then().statusCode(409);
        as("admin").get("/api/me").then().statusCode(200).body("roles", equalTo(List.of("ADMIN")));
    }

    @Test
    void whatARequestKnowsOfItsUserFollowsChangesToTheirTeamAtOnce() {
        as("admin").contentType(ContentType.JSON).body(Map.of("name", "D组")).post("/api/teams").then().statusCode(201);
        int team = as("admin").get("/api/teams").then().extract().path("find { it.name == 'D组' }.id");
        as("admin").contentType(ContentType.JSON).body(Map.of("username", "wang.wu", "displayName", "王五",
                "password", "s3cret-pass", "roles", List.of("AGENT"), "team", "D组")).post("/api/users").then().statusCode(201);
        as("wang.wu", "s3cret-pass").get("/api/me").then().statusCode(200).body("team", equalTo("D组"));

        as("admin").contentType(ContentType.JSON).body(Map.of("name", "D组（早班）")).put("/api/teams/" + team)
                .then().statusCode(200);
        as("wang.wu", "s3cret-pass").get("/api/me").then().statusCode(200).body("team", equalTo("D组（早班）"));

        as("admin").contentType(ContentType.JSON).body(Map.of("team", "")).put("/api/users/wang.wu").then().statusCode(200);
        as("wang.wu", "s3cret-pass").get("/api/me").then().statusCode(200).body("team", nullValue());
    }

    @Test
    void teamsAreManagedAndATeamWithMembersIsKept() {
        int id = as("admin").contentType(ContentType.JSON).body(Map.of("name", "B组"))
                .post("/api/teams").then().statusCode(201).body("name", equalTo("B组"))
                .extract().path("id");
        as("admin").contentType(ContentType.JSON).body(Map.of("name", "B组")).post("/api/teams").then().statusCode(409);
        as("admin").contentType(ContentType.JSON).body(Map.of("name", "")).post("/api/teams").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        as("admin").contentType(ContentType.JSON).body(Map.of("name", "B组（夜班）"))
                .put("/api/teams/" + id).then().statusCode(200).body("name", equalTo("B组（夜班）"));
        as("admin").get("/api/teams").then().statusCode(200)
                .body("find { it.name == 'A组' }.members", hasItems("lead", "agent1", "agent2"))
                .body("find { it.name == 'A组' }.leads", equalTo(List.of("lead")));
        int teamA = as("admin").get("/api/teams").then().extract().path("find { it.name == 'A组' }.id");
        as("admin").delete("/api/teams/" + teamA).then().statusCode(409).contentType(PROBLEM);
        as("admin").delete("/api/teams/" + id).then().statusCode(204);
        as("admin").get("/api/teams/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void unknownUserIs404ProblemJson() {
        as("admin").get("/api/users/nobody").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("nobody")).body("instance", equalTo("/api/users/nobody"));
        as("admin").header("Accept-Language", "zh").get("/api/users/nobody").then().statusCode(404)
                .body("detail", containsString("不存在"));
    }

    @Test
    void openApiAndHealthAreServed() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", notNullValue())
                .body("paths.'/api/me'", notNullValue());
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
