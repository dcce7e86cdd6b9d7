package io.zhijian.support;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests as one of the demo users (HTTP Basic, password "demo"). */
public final class Api {

    public static final String PASSWORD = "demo";
    /** YAML request bodies are sent as the text they are. */
    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
            .encodeContentTypeAs("application/yaml", ContentType.TEXT)
            .defaultCharsetForContentType("UTF-8", "application/yaml"));

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return as(username, PASSWORD);
    }

    public static RequestSpecification as(String username, String password) {
        return RestAssured.given().config(CONFIG).auth().preemptive().basic(username, password);
    }

    /**
     * A new agent of team A组 with a name of its own ({@code prefix} and six random characters) and the password
     * given, created by the admin; returns the username.
     */
    public static String newAgent(String prefix, String displayName, String password) {
        String agent = prefix + "." + java.util.UUID.randomUUID().toString().substring(0, 6);
        as("admin").contentType(ContentType.JSON).body(java.util.Map.of("username", agent, "displayName",
                displayName + " " + agent, "password", password, "roles", java.util.List.of("AGENT"), "team", "A组"))
                .post("/api/users").then().statusCode(201);
        return agent;
    }

    /**
     * A JSON number, whole or not, to four decimals: 15 and 15.0 are the same value (JSON writes whole doubles either way),
     * and REST Assured reads decimals as floats.
     */
    public static org.hamcrest.Matcher<Object> number(double expected) {
        return new org.hamcrest.BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof Number n && Math.abs(n.doubleValue() - expected) < 1e-4;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendValue(expected);
            }
        };
    }
}
