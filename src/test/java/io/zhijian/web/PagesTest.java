package io.zhijian.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.zhijian.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.zhijian.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PagesTest {

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        RestAssured.given().redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", endsWith("/login"));
        RestAssured.given().redirects().follow(false).get("/admin/users").then().statusCode(302);
        RestAssured.given().get("/login").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("j_security_check"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "trainer", "qa", "lead", "agent1", "agent2"})
    void everyDemoUserSignsInWithTheFormInBothLanguages(String username) {
        Browser english = Browser.signedInAs(username).acceptLanguage("en-US,en;q=0.9");
        english.get("/").then().statusCode(200).body(containsString("Welcome,")).body(containsString("Sign out"));
        Browser chinese = Browser.signedInAs(username).acceptLanguage("zh-CN,zh;q=0.9");
        chinese.get("/").then().statusCode(200).body(containsString("欢迎")).body(containsString("退出"))
                .body(containsString("<html lang=\"zh\">"));
    }

    @Test
    void homeShowsOnlyThePanelsOfTheUsersRoles() {
        Browser.signedInAs("agent1").get("/").then().body(containsString("See your evaluations"))
                .body(not(containsString("Manage users"))).body(not(containsString("/admin/users")));
        Browser.signedInAs("admin").get("/").then().body(containsString("Manage users"))
                .body(containsString("active users"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameMessage() {
        Browser browser = new Browser();
        String wrongPassword = browser.login("qa", "nope").then().statusCode(303).extract().header("Location");
        String unknownUser = browser.login("no-such-user", "nope").then().statusCode(303).extract().header("Location");
        assertEquals(wrongPassword, unknownUser);
        browser.get("/login/failed").then().statusCode(200).body(containsString("Sign-in failed"));
    }

    @Test
    void fiveFailedLoginsLockTheAccountUntilAnAdminUnlocksIt() {
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "locky", "displayName", "Locky", "password", "right-password",
                        "roles", List.of("AGENT")))
                .post("/api/users").then().statusCode(201);
        Browser browser = new Browser();
        for (int i = 0; i < 5; i++) {
            browser.login("locky", "wrong-" + i).then().statusCode(303).header("Location", endsWith("/login/failed"));
        }
        browser.login("locky", "right-password").then().statusCode(303).header("Location", endsWith("/login/failed"));
        as("locky", "right-password").get("/api/me").then().statusCode(401);
        as("admin").get("/api/users/locky").then().body("lockedUntil", notNullValue());
        Browser.signedInAs("admin").get("/admin/users").then().body(containsString("locked until"));
        as("admin").get("/api/audit").then().body("find { it.targetId == 'locky' }.action", equalTo("ACCOUNT_LOCKED"));

        as("admin").post("/api/users/locky/unlock").then().statusCode(200);
        browser.login("locky", "right-password").then().statusCode(302).header("Location", endsWith("/"));
    }

    @Test
    void aFormPostWithoutAValidCsrfTokenIsRejectedAndChangesNothing() {
        Browser admin = Browser.signedInAs("admin");
        admin.get("/admin/users").then().statusCode(200);
        Map<String, Object> form = Map.of("username", "csrf.victim", "displayName", "V",
                "password", "long-enough-pw", "roles", "AGENT");
        int noToken = admin.postForm("/admin/users", form, null).statusCode();
        int forgedToken = admin.postForm("/admin/users", form, "forged-token-value").statusCode();
        assertEquals(403, noToken);
        assertEquals(403, forgedToken);
        as("admin").get("/api/users/csrf.victim").then().statusCode(404);

        admin.submit("/admin/users", "/admin/users", form).then().statusCode(303);
        as("admin").get("/api/users/csrf.victim").then().statusCode(200);
    }

    @Test
    void aCsrfTokenIsBoundToItsPageSession() {
        Map<String, Object> form = Map.of("username", "csrf.bound", "displayName", "B",
                "password", "long-enough-pw", "roles", "AGENT");
        java.util.regex.Matcher agentsToken = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(Browser.signedInAs("agent1").get("/").asString());
        assertTrue(agentsToken.find());
        Browser admin = Browser.signedInAs("admin");
        assertEquals(403, admin.postForm("/admin/users", form, agentsToken.group(1)).statusCode(),
                "another session's token");
        // Whoever can set a cookie in the browser (a sibling subdomain, a network on plain HTTP) plants its own token.
        assertEquals(403, admin.withCookie("zhijian-csrf", "planted-token").postForm("/admin/users", form, "planted-token")
                .statusCode(), "a token planted in the cookie");
        as("admin").get("/api/users/csrf.bound").then().statusCode(404);

        admin.submit("/admin/users", "/admin/users", form).then().statusCode(303);
        as("admin").get("/api/users/csrf.bound").then().statusCode(200);
    }

    @Test
    void adminPagesCreateAndEditUsersAndShowFormErrorsInTheUsersLanguage() {
        Browser admin = Browser.signedInAs("admin").acceptLanguage("zh");
        admin.submit("/admin/users", "/admin/users",
                        Map.of("username", "li.si", "displayName", "", "password", "short", "roles", "AGENT"))
                .then().statusCode(400).body(containsString("姓名必填")).body(containsString("密码长度"))
                .body(containsString("value=\"li.si\""));
        as("admin").get("/api/users/li.si").then().statusCode(404);

        admin.submit("/admin/users", "/admin/users", Map.of("username", "li.si", "displayName", "李四",
                "password", "long-enough-pw", "roles", List.of("AGENT", "QA"), "team", "A组")).then().statusCode(303);
        admin.submit("/admin/users/li.si", "/admin/users/li.si", Map.of("displayName", "李四四",
                "roles", "QA", "team", "", "language", "zh")).then().statusCode(303);
        as("admin").get("/api/users/li.si").then().body("displayName", equalTo("李四四"))
                .body("roles", equalTo(List.of("QA"))).body("active", equalTo(false))
                .body("language", equalTo("zh"));
    }

    @Test
    void teamsPageCreatesRenamesAndRefusesDuplicates() {
        Browser admin = Browser.signedInAs("admin");
        admin.submit("/admin/teams", "/admin/teams", Map.of("name", "C组")).then().statusCode(303);
        admin.submit("/admin/teams", "/admin/teams", Map.of("name", "C组")).then().statusCode(409)
                .body(containsString("already exists"));
        admin.get("/admin/teams").then().body(containsString("C组"));
        admin.get("/admin/audit").then().statusCode(200).body(containsString("Team created")).body(org.hamcrest.Matchers.not(containsString("TEAM_CREATED")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/users", "/admin/teams", "/admin/audit", "/admin/users/agent1"})
    void nonAdminsGetAFriendlyForbiddenPageInTheirLanguage(String path) {
        Browser.signedInAs("agent1").acceptLanguage("zh").get(path).then().statusCode(403)
                .contentType(ContentType.HTML).body(containsString("无权访问")).body(not(containsString("Exception")));
        Browser.signedInAs("trainer").get(path).then().statusCode(403).body(containsString("Forbidden"));
    }

    @Test
    void theLanguageSwitchIsRememberedForTheUser() {
        as("admin").contentType(ContentType.JSON).body(Map.of("username", "switcher", "displayName", "S",
                "password", "demo-demo", "roles", List.of("AGENT"))).post("/api/users").then().statusCode(201);
        Browser agent = signedIn("switcher").acceptLanguage("en");
        agent.submit("/", "/lang", Map.of("lang", "zh", "return", "/")).then().statusCode(303)
                .header("Location", endsWith("/"));
        agent.get("/").then().body(containsString("欢迎"));
        as("switcher", "demo-demo").header("Accept-Language", "en").get("/api/me").then()
                .body("language", equalTo("zh"));
        Browser otherBrowser = signedIn("switcher").acceptLanguage("en");
        otherBrowser.get("/").then().body(containsString("欢迎"));
        otherBrowser.submit("/", "/lang", Map.of("lang", "en", "return", "https://evil.example/"))
                .then().statusCode(303).header("Location", not(containsString("evil")));
        otherBrowser.get("/").then().body(containsString("Welcome"));
        // The API saw "zh" above; the switch back applies to its very next request too.
        as("switcher", "demo-demo").header("Accept-Language", "zh").get("/api/me").then()
                .body("language", equalTo("en"));
    }

    private static Browser signedIn(String username) {
        Browser browser = new Browser();
        browser.login(username, "demo-demo").then().statusCode(302);
        return browser;
    }

    @Test
    void signOutEndsTheSession() {
        Browser qa = Browser.signedInAs("qa");
        qa.submit("/", "/logout", Map.of()).then().statusCode(303).header("Location", containsString("/login"));
        qa.get("/").then().statusCode(302);
    }
}
