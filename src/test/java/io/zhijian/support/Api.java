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
}
