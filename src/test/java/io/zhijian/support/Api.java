package io.zhijian.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests as one of the demo users (HTTP Basic, password "demo"). */
public final class Api {

    public static final String PASSWORD = "demo";

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return as(username, PASSWORD);
    }

    public static RequestSpecification as(String username, String password) {
        return RestAssured.given().auth().preemptive().basic(username, password);
    }
}
