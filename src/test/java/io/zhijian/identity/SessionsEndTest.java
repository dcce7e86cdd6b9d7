package io.zhijian.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zhijian.support.Browser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.zhijian.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-out and a password reset end every page session of the user, on every device. */
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
        as("admin").contentType(ContentType.JSON).body(Map.of("password", "second-password-2"))
                .post("/api/users/two.devices/password").then().statusCode(204);
        signedOut(again, "after an admin's password reset");
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
}
