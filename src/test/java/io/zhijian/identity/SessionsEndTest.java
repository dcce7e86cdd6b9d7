package io.zhijian.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zhijian.support.Browser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.zhijian.support.Api.as;
import static io.zhijian.support.Api.newAgent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-out, a password change and a password reset end every page session of the user, on every device. */
@QuarkusTest
class SessionsEndTest {

    private static final String PASSWORD = "first-password-1";

    private static Browser signIn(String username, String password) {
        Browser browser = new Browser();
        int status = browser.login(username, password).statusCode();
        assertEquals(302, status);
        assertEquals(200, browser.get("/").statusCode(), "signed in");
        return browser;
    }

    private static void signedOut(Browser browser, String why) {
        int status = browser.get("/").statusCode();
        assertTrue(status == 302 || status == 303 || status == 401, why + ": " + status);
    }

    @Test
    void signingOutOnOneDeviceEndsTheOthersAndAPasswordResetEndsAll() {
        as("admin").contentType(ContentType.JSON).body(Map.of("username", "two.devices", "displayName", "Two Devices",
                "password", PASSWORD, "roles", List.of("AGENT"))).post("/api/users").then().statusCode(201);
        Browser phone = signIn("two.devices", PASSWORD);
        Browser desktop = signIn("two.devices", PASSWORD);

        phone.submit("/", "/logout", Map.of());
        signedOut(phone, "the device that signed out");
        signedOut(desktop, "the other device");

        Browser again = signIn("two.devices", PASSWORD);
        as("two.devices", PASSWORD).get("/api/me").then().statusCode(200);
        as("admin").contentType(ContentType.JSON).body(Map.of("password", "second-password-2"))
                .post("/api/users/two.devices/password").then().statusCode(204);
        signedOut(again, "after an admin's password reset");
        as("two.devices", PASSWORD).get("/api/me").then().statusCode(401);
        signIn("two.devices", "second-password-2");
    }

    @Test
    void theSignInFormNeedsItsCsrfTokenAndTheTokenChangesAtSignIn() {
        Browser browser = new Browser();
        browser.get("/login");
        String before = browser.cookie("zhijian-csrf");
        assertNotNull(before);
        Response forged = browser.loginWithToken("agent2", "demo", null);
        assertEquals("/login/failed", java.net.URI.create(forged.header("Location")).getPath(), "no token: not signed in");
        assertEquals("/login/failed", java.net.URI.create(browser.loginWithToken("agent2", "demo", "wrong").header("Location"))
                .getPath());
        Response real = browser.loginWithToken("agent2", "demo", before);
        assertEquals("/", java.net.URI.create(real.header("Location")).getPath());
        assertNotNull(browser.cookie("zhijian-csrf"));
        assertTrue(!before.equals(browser.cookie("zhijian-csrf")), "a sign-in replaces the CSRF token");
        assertEquals(200, browser.get("/").statusCode());
    }

    @Test
    void aSignInCookieWithoutItsSignedMarkIsRefused() {
        Browser real = Browser.signedInAs("agent2");
        String session = real.cookie("zhijian-session");
        assertNotNull(session);
        signedOut(new Browser().withCookie("zhijian-session", session), "the sign-in cookie alone");
        signedOut(new Browser().withCookie("zhijian-session", session).withCookie("zhijian-signed-in", "YWdlbnQyfDk5OTk5OTk5OTk5OTk.forged"),
                "a forged mark");
        assertEquals(200, real.get("/").statusCode(), "the real browser is still signed in");
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() {
        String user = newAgent("own.password", "Own Password", PASSWORD);
        String next = "second-password-2";
        Browser phone = signIn(user, PASSWORD);
        Browser desktop = signIn(user, PASSWORD);
        assertTrue(desktop.get("/").asString().contains("href=\"/account/password\""), "the header links to it");

        Map<String, String> mismatch = Map.of("currentPassword", PASSWORD, "newPassword", next, "confirmPassword", "other-one-3");
        Response refused = desktop.submit("/account/password", "/account/password", mismatch);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("The two new passwords differ."));
        Response wrong = desktop.acceptLanguage("zh").submit("/account/password", "/account/password",
                Map.of("currentPassword", "not-it-at-all", "newPassword", next, "confirmPassword", next));
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.asString().contains("当前密码不正确"), "at its field, in the user's language");
        desktop.acceptLanguage("en");
        as(user, PASSWORD).get("/api/me").then().statusCode(200);

        Response changed = desktop.submit("/account/password", "/account/password",
                Map.of("currentPassword", PASSWORD, "newPassword", next, "confirmPassword", next));
        assertEquals(303, changed.statusCode());
        assertTrue(desktop.get("/account/password?saved=true").asString().contains("Password changed."));
        assertEquals(200, desktop.get("/").statusCode(), "this session goes on");
        assertEquals(303, desktop.submit("/", "/lang", Map.of("lang", "en", "return", "/")).statusCode(),
                "with its new CSRF token");
        signedOut(phone, "the other device");
        as(user, PASSWORD).get("/api/me").then().statusCode(401);
        as(user, next).get("/api/me").then().statusCode(200);
        as("admin").get("/api/audit?size=200").then().statusCode(200)
                .body("find { it.action == 'PASSWORD_CHANGED' && it.targetId == '" + user + "' }.actor",
                        org.hamcrest.Matchers.equalTo(user));
    }

    @Test
    void thePasswordApiChecksTheCurrentPasswordAndAnswersAtItsFields() {
        String user = newAgent("api.password", "Api Password", PASSWORD);
        io.restassured.RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "whatever-long-1"))
                .post("/api/me/password").then().statusCode(401);
        as(user, PASSWORD).contentType(ContentType.JSON).post("/api/me/password").then().statusCode(400);
        as(user, PASSWORD).contentType(ContentType.JSON).body(Map.of("currentPassword", "wrong-one-1", "newPassword", "short"))
                .post("/api/me/password").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("newPassword"));
        as(user, PASSWORD).contentType(ContentType.JSON).body(Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD))
                .post("/api/me/password").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("newPassword"));
        as(user, PASSWORD).contentType(ContentType.JSON).body(Map.of("currentPassword", "wrong-one-1", "newPassword", "whatever-long-1"))
                .post("/api/me/password").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("currentPassword"));
        as(user, PASSWORD).get("/api/me").then().statusCode(200);

        as(user, PASSWORD).contentType(ContentType.JSON).body(Map.of("currentPassword", PASSWORD, "newPassword", "whatever-long-1"))
                .post("/api/me/password").then().statusCode(204);
        as(user, PASSWORD).get("/api/me").then().statusCode(401);
        as(user, "whatever-long-1").get("/api/me").then().statusCode(200);
    }

    @Test
    void wrongCurrentPasswordsOnTheFormCountAsFailedSignIns() {
        String user = newAgent("guessed", "Guessed", PASSWORD);
        Browser browser = signIn(user, PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertEquals(400, browser.submit("/account/password", "/account/password", Map.of("currentPassword",
                    "guess-" + i + "-xxxx", "newPassword", "taken-over-1", "confirmPassword", "taken-over-1")).statusCode());
        }
        as("admin").get("/api/users/" + user).then().body("lockedUntil", org.hamcrest.Matchers.notNullValue());
        assertTrue(new Browser().login(user, PASSWORD).header("Location").endsWith("/login/failed"), "locked");
        assertEquals(302, new Browser().get("/account/password").statusCode(), "signed out: to the sign-in page");
    }
}
